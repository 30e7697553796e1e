import { parse } from 'csv-parse/sync';
import { periodContaining } from '@klussenbank/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerReportsService } from '../../src/ledger/ledger-reports.service.js';
import type { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  taskBody,
  TEST_PASSWORD,
  type TestUser,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Ref {
  id: string;
  name: string;
}
interface PairTasks {
  giving: Ref;
  receiving: Ref;
  from: string | null;
  to: string | null;
  items: {
    task: { id: string; title: string };
    hours: number;
    disputedHours: number;
    lastDate: string;
    entries: { hours: number; kind: string; state: string; entryDate: string }[];
  }[];
  page: number;
  pageSize: number;
  total: number;
}
interface Problem {
  code: string;
  invalidParams?: { name: string; code: string }[];
}

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const month = periodContaining('month', today);
const quarter = periodContaining('quarter', today);
const BOM = [0xef, 0xbb, 0xbf];

describe(LedgerReportsService.name, () => {
  let t: TestApp;
  let oss: Ref, zeist: Ref, breda: Ref;
  let partnership: Ref; // Oss + Zeist
  let ossAdminUser: TestUser;
  let ossAdmin: HttpClient, zeistAdmin: HttpClient, bredaAdmin: HttpClient, platformAdmin: HttpClient;
  let ossManager: HttpClient, zeistPerson: HttpClient;
  let klusA: string, klusB: string;

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
    await poster.post(`/api/v1/tasks/${task.body.id}/status-changes`, { action: 'start' });
    const done = await poster.post(`/api/v1/tasks/${task.body.id}/status-changes`, {
      action: 'complete',
      actualHours: claims,
    });
    if (done.status !== 200) throw new Error(done.text);
    return task.body.id;
  }

  /** The raw bytes, as a spreadsheet program gets them (fetch's text() drops a BOM). */
  async function download(user: TestUser, path: string, headers: Record<string, string> = {}) {
    const login = await t.http.post<{ token: string }>('/api/v1/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    const response = await fetch(`${t.http.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${login.body.token}`, ...headers },
    });
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  const csvOf = async (client: HttpClient, query: string, delimiter = ';'): Promise<string[][]> => {
    const response = await client.get(`/api/v1/ledger/settlement?partnershipId=${partnership.id}&${query}`);
    expect(response.status, response.text).toBe(200);
    return parse(response.text, { bom: true, delimiter });
  };

  beforeAll(async () => {
    t = await startTestApp();
    oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    // A name a CSV must quote: the delimiter, quotes and a line break.
    zeist = await createOrganisation(t.db, { name: 'Gemeente Zeist; "De Heuvelrug"\nNoord' });
    breda = await createOrganisation(t.db, { name: 'Gemeente Breda' });
    partnership = await createPartnership(t.db, [oss.id, zeist.id], 'Regio Testsamenwerking');
    await createPartnership(t.db, [zeist.id, breda.id]);
    ossManager = await loginAs(t.http, await createUser(t.db, oss.id, ['manager']));
    const zeistManager = await loginAs(t.http, await createUser(t.db, zeist.id, ['manager']));
    const bredaManager = await loginAs(t.http, await createUser(t.db, breda.id, ['manager']));
    const ossPerson = await loginAs(t.http, await createUser(t.db, oss.id));
    zeistPerson = await loginAs(t.http, await createUser(t.db, zeist.id));
    ossAdminUser = await createUser(t.db, oss.id, ['org-admin']);
    ossAdmin = await loginAs(t.http, ossAdminUser);
    zeistAdmin = await loginAs(t.http, await createUser(t.db, zeist.id, ['org-admin']));
    bredaAdmin = await loginAs(t.http, await createUser(t.db, breda.id, ['org-admin']));
    platformAdmin = await loginAs(t.http, await createUser(t.db, breda.id, ['platform-admin']));

    const shared = { visibility: 'partnership', partnershipId: partnership.id };
    // By hand: in the partnership, Zeist gives Oss 12.5 h (klus A) + 3 h (klus B, corrected to 2.5 below);
    // Oss's own person 2 h on klus B is internal; Oss gives Zeist 4.5 h (klus C).
    klusA = await completed(ossManager, { ...shared, title: 'Archief ordenen' }, [[zeistPerson, 12.5]]);
    klusB = await completed(ossManager, { ...shared, title: 'Wijkavond begeleiden' }, [
      [zeistPerson, 3],
      [ossPerson, 2],
    ]);
    await completed(zeistManager, { ...shared, title: 'Subsidieregeling toetsen' }, [[ossPerson, 4.5]]);
    // Outside the partnership: Zeist gives Breda 6 h.
    await completed(bredaManager, { visibility: 'all-partnerships' }, [[zeistPerson, 6]]);
    const [entry] = await t.db.query<[{ id: string }]>(
      `SELECT e.id FROM ledger_entries e JOIN organisations o ON o.id = e.giving_organisation_id
        WHERE e.task_id = $1 AND o.id = $2`,
      [klusB, zeist.id],
    );
    const corrected = await zeistPerson.post(`/api/v1/ledger/entries/${entry.id}/correction`, {
      hours: 2.5,
      reason: 'Een half uur minder',
    });
    expect(corrected.status).toBe(200);
  });
  afterAll(() => t.close());

  describe('the klussen behind a matrix cell', () => {
    const cell = (from: Ref, to: Ref, query = '') =>
      `/api/v1/ledger/pairs/${from.id}/${to.id}/tasks${query ? `?${query}` : ''}`;

    it('lists each klus with its hours and the entries behind them, newest first', async () => {
      const answer = await ossAdmin.get<PairTasks>(cell(zeist, oss, `period=${month.label}`));
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        giving: zeist,
        receiving: oss,
        from: month.from,
        to: month.to,
        total: 2,
      });
      const byTitle = Object.fromEntries(answer.body.items.map((i) => [i.task.title, i]));
      expect(byTitle['Archief ordenen']).toMatchObject({ hours: 12.5, disputedHours: 0, lastDate: today });
      expect(byTitle['Archief ordenen']?.entries.map((e) => [e.hours, e.kind, e.state])).toEqual([
        [12.5, 'original', 'recorded'],
      ]);
      expect(byTitle['Wijkavond begeleiden']?.hours).toBe(2.5);
      expect(byTitle['Wijkavond begeleiden']?.entries.map((e) => [e.hours, e.kind, e.state])).toEqual([
        [3, 'original', 'corrected'],
        [-3, 'reversal', 'confirmed'],
        [2.5, 'correction', 'confirmed'],
      ]);
      // The internal 2 h of klus B is no pair.
      const internal = await ossAdmin.get<PairTasks>(cell(oss, oss));
      expect(internal.body.items).toEqual([]);
    });

    it('pages by klus', async () => {
      const first = await platformAdmin.get<PairTasks>(cell(zeist, oss, 'pageSize=1'));
      const second = await platformAdmin.get<PairTasks>(cell(zeist, oss, 'pageSize=1&page=2'));
      expect([first.body.items.length, second.body.items.length, first.body.total]).toEqual([1, 1, 2]);
      expect(new Set([first.body.items[0]?.task.id, second.body.items[0]?.task.id])).toEqual(
        new Set([klusA, klusB]),
      );
    });

    it('counts a period, and says what is wrong with one', async () => {
      const before = await ossAdmin.get<PairTasks>(cell(zeist, oss, 'period=2020-Q1'));
      expect(before.body).toMatchObject({ items: [], total: 0, from: '2020-01-01', to: '2020-03-31' });
      const range = await ossAdmin.get<PairTasks>(cell(zeist, oss, `from=${today}&to=${today}`));
      expect(range.body.total).toBe(2);
      expect((await ossAdmin.get<PairTasks>(cell(zeist, oss, `period=${quarter.label}`))).body.total).toBe(2);
      for (const [query, field, code] of [
        ['period=2026-Q5', 'period', 'invalid-period'],
        ['period=nonsense', 'period', 'invalid-period'],
        ['period=2026-02-30..2026-03-01', 'period', 'invalid-period'],
        [`period=2026&from=${today}`, 'period', 'period-or-range'],
        ['from=2026-02-01&to=2026-01-01', 'to', 'end-before-start'],
      ] as const) {
        const bad = await ossAdmin.get<Problem>(cell(zeist, oss, query));
        expect(bad.status, query).toBe(400);
        expect(
          bad.body.invalidParams?.map((p) => [p.name, p.code]),
          query,
        ).toEqual([[field, code]]);
      }
      const unknown = await ossAdmin.get<Problem>(cell(zeist, { id: crypto.randomUUID(), name: '' }));
      expect([unknown.status, unknown.body.code]).toEqual([404, 'not-found']);
    });

    it('opens a cell to whoever sees it in the matrix, and to no one else', async () => {
      // Zeist → Breda is outside the partnership: Zeist's and Breda's admins, not Oss's.
      expect((await zeistAdmin.get(cell(zeist, breda))).status).toBe(200);
      expect((await bredaAdmin.get(cell(zeist, breda))).status).toBe(200);
      expect((await ossAdmin.get<Problem>(cell(zeist, breda))).status).toBe(403);
      // Zeist → Oss: both admins, and with the partnership both members' admins; Breda's not.
      expect((await bredaAdmin.get<Problem>(cell(zeist, oss))).status).toBe(403);
      expect((await bredaAdmin.get(cell(zeist, oss, `partnershipId=${partnership.id}`))).status).toBe(403);
      const member = await zeistAdmin.get<PairTasks>(cell(zeist, oss, `partnershipId=${partnership.id}`));
      expect([member.status, member.body.total]).toEqual([200, 2]);
      expect((await platformAdmin.get(cell(zeist, breda))).status).toBe(200);
      expect((await ossManager.get(cell(zeist, oss))).status).toBe(403);
      expect((await zeistPerson.get(cell(zeist, oss))).status).toBe(403);
      expect((await t.http.get(cell(zeist, oss))).status).toBe(401);
    });
  });

  describe('the settlement export', () => {
    const settlement = (query: string) =>
      `/api/v1/ledger/settlement?partnershipId=${partnership.id}&${query}`;
    const header = [
      'Periode',
      'Van',
      'Tot en met',
      'Gevende organisatie',
      'Ontvangende organisatie',
      'Uren',
      'Uren in gesprek',
    ];

    it('answers proper CSV: UTF-8 with a BOM, a download, quoted where needed, hours per pair', async () => {
      const { response, bytes } = await download(ossAdminUser, settlement(`period=${month.label}`));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="uren-regio-testsamenwerking-${month.label}.csv"`,
      );
      expect([...bytes.slice(0, 3)]).toEqual(BOM);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text).toContain('"Gemeente Zeist; ""De Heuvelrug""\nNoord"');
      expect(parse(text, { bom: true, delimiter: ';' })).toEqual([
        header,
        [month.label, month.from, month.to, 'Gemeente Oss', zeist.name, '4,50', '0,00'],
        [month.label, month.from, month.to, zeist.name, 'Gemeente Oss', '15,00', '0,00'],
      ]);
    });

    it('writes commas and decimal points when asked, and English headers for an English client', async () => {
      const response = await zeistAdmin.get(settlement(`period=${quarter.label}&delimiter=comma`), {
        'accept-language': 'en',
      });
      expect(response.status).toBe(200);
      expect(parse(response.text, { bom: true, delimiter: ',' })).toEqual([
        [
          'Period',
          'From',
          'To',
          'Giving organisation',
          'Receiving organisation',
          'Hours',
          'Hours in discussion',
        ],
        [quarter.label, quarter.from, quarter.to, 'Gemeente Oss', zeist.name, '4.50', '0.00'],
        [quarter.label, quarter.from, quarter.to, zeist.name, 'Gemeente Oss', '15.00', '0.00'],
      ]);
      const range = await csvOf(zeistAdmin, `from=${today}&to=${today}`);
      expect(range[1]?.slice(0, 3)).toEqual([`${today}..${today}`, today, today]);
      expect(await csvOf(zeistAdmin, 'period=2020-01')).toEqual([header]);
    });

    it('adds hours × rate only while the partnership has agreed a rate; platform admins record it', async () => {
      const refused = await ossAdmin.put<Problem>(`/api/v1/partnerships/${partnership.id}/hour-rate`, {
        hourRate: 75.25,
      });
      expect(refused.status).toBe(403);
      for (const body of [
        { hourRate: 0 },
        { hourRate: 'veel' },
        {},
        { hourRate: 1.005 },
        { hourRate: 100001 },
      ]) {
        const bad = await platformAdmin.put<Problem>(
          `/api/v1/partnerships/${partnership.id}/hour-rate`,
          body,
        );
        expect(bad.status, JSON.stringify(body)).toBe(400);
        expect(bad.body.invalidParams?.[0]?.name).toBe('hourRate');
      }
      const set = await platformAdmin.put<{ hourRate: number | null }>(
        `/api/v1/partnerships/${partnership.id}/hour-rate`,
        { hourRate: 75.25 },
      );
      expect([set.status, set.body.hourRate]).toEqual([200, 75.25]);
      expect(
        (await ossAdmin.get<{ hourRate: number | null }>(`/api/v1/partnerships/${partnership.id}`)).body
          .hourRate,
      ).toBe(75.25);
      // 4.5 × 75.25 = 338.625 → 338.63; 15 × 75.25 = 1128.75
      expect(await csvOf(ossAdmin, `period=${month.label}`)).toEqual([
        [...header, 'Uurtarief (EUR)', 'Bedrag (EUR)'],
        [month.label, month.from, month.to, 'Gemeente Oss', zeist.name, '4,50', '0,00', '75,25', '338,63'],
        [month.label, month.from, month.to, zeist.name, 'Gemeente Oss', '15,00', '0,00', '75,25', '1128,75'],
      ]);
      expect((await csvOf(ossAdmin, `period=${month.label}&delimiter=comma`, ','))[1]?.slice(-2)).toEqual([
        '75.25',
        '338.63',
      ]);
      const cleared = await platformAdmin.put<{ hourRate: number | null }>(
        `/api/v1/partnerships/${partnership.id}/hour-rate`,
        { hourRate: null },
      );
      expect([cleared.status, cleared.body.hourRate]).toEqual([200, null]);
      expect((await csvOf(ossAdmin, `period=${month.label}`))[0]).toEqual(header);
      const unknown = await platformAdmin.put<Problem>(
        `/api/v1/partnerships/${crypto.randomUUID()}/hour-rate`,
        {
          hourRate: 10,
        },
      );
      expect(unknown.status).toBe(404);
    });

    it("is for the member organisations' admins and platform admins, for one named period", async () => {
      expect((await bredaAdmin.get<Problem>(settlement(`period=${month.label}`))).status).toBe(403);
      expect((await ossManager.get<Problem>(settlement(`period=${month.label}`))).status).toBe(403);
      expect((await zeistPerson.get<Problem>(settlement(`period=${month.label}`))).status).toBe(403);
      expect((await t.http.get<Problem>(settlement(`period=${month.label}`))).status).toBe(401);
      expect((await platformAdmin.get(settlement(`period=${month.label}`))).status).toBe(200);
      const none = await ossAdmin.get<Problem>(settlement(''));
      expect(none.status).toBe(400);
      expect(none.body.invalidParams?.map((p) => [p.name, p.code])).toEqual([['period', 'required']]);
      const half = await ossAdmin.get<Problem>(settlement(`from=${today}`));
      expect(half.body.invalidParams?.map((p) => p.code)).toEqual(['required']);
      const delimiter = await ossAdmin.get<Problem>(settlement(`period=${month.label}&delimiter=tab`));
      expect(delimiter.body.invalidParams?.map((p) => [p.name, p.code])).toEqual([
        ['delimiter', 'not-allowed-value'],
      ]);
      const unknown = await ossAdmin.get<Problem>(
        `/api/v1/ledger/settlement?partnershipId=${crypto.randomUUID()}&period=${month.label}`,
      );
      expect(unknown.status).toBe(404);
    });
  });
});
