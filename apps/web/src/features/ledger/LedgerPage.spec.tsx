import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { periodContaining } from '@klussenbank/domain';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Me } from '../auth/auth-api';
import {
  buildMe,
  callsTo,
  jsonResponse,
  mockFetch,
  problemResponse,
  renderApp,
  routeApi,
} from '../../test-utils';
import { LedgerPage } from './LedgerPage';
import { today } from './ledger-routes';

const OSS = { id: '6f1c1b8e-0000-4000-8000-0000000000d1', name: 'Gemeente Oss' };
const ZEIST = { id: '6f1c1b8e-0000-4000-8000-0000000000d2', name: 'Gemeente Zeist' };
const DORDRECHT = buildMe().organisation;
const NETWORK = buildMe().partnerships[1];
const KLUS = '6f1c1b8e-0000-4000-8000-0000000000e1';
const year = periodContaining('year', today());

const page = <T,>(items: T[]) => ({ items, page: 1, pageSize: 100, total: items.length });
const balance = (organisation: typeof OSS, given: number, received: number) => ({
  organisation,
  given,
  received,
  net: given - received,
  disputedGiven: 0,
  disputedReceived: 0,
});
const pair = (giving: typeof OSS, receiving: typeof OSS, hours: number) => ({
  giving,
  receiving,
  hours,
  disputedHours: 0,
});

async function openPage(path = '/uren') {
  const view = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: 'Uren tussen organisaties' }, { timeout: 5_000 });
  return view;
}

describe(LedgerPage.name, () => {
  let me: Me;
  let fetchMock: ReturnType<typeof mockFetch>;
  let matrix: () => Response;

  beforeEach(() => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    matrix = () =>
      jsonResponse(page([pair(DORDRECHT, OSS, 12.5), pair(OSS, DORDRECHT, 4), pair(ZEIST, DORDRECHT, 6)]));
    fetchMock = mockFetch();
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      'GET /api/v1/ledger/balances': () => jsonResponse(page([balance(DORDRECHT, 12.5, 10)])),
      'GET /api/v1/ledger/matrix': () => matrix(),
      [`GET /api/v1/ledger/pairs/${DORDRECHT.id}/${OSS.id}/tasks`]: ({ url }) =>
        jsonResponse({
          giving: DORDRECHT,
          receiving: OSS,
          from: url.searchParams.get('from'),
          to: url.searchParams.get('to'),
          items: [
            {
              task: { id: KLUS, title: 'Archief ordenen' },
              hours: 12.5,
              disputedHours: 0,
              lastDate: '2026-11-03',
              entries: [
                { id: 'e1', hours: 12.5, entryDate: '2026-11-03', kind: 'original', state: 'confirmed' },
              ],
            },
          ],
          page: 1,
          pageSize: 20,
          total: 1,
        }),
      [`GET /api/v1/partnerships/${NETWORK.id}`]: () =>
        jsonResponse({ ...NETWORK, slug: 'netwerk', description: '', organisations: [], hourRate: null }),
    });
  });

  it('shows the balances and the matrix as real tables with headers, rows giving and columns receiving', async () => {
    await openPage();
    const balances = await screen.findByRole('table', { name: /Gegeven en ontvangen uren per organisatie/ });
    expect(
      within(balances)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Organisatie', 'Gegeven', 'Ontvangen', 'Saldo', 'In gesprek']);
    expect(within(balances).getByRole('rowheader', { name: 'Gemeente Dordrecht' })).toBeInTheDocument();
    expect(within(balances).getByText('+2,5')).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: /rijen geven, kolommen ontvangen/ });
    expect(table.querySelector('caption')).not.toBeNull();
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(columns).toEqual(['Gegeven door ↓ / aan →', 'Gemeente Dordrecht', 'Gemeente Oss']);
    for (const th of within(table).getAllByRole('columnheader')) expect(th).toHaveAttribute('scope', 'col');
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map((th) => th.textContent)).toEqual([
      'Gemeente Dordrecht',
      'Gemeente Oss',
      'Gemeente Zeist',
    ]);
    for (const th of rows) expect(th).toHaveAttribute('scope', 'row');
    // Every non-empty cell opens the klussen behind it; empty cells say so to screen readers.
    const link = within(table).getByRole('link', {
      name: '12,5 uur van Gemeente Dordrecht aan Gemeente Oss',
    });
    expect(link).toHaveAttribute(
      'href',
      expect.stringContaining(`giving=${DORDRECHT.id}&receiving=${OSS.id}`),
    );
    expect(within(table).getAllByRole('link')).toHaveLength(3);
    expect(within(table).getAllByText('geen uren').length).toBeGreaterThan(0);
    // The table scrolls in its own labelled, focusable region.
    const region = screen.getByRole('region', { name: /rijen geven, kolommen ontvangen/ });
    expect(region).toHaveAttribute('tabindex', '0');
    // This year by default, as from/to days.
    const asked = callsTo(fetchMock, 'GET', '/api/v1/ledger/matrix')[0].url.searchParams;
    expect([asked.get('from'), asked.get('to')]).toEqual([year.from, year.to]);
  });

  it('keeps the filters in the URL and asks the API for their days', async () => {
    const user = userEvent.setup();
    const { router } = await openPage();
    await screen.findByRole('table', { name: /rijen geven/ });
    await user.selectOptions(screen.getByLabelText('Soort periode'), 'custom');
    await user.type(screen.getByLabelText('Van'), '2026-09-01');
    await user.type(screen.getByLabelText('Tot en met'), '2026-10-15');
    await user.selectOptions(screen.getByLabelText('Samenwerkingsverband'), NETWORK.name);
    await user.click(screen.getByRole('button', { name: 'Toon uren' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        `?type=custom&from=2026-09-01&to=2026-10-15&partnershipId=${NETWORK.id}`,
      ),
    );
    await waitFor(() => {
      const last = callsTo(fetchMock, 'GET', '/api/v1/ledger/balances').at(-1)!.url.searchParams;
      expect([last.get('from'), last.get('to'), last.get('partnershipId')]).toEqual([
        '2026-09-01',
        '2026-10-15',
        NETWORK.id,
      ]);
    });
    // The settlement of that partnership and period: a download, with the note that hours are not money.
    const download = await screen.findByRole('link', {
      name: /Download de afrekening van 2026-09-01..2026-10-15/,
    });
    expect(download).toHaveAttribute(
      'href',
      `/api/v1/ledger/settlement?partnershipId=${NETWORK.id}&period=2026-09-01..2026-10-15&delimiter=semicolon`,
    );
    expect(await screen.findByText(/geen uurtarief afgesproken/)).toBeInTheDocument();
    await user.click(screen.getByLabelText(/Komma \(,\)/));
    expect(download.getAttribute('href')).toContain('delimiter=comma');
  });

  it('opens the klussen behind a cell, with their entries, and moves focus there', async () => {
    const user = userEvent.setup();
    const { router } = await openPage('/uren?type=quarter&period=2026-Q4');
    const link = await screen.findByRole('link', {
      name: /12,5 uur van Gemeente Dordrecht aan Gemeente Oss/,
    });
    await user.click(link);

    const heading = await screen.findByRole('heading', {
      name: 'Klussen: Gemeente Dordrecht aan Gemeente Oss',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(router.state.location.search).toBe(
      `?type=quarter&period=2026-Q4&giving=${DORDRECHT.id}&receiving=${OSS.id}`,
    );
    const list = screen.getByRole('table', {
      name: 'Klussen waarvoor Gemeente Dordrecht uren gaf aan Gemeente Oss',
    });
    expect(within(list).getByRole('link', { name: 'Archief ordenen' })).toHaveAttribute(
      'href',
      `/klussen/${KLUS}`,
    );
    expect(within(list).getByText('12,5 uur, vastgelegd, bevestigd')).toBeInTheDocument();
    const asked = callsTo(fetchMock, 'GET', `/api/v1/ledger/pairs/${DORDRECHT.id}/${OSS.id}/tasks`)[0].url
      .searchParams;
    expect([asked.get('from'), asked.get('to')]).toEqual(['2026-10-01', '2026-12-31']);
    await user.click(screen.getByRole('link', { name: 'Klussenlijst sluiten' }));
    await waitFor(() => expect(router.state.location.search).toBe('?type=quarter&period=2026-Q4'));
  });

  it('says when there are no hours', async () => {
    matrix = () => jsonResponse(page([]));
    await openPage();
    expect(await screen.findByText('Geen uren tussen organisaties in deze periode.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /rijen geven/ })).toBeNull();
  });

  it('shows the error of a matrix that could not be loaded, with a way to try again', async () => {
    matrix = () =>
      problemResponse(503, { title: 'Even niet', detail: 'De database is even weg.', code: 'unavailable' });
    await openPage();
    expect(await screen.findByText('De database is even weg.')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Opnieuw proberen' }).length).toBeGreaterThan(0);
  });

  it('is not in the menu of employees and managers, and tells them who it is for', async () => {
    me = buildMe({ roles: ['employee', 'manager'] });
    await openPage();
    expect(screen.getByText(/voor organisatiebeheerders en platformbeheerders/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).queryByRole('link', { name: 'Uren tussen organisaties' })).toBeNull();
    expect(callsTo(fetchMock, 'GET', '/api/v1/ledger/matrix')).toEqual([]);
  });

  it('is in the menu of org-admins', async () => {
    await openPage();
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Uren tussen organisaties' })).toHaveAttribute(
      'href',
      '/uren',
    );
  });
});
