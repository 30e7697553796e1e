import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerService } from '../../src/ledger/ledger.service.js';
import type { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  taskBody,
  type TestUser,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Ref {
  id: string;
  name: string;
}
interface Balance {
  organisation: Ref;
  given: number;
  received: number;
  net: number;
  disputedGiven: number;
  disputedReceived: number;
}
interface Pair {
  giving: Ref;
  receiving: Ref;
  hours: number;
  disputedHours: number;
}
interface Entry {
  id: string;
  task: { id: string; title: string };
  giving: Ref;
  receiving: Ref;
  internal: boolean;
  partnershipId: string | null;
  hours: number;
  kind: string;
  reversesId: string | null;
  state: string;
  reason: string | null;
  answerBefore: string | null;
}
interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
interface Problem {
  code: string;
  invalidParams?: { name: string; code: string }[];
}

const row = (b: Balance) => [b.organisation.name, b.given, b.received, b.net];
const cell = (p: Pair) => [p.giving.name, p.receiving.name, p.hours];

describe(LedgerService.name, () => {
  let t: TestApp;
  let oss: Ref, zeist: Ref, breda: Ref;
  let drechtsteden: Ref; // Oss + Zeist
  let utrechtseHeuvelrug: Ref; // Zeist + Breda
  let ossManager: HttpClient, zeistManager: HttpClient, bredaManager: HttpClient;
  let ossEmployee: TestUser, zeistEmployee: TestUser, bredaEmployee: TestUser;
  let ossPerson: HttpClient, zeistPerson: HttpClient, bredaPerson: HttpClient;
  let ossAdmin: HttpClient, zeistAdmin: HttpClient, bredaAdmin: HttpClient, platformAdmin: HttpClient;
  let klus1: string, klus2: string, klus3: string;

  /** Posts, fills, starts and completes a klus with hours per participant; answers its id. */
  async function completed(
    poster: HttpClient,
    body: Record<string, unknown>,
    hours: [HttpClient, number][],
  ): Promise<string> {
    const task = await poster.post<{ id: string }>(
      '/api/v1/tasks',
      taskBody({ capacity: hours.length, ...body }),
    );
    if (task.status !== 201) throw new Error(task.text);
    const claims: { claimId: string; hours: number }[] = [];
    for (const [person, h] of hours) {
      const claim = await person.post<{ id: string }>(`/api/v1/tasks/${task.body.id}/claims`, {});
      if (claim.status !== 201) throw new Error(claim.text);
      claims.push({ claimId: claim.body.id, hours: h });
    }
    expect(
      (await poster.post(`/api/v1/tasks/${task.body.id}/status-changes`, { action: 'start' })).status,
    ).toBe(200);
    const done = await poster.post(`/api/v1/tasks/${task.body.id}/status-changes`, {
      action: 'complete',
      actualHours: claims,
    });
    if (done.status !== 200) throw new Error(done.text);
    return task.body.id;
  }

  const entriesOf = (taskId: string) =>
    t.db.query<
      {
        participant_id: string;
        giving: string;
        receiving: string;
        hours: string;
        kind: string;
        partnership_id: string | null;
      }[]
    >(
      `SELECT participant_id, giving_organisation_id AS giving, receiving_organisation_id AS receiving, hours::text,
              kind, partnership_id FROM ledger_entries WHERE task_id = $1 ORDER BY ledger_entries.hours DESC`,
      [taskId],
    );

  beforeAll(async () => {
    t = await startTestApp();
    oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    zeist = await createOrganisation(t.db, { name: 'Gemeente Zeist' });
    breda = await createOrganisation(t.db, { name: 'Gemeente Breda' });
    drechtsteden = await createPartnership(t.db, [oss.id, zeist.id]);
    utrechtseHeuvelrug = await createPartnership(t.db, [zeist.id, breda.id]);
    ossManager = await loginAs(t.http, await createUser(t.db, oss.id, ['manager']));
    zeistManager = await loginAs(t.http, await createUser(t.db, zeist.id, ['manager']));
    bredaManager = await loginAs(t.http, await createUser(t.db, breda.id, ['manager']));
    ossEmployee = await createUser(t.db, oss.id);
    zeistEmployee = await createUser(t.db, zeist.id);
    bredaEmployee = await createUser(t.db, breda.id);
    ossPerson = await loginAs(t.http, ossEmployee);
    zeistPerson = await loginAs(t.http, zeistEmployee);
    bredaPerson = await loginAs(t.http, bredaEmployee);
    ossAdmin = await loginAs(t.http, await createUser(t.db, oss.id, ['org-admin']));
    zeistAdmin = await loginAs(t.http, await createUser(t.db, zeist.id, ['org-admin']));
    bredaAdmin = await loginAs(t.http, await createUser(t.db, breda.id, ['org-admin']));
    platformAdmin = await loginAs(t.http, await createUser(t.db, breda.id, ['platform-admin']));

    // The scenario, by hand:
    // klus 1 (Oss, shared in Drechtsteden): Zeist's person 12.5 h, Oss's own person 3 h (internal)
    klus1 = await completed(ossManager, { visibility: 'partnership', partnershipId: drechtsteden.id }, [
      [zeistPerson, 12.5],
      [ossPerson, 3],
    ]);
    // klus 2 (Zeist, visible to all partners): Oss's person 4 h, Breda's person 6 h
    klus2 = await completed(zeistManager, { visibility: 'all-partnerships' }, [
      [ossPerson, 4],
      [bredaPerson, 6],
    ]);
    // klus 3 (Breda, shared in Utrechtse Heuvelrug): Zeist's person 2 h
    klus3 = await completed(
      bredaManager,
      { visibility: 'partnership', partnershipId: utrechtseHeuvelrug.id },
      [[zeistPerson, 2]],
    );
  });
  afterAll(() => t.close());

  describe('completion writes the entries', () => {
    it('records hours given by each participant organisation to the poster, internal when both are one', async () => {
      expect(await entriesOf(klus1)).toEqual([
        {
          participant_id: zeistEmployee.id,
          giving: zeist.id,
          receiving: oss.id,
          hours: '12.50',
          kind: 'original',
          partnership_id: drechtsteden.id,
        },
        {
          participant_id: ossEmployee.id,
          giving: oss.id,
          receiving: oss.id,
          hours: '3.00',
          kind: 'original',
          partnership_id: drechtsteden.id,
        },
      ]);
      expect(await entriesOf(klus2)).toEqual([
        {
          participant_id: bredaEmployee.id,
          giving: breda.id,
          receiving: zeist.id,
          hours: '6.00',
          kind: 'original',
          partnership_id: null,
        },
        {
          participant_id: ossEmployee.id,
          giving: oss.id,
          receiving: zeist.id,
          hours: '4.00',
          kind: 'original',
          partnership_id: null,
        },
      ]);
      const mine = await ossPerson.get<Page<Entry>>('/api/v1/me/hours');
      expect(mine.status).toBe(200);
      expect(mine.body.items.map((e) => [e.task.id, e.hours, e.internal, e.state])).toEqual(
        expect.arrayContaining([
          [klus1, 3, true, 'recorded'],
          [klus2, 4, false, 'recorded'],
        ]),
      );
      expect(mine.body.total).toBe(2);
      expect(mine.body.items.every((e) => e.answerBefore !== null)).toBe(true);
    });

    it('writes the entries once when the completion is retried, even at the same moment', async () => {
      const task = await zeistManager.post<{ id: string }>('/api/v1/tasks', taskBody({ capacity: 1 }));
      const claim = await bredaPerson.post<{ id: string }>(`/api/v1/tasks/${task.body.id}/claims`, {});
      await zeistManager.post(`/api/v1/tasks/${task.body.id}/status-changes`, { action: 'start' });
      const body = { action: 'complete', actualHours: [{ claimId: claim.body.id, hours: 1.5 }] };
      const answers = await Promise.all(
        [1, 2, 3].map(() => zeistManager.post(`/api/v1/tasks/${task.body.id}/status-changes`, body)),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
      // Also the ledger's own guard: writing the completion's entries again adds nothing.
      const again = await t.db.transaction((tx) =>
        t.app.get(LedgerService).recordCompletion(tx, task.body.id, bredaEmployee.id),
      );
      expect(again).toBe(0);
      expect(await entriesOf(task.body.id)).toHaveLength(1);
      await expect(
        t.db.query(
          `INSERT INTO ledger_entries (task_id, participant_id, giving_organisation_id, receiving_organisation_id,
             hours, entry_date, kind, state, created_by)
           SELECT task_id, participant_id, giving_organisation_id, receiving_organisation_id, hours, entry_date,
             'original', 'recorded', created_by FROM ledger_entries WHERE task_id = $1`,
          [task.body.id],
        ),
      ).rejects.toThrow(/ledger_entries_original_once/);
      // Leave the scenario's figures as they were: this klus's 1.5 h (Breda → Zeist) is reversed below.
      const [entry] = await t.db.query<[{ id: string }]>(`SELECT id FROM ledger_entries WHERE task_id = $1`, [
        task.body.id,
      ]);
      retried = entry.id;
    });
  });
  let retried: string;

  describe('balances and the matrix', () => {
    it('gives every organisation its given, received and net hours (platform admin: all)', async () => {
      const all = await platformAdmin.get<Page<Balance>>('/api/v1/ledger/balances');
      expect(all.status).toBe(200);
      // + the retried klus's 1.5 h Breda → Zeist
      expect(all.body.items.map(row)).toEqual([
        ['Gemeente Breda', 7.5, 2, 5.5],
        ['Gemeente Oss', 4, 12.5, -8.5],
        ['Gemeente Zeist', 14.5, 11.5, 3],
      ]);
      expect(all.body.total).toBe(3);
      const paged = await platformAdmin.get<Page<Balance>>('/api/v1/ledger/balances?page=2&pageSize=2');
      expect(paged.body.items.map(row)).toEqual([['Gemeente Zeist', 14.5, 11.5, 3]]);
      expect(paged.body).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    });

    it('shows the matrix, rows give and columns receive', async () => {
      const matrix = await platformAdmin.get<Page<Pair>>('/api/v1/ledger/matrix');
      expect(matrix.status).toBe(200);
      expect(matrix.body.items.map(cell)).toEqual([
        ['Gemeente Breda', 'Gemeente Zeist', 7.5],
        ['Gemeente Oss', 'Gemeente Zeist', 4],
        ['Gemeente Zeist', 'Gemeente Breda', 2],
        ['Gemeente Zeist', 'Gemeente Oss', 12.5],
      ]);
    });

    it("gives an org-admin their organisation's balance and pairs", async () => {
      const own = await ossAdmin.get<Page<Balance>>('/api/v1/ledger/balances');
      expect(own.body.items.map(row)).toEqual([['Gemeente Oss', 4, 12.5, -8.5]]);
      const pairs = await ossAdmin.get<Page<Pair>>('/api/v1/ledger/matrix');
      expect(pairs.body.items.map(cell)).toEqual([
        ['Gemeente Oss', 'Gemeente Zeist', 4],
        ['Gemeente Zeist', 'Gemeente Oss', 12.5],
      ]);
    });

    it("gives a partnership's figures to every member organisation's admins", async () => {
      for (const admin of [ossAdmin, zeistAdmin]) {
        const figures = await admin.get<Page<Balance>>(
          `/api/v1/ledger/balances?partnershipId=${drechtsteden.id}`,
        );
        expect(figures.body.items.map(row)).toEqual([
          ['Gemeente Oss', 0, 12.5, -12.5],
          ['Gemeente Zeist', 12.5, 0, 12.5],
        ]);
        const pairs = await admin.get<Page<Pair>>(`/api/v1/ledger/matrix?partnershipId=${drechtsteden.id}`);
        expect(pairs.body.items.map(cell)).toEqual([['Gemeente Zeist', 'Gemeente Oss', 12.5]]);
      }
    });

    it('counts a period by completion day', async () => {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
      const before = await platformAdmin.get<Page<Balance>>('/api/v1/ledger/balances?to=2020-12-31');
      expect(before.body.items).toEqual([]);
      const now = await platformAdmin.get<Page<Balance>>(`/api/v1/ledger/balances?from=${today}&to=${today}`);
      expect(now.body.total).toBe(3);
      const backwards = await platformAdmin.get<Problem>(
        '/api/v1/ledger/balances?from=2026-02-01&to=2026-01-01',
      );
      expect(backwards.status).toBe(400);
      expect(backwards.body.invalidParams?.map((p) => p.name)).toEqual(['to']);
    });
  });

  describe('who sees what', () => {
    it('refuses employees and managers the balances and the matrix', async () => {
      for (const path of ['/api/v1/ledger/balances', '/api/v1/ledger/matrix']) {
        expect((await zeistPerson.get(path)).status).toBe(403);
        expect((await ossManager.get(path)).status).toBe(403);
        expect((await t.http.get(path)).status).toBe(401);
      }
    });

    it('refuses an org-admin another organisation and a partnership theirs is not in', async () => {
      const other = await ossAdmin.get<Problem>(`/api/v1/ledger/balances?organisationId=${zeist.id}`);
      expect(other.status).toBe(403);
      expect(other.body.code).toBe('forbidden');
      for (const path of ['balances', 'matrix']) {
        const outside = await bredaAdmin.get<Problem>(
          `/api/v1/ledger/${path}?partnershipId=${drechtsteden.id}`,
        );
        expect(outside.status).toBe(403);
        expect(outside.body.code).toBe('forbidden');
        expect(
          (await bredaAdmin.get(`/api/v1/ledger/${path}?partnershipId=${utrechtseHeuvelrug.id}`)).status,
        ).toBe(200);
      }
      expect((await platformAdmin.get(`/api/v1/ledger/balances?organisationId=${zeist.id}`)).status).toBe(
        200,
      );
      expect(
        (await platformAdmin.get(`/api/v1/ledger/matrix?partnershipId=00000000-0000-4000-8000-000000000000`))
          .status,
      ).toBe(404);
    });

    it('shows employees their own hours only', async () => {
      const mine = await zeistPerson.get<Page<Entry>>('/api/v1/me/hours');
      expect(
        mine.body.items.map((e) => [e.task.id, e.giving.name, e.receiving.name, e.hours]).sort(),
      ).toEqual(
        [
          [klus1, 'Gemeente Zeist', 'Gemeente Oss', 12.5],
          [klus3, 'Gemeente Zeist', 'Gemeente Breda', 2],
        ].sort(),
      );
      expect((await t.http.get('/api/v1/me/hours')).status).toBe(401);
    });
  });

  describe('confirming and correcting', () => {
    const entryOf = async (person: HttpClient, taskId: string) =>
      (await person.get<Page<Entry>>('/api/v1/me/hours')).body.items.find(
        (e) => e.task.id === taskId && e.kind === 'original',
      )!;

    it('lets the participant alone confirm, once', async () => {
      const entry = await entryOf(zeistPerson, klus3);
      expect((await bredaManager.post(`/api/v1/ledger/entries/${entry.id}/confirmation`)).status).toBe(404);
      expect((await ossPerson.post(`/api/v1/ledger/entries/${entry.id}/confirmation`)).status).toBe(404);
      const confirmed = await zeistPerson.post<Entry>(`/api/v1/ledger/entries/${entry.id}/confirmation`);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ id: entry.id, state: 'confirmed', answerBefore: null });
      const again = await zeistPerson.post<Problem>(`/api/v1/ledger/entries/${entry.id}/confirmation`);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ledger-entry-settled');
      const late = await zeistPerson.post<Problem>(`/api/v1/ledger/entries/${entry.id}/correction`, {
        hours: 3,
        reason: 'Toch meer',
      });
      expect(late.status).toBe(409);
    });

    it('corrects by a reversal plus a new entry, changing and deleting nothing', async () => {
      const entry = await entryOf(zeistPerson, klus1);
      const before = await t.db.query<unknown[]>(`SELECT * FROM ledger_entries ORDER BY id`);
      expect(
        (await ossManager.post(`/api/v1/ledger/entries/${entry.id}/correction`, { hours: 10, reason: 'x' }))
          .status,
      ).toBe(404);
      const same = await zeistPerson.post<Problem>(`/api/v1/ledger/entries/${entry.id}/correction`, {
        hours: 12.5,
        reason: 'Klopt',
      });
      expect(same.status).toBe(400);
      expect(same.body.invalidParams?.map((p) => [p.name, p.code])).toEqual([['hours', 'same-hours']]);
      const invalid = await zeistPerson.post<Problem>(`/api/v1/ledger/entries/${entry.id}/correction`, {
        hours: -1,
        reason: ' ',
      });
      expect(invalid.body.invalidParams?.map((p) => p.name).sort()).toEqual(['hours', 'reason']);

      const corrected = await zeistPerson.post<Entry>(`/api/v1/ledger/entries/${entry.id}/correction`, {
        hours: 10,
        reason: 'De laatste middag ging niet door.',
      });
      expect(corrected.status).toBe(200);
      expect(corrected.body).toMatchObject({
        kind: 'correction',
        hours: 10,
        state: 'confirmed',
        task: { id: klus1 },
      });

      const after = await t.db.query<unknown[]>(`SELECT * FROM ledger_entries ORDER BY id`);
      expect(after.filter((r) => before.some((b) => JSON.stringify(b) === JSON.stringify(r)))).toHaveLength(
        before.length,
      );
      expect(after).toHaveLength(before.length + 2);
      expect((await entriesOf(klus1)).map((e) => [e.kind, e.hours])).toEqual([
        ['original', '12.50'],
        ['correction', '10.00'],
        ['original', '3.00'],
        ['reversal', '-12.50'],
      ]);
      const mine = await zeistPerson.get<Page<Entry>>('/api/v1/me/hours');
      expect(mine.body.items.find((e) => e.id === entry.id)?.state).toBe('corrected');
      expect(mine.body.items.find((e) => e.reversesId === entry.id)).toMatchObject({
        hours: -12.5,
        kind: 'reversal',
      });

      // The balances follow the entries: Oss received 10 h from Zeist now, not 12.5.
      const own = await ossAdmin.get<Page<Balance>>('/api/v1/ledger/balances');
      expect(own.body.items.map(row)).toEqual([['Gemeente Oss', 4, 10, -6]]);
      expect(
        (
          await zeistPerson.post<Problem>(`/api/v1/ledger/entries/${entry.id}/correction`, {
            hours: 9,
            reason: 'x',
          })
        ).status,
      ).toBe(409);
    });

    it('refuses UPDATE, DELETE and TRUNCATE on the ledger in the database itself', async () => {
      await expect(
        t.db.query(`UPDATE ledger_entries SET hours = 99 WHERE id = $1`, [retried]),
      ).rejects.toThrow(/append-only/);
      await expect(t.db.query(`UPDATE ledger_entries SET state = 'confirmed'`)).rejects.toThrow(
        /append-only/,
      );
      await expect(t.db.query(`DELETE FROM ledger_entries WHERE id = $1`, [retried])).rejects.toThrow(
        /append-only/,
      );
      await expect(t.db.query(`TRUNCATE ledger_entries CASCADE`)).rejects.toThrow(/append-only/);
      await expect(t.db.query(`DELETE FROM ledger_confirmations`)).rejects.toThrow(/append-only/);
      const [{ hours }] = await t.db.query<[{ hours: string }]>(
        `SELECT hours::text FROM ledger_entries WHERE id = $1`,
        [retried],
      );
      expect(hours).toBe('1.50');
    });
  });
});
