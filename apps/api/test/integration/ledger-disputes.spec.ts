import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LedgerDisputesService } from '../../src/ledger/ledger-disputes.service.js';
import { LedgerService } from '../../src/ledger/ledger.service.js';
import { OutboxService } from '../../src/notifications/outbox.service.js';
import type { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  taskBody,
  type TestUser,
} from '../support/factories.js';
import { type SmtpCatcher, startSmtpCatcher } from '../support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Ref {
  id: string;
  name: string;
}
interface Balance {
  organisation: Ref;
  given: number;
  received: number;
  disputedGiven: number;
  disputedReceived: number;
}
interface TaskHours {
  id: string;
  participant: Ref;
  hours: number;
  recordedHours: number;
  kind: string;
  state: string;
  correctionAnswer: string | null;
  answerCorrectionBefore: string | null;
  canAnswerCorrection: boolean;
  disputeId: string | null;
}
interface Dispute {
  id: string;
  entryId: string;
  task: { id: string };
  recordedHours: number;
  correctedHours: number;
  disputeReason: string;
  status: string;
  settledHours: number | null;
  settlementNote: string | null;
  canSettle: boolean;
}
interface Page<T> {
  items: T[];
  total: number;
}

/** The worker relays and fans out in the background; a loaded machine needs seconds (vi.waitFor's default is 1 s). */
const WORKER_TIMEOUT = { timeout: 15_000 };

describe(LedgerDisputesService.name, () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let oss: Ref, zeist: Ref, breda: Ref;
  let posterUser: TestUser, poster: HttpClient, otherManager: HttpClient;
  let participantUser: TestUser, participant: HttpClient;
  let ossAdminUser: TestUser, zeistAdminUser: TestUser, bredaAdminUser: TestUser;
  let ossAdmin: HttpClient, zeistAdmin: HttpClient, bredaAdmin: HttpClient, platformAdmin: HttpClient;

  /** Posts, starts and completes a klus in which the participant worked `hours`; answers its id. */
  async function completed(hours: number): Promise<string> {
    const task = await poster.post<{ id: string }>(
      '/api/v1/tasks',
      taskBody({ capacity: 1, visibility: 'all-partnerships' }),
    );
    if (task.status !== 201) throw new Error(task.text);
    const claim = await participant.post<{ id: string }>(`/api/v1/tasks/${task.body.id}/claims`, {});
    if (claim.status !== 201) throw new Error(claim.text);
    expect(
      (await poster.post(`/api/v1/tasks/${task.body.id}/status-changes`, { action: 'start' })).status,
    ).toBe(200);
    const done = await poster.post(`/api/v1/tasks/${task.body.id}/status-changes`, {
      action: 'complete',
      actualHours: [{ claimId: claim.body.id, hours }],
    });
    if (done.status !== 200) throw new Error(done.text);
    return task.body.id;
  }

  const notified = (userId: string, type: string, taskId: string) =>
    t.db.query<{ id: string }[]>(
      `SELECT id FROM notifications WHERE user_id = $1 AND type = $2 AND data ->> 'taskId' = $3`,
      [userId, type, taskId],
    );
  const hoursOf = async (client: HttpClient, taskId: string) => {
    const res = await client.get<{ items: TaskHours[] }>(`/api/v1/tasks/${taskId}/hours`);
    expect(res.status).toBe(200);
    return res.body.items;
  };
  const balanceOf = async (admin: HttpClient) => {
    const res = await admin.get<Page<Balance>>('/api/v1/ledger/balances');
    expect(res.status).toBe(200);
    return res.body.items[0];
  };

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({
      worker: true,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://klussenbank.example' },
    });
    oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    zeist = await createOrganisation(t.db, { name: 'Gemeente Zeist' });
    breda = await createOrganisation(t.db, { name: 'Gemeente Breda' });
    await createPartnership(t.db, [oss.id, zeist.id]);
    await createPartnership(t.db, [zeist.id, breda.id]);
    posterUser = await createUser(t.db, oss.id, ['manager']);
    poster = await loginAs(t.http, posterUser);
    otherManager = await loginAs(t.http, await createUser(t.db, oss.id, ['manager']));
    participantUser = await createUser(t.db, zeist.id);
    participant = await loginAs(t.http, participantUser);
    ossAdminUser = await createUser(t.db, oss.id, ['org-admin']);
    zeistAdminUser = await createUser(t.db, zeist.id, ['org-admin']);
    bredaAdminUser = await createUser(t.db, breda.id, ['org-admin']);
    ossAdmin = await loginAs(t.http, ossAdminUser);
    zeistAdmin = await loginAs(t.http, zeistAdminUser);
    bredaAdmin = await loginAs(t.http, bredaAdminUser);
    platformAdmin = await loginAs(t.http, await createUser(t.db, breda.id, ['platform-admin']));
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('asks the participant to confirm exactly once, also when the completion is retried', async () => {
    const taskId = await completed(8);
    const mails = await smtp.waitFor(() =>
      smtp.to(participantUser.email).some((m) => m.subject.startsWith('Kloppen uw uren?')),
    );
    const [mail] = mails.filter((m) => m.to === participantUser.email && m.subject.startsWith('Kloppen'));
    expect(mail.text).toContain(`https://klussenbank.example/klussen/${taskId}`);
    expect(mail.text).toContain('binnen 14 dagen');
    expect(await notified(participantUser.id, 'hours-confirmation-requested', taskId)).toHaveLength(1);

    // A retried completion: the HTTP request is refused, and the ledger step run again adds nothing.
    const again = await poster.post(`/api/v1/tasks/${taskId}/status-changes`, {
      action: 'complete',
      actualHours: [],
    });
    expect(again.status).toBe(409);
    const written = await t.db.transaction((tx) =>
      t.app.get(LedgerService).recordCompletion(tx, taskId, participantUser.id),
    );
    expect(written).toBe(0);
    await t.db.transaction((tx) =>
      t.app.get(OutboxService).record(tx, { type: 'ledger.confirmation-requested', taskId }),
    );
    const rows = await t.db.query<unknown[]>(`SELECT 1 FROM outbox WHERE event_key = $1`, [
      `ledger.confirmation-requested:${taskId}`,
    ]);
    expect(rows).toHaveLength(1);
    expect(await notified(participantUser.id, 'hours-confirmation-requested', taskId)).toHaveLength(1);
    expect(
      smtp
        .to(participantUser.email)
        .filter((m) => m.subject === `Kloppen uw uren? ${mail.subject.slice(17)}`),
    ).toHaveLength(1);

    const [mine] = await hoursOf(participant, taskId);
    expect(mine).toMatchObject({ hours: 8, recordedHours: 8, state: 'recorded', canAnswerCorrection: false });
  });

  it('shows a klus’s hours to the poster’s side in full and to anybody else only their own', async () => {
    const taskId = await completed(3);
    for (const client of [poster, ossAdmin, platformAdmin, participant])
      expect((await hoursOf(client, taskId)).map((e) => e.participant.id)).toEqual([participantUser.id]);
    for (const client of [otherManager, zeistAdmin, bredaAdmin])
      expect(await hoursOf(client, taskId)).toEqual([]);
    const unknown = await poster.get('/api/v1/tasks/00000000-0000-4000-8000-000000000000/hours');
    expect(unknown.status).toBe(404);
  });

  it('puts a disputed correction in discussion for both org-admins, apart in the balances, until settled', async () => {
    const before = { oss: await balanceOf(ossAdmin), zeist: await balanceOf(zeistAdmin) };
    const taskId = await completed(8);
    const [original] = await hoursOf(participant, taskId);
    const corrected = await participant.post<{ id: string }>(
      `/api/v1/ledger/entries/${original.id}/correction`,
      { hours: 6, reason: 'Een middag ging niet door.' },
    );
    expect(corrected.status).toBe(200);
    await vi.waitFor(
      async () => expect(await notified(posterUser.id, 'hours-corrected', taskId)).toHaveLength(1),
      WORKER_TIMEOUT,
    );

    const [seen] = await hoursOf(poster, taskId);
    expect(seen).toMatchObject({
      id: corrected.body.id,
      kind: 'correction',
      hours: 6,
      recordedHours: 8,
      canAnswerCorrection: true,
      correctionAnswer: null,
    });
    expect(seen.answerCorrectionBefore).not.toBeNull();

    // Only the poster's side answers: everybody else meets a hidden entry.
    for (const client of [participant, otherManager, zeistAdmin, bredaAdmin, platformAdmin]) {
      const res = await client.post(`/api/v1/ledger/entries/${seen.id}/dispute`, { reason: 'Nee.' });
      expect(res.status).toBe(404);
    }
    const invalid = await poster.post(`/api/v1/ledger/entries/${seen.id}/dispute`, { reason: '  ' });
    expect(invalid.status).toBe(400);
    const disputed = await poster.post<Dispute>(`/api/v1/ledger/entries/${seen.id}/dispute`, {
      reason: 'De middag ging wel door: ik was erbij.',
    });
    expect(disputed.status).toBe(201);
    expect(disputed.body).toMatchObject({
      entryId: seen.id,
      recordedHours: 8,
      correctedHours: 6,
      status: 'open',
      canSettle: false,
    });
    const twice = await poster.post<{ code: string }>(`/api/v1/ledger/entries/${seen.id}/dispute`, {
      reason: 'Nog eens.',
    });
    expect([twice.status, twice.body.code]).toEqual([409, 'ledger-correction-answered']);
    expect((await poster.post(`/api/v1/ledger/entries/${seen.id}/acceptance`)).status).toBe(409);

    // In discussion: the hours count apart on both sides.
    const [discussed] = await hoursOf(participant, taskId);
    expect(discussed).toMatchObject({ state: 'in-discussion', disputeId: disputed.body.id });
    const during = { oss: await balanceOf(ossAdmin), zeist: await balanceOf(zeistAdmin) };
    expect(during.oss.received).toBe(before.oss.received);
    expect(during.oss.disputedReceived).toBe(before.oss.disputedReceived + 6);
    expect(during.zeist.given).toBe(before.zeist.given);
    expect(during.zeist.disputedGiven).toBe(before.zeist.disputedGiven + 6);
    const matrix =
      await ossAdmin.get<Page<{ giving: Ref; receiving: Ref; disputedHours: number }>>(
        '/api/v1/ledger/matrix',
      );
    expect(
      matrix.body.items.find((c) => c.giving.id === zeist.id && c.receiving.id === oss.id),
    ).toMatchObject({ disputedHours: 6 });
    // The klussen behind the cell say the same, entry by entry.
    const behind = await ossAdmin.get<{
      items: {
        task: { id: string };
        hours: number;
        disputedHours: number;
        entries: { kind: string; state: string }[];
      }[];
    }>(`/api/v1/ledger/pairs/${zeist.id}/${oss.id}/tasks`);
    const klus = behind.body.items.find((item) => item.task.id === taskId);
    expect(klus).toMatchObject({ hours: 0, disputedHours: 6 });
    expect(klus?.entries.map((e) => `${e.kind}:${e.state}`)).toEqual([
      'original:corrected',
      'reversal:confirmed',
      'correction:in-discussion',
    ]);

    // Both org-admins hear of it; an unrelated one does not.
    await vi.waitFor(async () => {
      expect(await notified(ossAdminUser.id, 'hours-disputed', taskId)).toHaveLength(1);
      expect(await notified(zeistAdminUser.id, 'hours-disputed', taskId)).toHaveLength(1);
    }, WORKER_TIMEOUT);
    await smtp.waitFor(() =>
      smtp.to(zeistAdminUser.email).some((m) => m.subject.startsWith('Uren in gesprek')),
    );
    expect(await notified(bredaAdminUser.id, 'hours-disputed', taskId)).toHaveLength(0);

    // Who sees the open disputes.
    const listed = async (client: HttpClient) => {
      const res = await client.get<Page<Dispute>>('/api/v1/ledger/disputes');
      return res.status === 200 ? res.body.items.filter((d) => d.task.id === taskId) : res.status;
    };
    expect(await listed(ossAdmin)).toMatchObject([{ id: disputed.body.id, canSettle: true }]);
    expect(await listed(zeistAdmin)).toMatchObject([{ id: disputed.body.id, canSettle: true }]);
    expect(await listed(platformAdmin)).toMatchObject([{ id: disputed.body.id, canSettle: false }]);
    expect(await listed(bredaAdmin)).toEqual([]);
    expect(await listed(participant)).toBe(403);
    expect(await listed(poster)).toBe(403);

    // Who settles: an org-admin of either organisation, once.
    const settle = (client: HttpClient, hours = 7) =>
      client.post<Dispute & { code: string }>(`/api/v1/ledger/disputes/${disputed.body.id}/settlement`, {
        hours,
        note: 'Samen besproken: zeven uur.',
      });
    expect((await settle(participant)).status).toBe(403);
    expect((await settle(poster)).status).toBe(403);
    expect((await settle(platformAdmin)).status).toBe(403);
    expect((await settle(bredaAdmin)).status).toBe(404);
    const settled = await settle(zeistAdmin);
    expect(settled.status).toBe(200);
    expect(settled.body).toMatchObject({ status: 'settled', settledHours: 7, canSettle: false });
    const again = await settle(ossAdmin, 8);
    expect([again.status, again.body.code]).toEqual([409, 'ledger-dispute-settled']);

    // Appended, never changed: the correction reversed and the settled figure added.
    const entries = await t.db.query<{ kind: string; hours: string }[]>(
      `SELECT kind, hours::text FROM ledger_entries WHERE task_id = $1 ORDER BY created_at, kind`,
      [taskId],
    );
    expect(entries.map((e) => [e.kind, e.hours]).sort()).toEqual(
      [
        ['original', '8.00'],
        ['reversal', '-8.00'],
        ['correction', '6.00'],
        ['reversal', '-6.00'],
        ['settlement', '7.00'],
      ].sort(),
    );
    const after = { oss: await balanceOf(ossAdmin), zeist: await balanceOf(zeistAdmin) };
    expect(after.oss).toMatchObject({
      received: before.oss.received + 7,
      disputedReceived: before.oss.disputedReceived,
    });
    expect(after.zeist).toMatchObject({
      given: before.zeist.given + 7,
      disputedGiven: before.zeist.disputedGiven,
    });
    const [final] = await hoursOf(participant, taskId);
    expect(final).toMatchObject({ kind: 'settlement', hours: 7, state: 'confirmed', disputeId: null });
    await vi.waitFor(async () => {
      expect(await notified(participantUser.id, 'hours-settled', taskId)).toHaveLength(1);
      expect(await notified(posterUser.id, 'hours-settled', taskId)).toHaveLength(1);
    }, WORKER_TIMEOUT);
    await expect(t.db.query(`DELETE FROM ledger_disputes WHERE id = $1`, [disputed.body.id])).rejects.toThrow(
      /append-only/,
    );
  });

  it('lets an org-admin of the posting organisation accept a correction, once', async () => {
    const taskId = await completed(5);
    const [original] = await hoursOf(poster, taskId);
    const notACorrection = await poster.post<{ code: string }>(
      `/api/v1/ledger/entries/${original.id}/acceptance`,
    );
    expect([notACorrection.status, notACorrection.body.code]).toEqual([409, 'ledger-not-a-correction']);
    const corrected = await participant.post<{ id: string }>(
      `/api/v1/ledger/entries/${original.id}/correction`,
      { hours: 4, reason: 'Een uur minder.' },
    );
    for (const client of [participant, otherManager, zeistAdmin, bredaAdmin, platformAdmin])
      expect((await client.post(`/api/v1/ledger/entries/${corrected.body.id}/acceptance`)).status).toBe(404);
    const accepted = await ossAdmin.post<TaskHours>(`/api/v1/ledger/entries/${corrected.body.id}/acceptance`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      correctionAnswer: 'accepted',
      canAnswerCorrection: false,
      state: 'confirmed',
    });
    const dispute = await poster.post(`/api/v1/ledger/entries/${corrected.body.id}/dispute`, {
      reason: 'Toch niet.',
    });
    expect(dispute.status).toBe(409);
  });

  it('answers and settles once when both sides act at the same moment', async () => {
    const taskId = await completed(8);
    const [original] = await hoursOf(participant, taskId);
    const corrected = await participant.post<{ id: string }>(
      `/api/v1/ledger/entries/${original.id}/correction`,
      { hours: 5, reason: 'Drie uur minder.' },
    );
    const answers = await Promise.all([
      poster.post(`/api/v1/ledger/entries/${corrected.body.id}/dispute`, { reason: 'Niet eens.' }),
      ossAdmin.post(`/api/v1/ledger/entries/${corrected.body.id}/dispute`, { reason: 'Ook niet eens.' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const [entry] = await hoursOf(poster, taskId);
    expect(entry.correctionAnswer).toBe('disputed');
    const settlements = await Promise.all(
      [ossAdmin, zeistAdmin, ossAdmin, zeistAdmin].map((admin, i) =>
        admin.post(`/api/v1/ledger/disputes/${entry.disputeId}/settlement`, {
          hours: 6 + i,
          note: 'Afgesproken.',
        }),
      ),
    );
    expect(settlements.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const rows = await t.db.query<{ kind: string }[]>(
      `SELECT kind FROM ledger_entries WHERE task_id = $1 AND kind IN ('reversal', 'settlement')`,
      [taskId],
    );
    // The participant's correction (one reversal) and one settlement (its reversal and new figure).
    expect(rows.map((r) => r.kind).sort()).toEqual(['reversal', 'reversal', 'settlement']);
  });
});
