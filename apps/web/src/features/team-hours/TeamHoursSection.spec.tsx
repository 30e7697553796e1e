import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
import { TeamHoursSection } from './TeamHoursSection';

const TEAM = '/api/v1/ledger/team-hours';
// The first test also waits for the lazily loaded page (every page is a chunk of its own).
const LOAD = { timeout: 10_000 };

const entry = (n: number, fields: Record<string, unknown> = {}) => ({
  id: `7a1c1b8e-0000-4000-8000-${String(n).padStart(12, '0')}`,
  person: { id: '6f1c1b8e-0000-4000-8000-000000000009', name: 'Piet Bakker' },
  task: { id: `8b1c1b8e-0000-4000-8000-${String(n).padStart(12, '0')}`, title: `Klus ${n}` },
  receiving: { id: '9c1c1b8e-0000-4000-8000-000000000001', name: 'Gemeente Zeist' },
  internal: false,
  hours: 4.5,
  entryDate: '2026-12-01',
  kind: 'original',
  state: 'recorded',
  ...fields,
});

describe(TeamHoursSection.name, { timeout: 30_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let me: Me;
  let pages: Record<string, unknown>;
  let failing: boolean;

  beforeEach(() => {
    fetchMock = mockFetch();
    me = buildMe({ roles: ['employee', 'manager'] });
    failing = false;
    pages = { '1': { items: [], page: 1, pageSize: 20, total: 0 } };
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      [`GET ${TEAM}`]: (request) =>
        failing
          ? problemResponse(500, { title: 'Serverfout', code: 'internal' })
          : jsonResponse(pages[request.url.searchParams.get('page') ?? '1']),
    });
  });

  const region = () => screen.findByRole('region', { name: 'Uren van mijn team' }, LOAD);

  it("shows a line manager's team hours in a table with headers", async () => {
    pages['1'] = {
      items: [
        entry(1),
        entry(2, {
          person: { id: 'x', name: 'Sara Jansen' },
          internal: true,
          hours: -1.5,
          kind: 'reversal',
          state: 'confirmed',
        }),
      ],
      page: 1,
      pageSize: 20,
      total: 2,
    };
    renderApp('/mijn-gegevens');
    const section = await region();
    const table = await within(section).findByRole('table', {}, LOAD);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Medewerker', 'Klus', 'Afgerond op', 'Uren', 'Status']);
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first).getByRole('rowheader')).toHaveTextContent('Piet Bakker');
    expect(within(first).getByRole('link', { name: 'Klus 1' })).toHaveAttribute(
      'href',
      '/klussen/8b1c1b8e-0000-4000-8000-000000000001',
    );
    expect(first).toHaveTextContent('Voor Gemeente Zeist');
    expect(first).toHaveTextContent('1 december 2026');
    expect(first).toHaveTextContent('4,5');
    expect(first).toHaveTextContent('Wacht op bevestiging');
    expect(second).toHaveTextContent('Binnen de eigen organisatie');
    expect(second).toHaveTextContent('-1,5');
    expect(second).toHaveTextContent('Bevestigd (tegenboeking)');
    expect(within(section).queryByRole('button', { name: 'Volgende' })).not.toBeInTheDocument();
  });

  it('says so when there are no hours (also for who is nobody’s line manager)', async () => {
    renderApp('/mijn-gegevens');
    const section = await region();
    expect(
      await within(section).findByText(
        'Er zijn nog geen uren vastgelegd voor mensen van wie u leidinggevende bent.',
      ),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
  });

  it('pages through the entries', async () => {
    pages['1'] = { items: [entry(1)], page: 1, pageSize: 20, total: 25 };
    pages['2'] = { items: [entry(21)], page: 2, pageSize: 20, total: 25 };
    const user = userEvent.setup();
    renderApp('/mijn-gegevens');
    const section = await region();
    expect(await within(section).findByText('Pagina 1 van 2')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Vorige' })).toBeDisabled();
    await user.click(within(section).getByRole('button', { name: 'Volgende' }));
    expect(await within(section).findByRole('link', { name: 'Klus 21' })).toBeInTheDocument();
    expect(within(section).getByText('Pagina 2 van 2')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'GET', TEAM).map((call) => call.url.searchParams.get('page'))).toEqual([
      '1',
      '2',
    ]);
  });

  it('filters by period, and says so when the end comes before the start', async () => {
    pages['1'] = { items: [entry(1)], page: 1, pageSize: 20, total: 1 };
    const user = userEvent.setup();
    renderApp('/mijn-gegevens');
    const section = await region();
    await within(section).findByRole('link', { name: 'Klus 1' }, LOAD);
    await user.type(within(section).getByLabelText('Van'), '2026-12-10');
    await user.type(within(section).getByLabelText('Tot en met'), '2026-12-01');
    await user.click(within(section).getByRole('button', { name: 'Uren tonen' }));
    expect(within(section).getByText('De einddatum ligt voor de begindatum.')).toBeInTheDocument();
    expect(within(section).getByLabelText('Tot en met')).toHaveFocus();
    expect(callsTo(fetchMock, 'GET', TEAM)).toHaveLength(1);

    await user.clear(within(section).getByLabelText('Tot en met'));
    await user.type(within(section).getByLabelText('Tot en met'), '2026-12-31');
    await user.click(within(section).getByRole('button', { name: 'Uren tonen' }));
    await waitFor(() => expect(callsTo(fetchMock, 'GET', TEAM)).toHaveLength(2));
    const query = callsTo(fetchMock, 'GET', TEAM)[1].url.searchParams;
    expect([query.get('from'), query.get('to'), query.get('page')]).toEqual([
      '2026-12-10',
      '2026-12-31',
      '1',
    ]);
    expect(within(section).queryByText('De einddatum ligt voor de begindatum.')).not.toBeInTheDocument();
  });

  it('shows a load error with a retry', async () => {
    failing = true;
    const user = userEvent.setup();
    renderApp('/mijn-gegevens');
    const section = await region();
    const retry = await within(section).findByRole('button', { name: 'Opnieuw proberen' }, LOAD);
    failing = false;
    await user.click(retry);
    expect(await within(section).findByText(/Er zijn nog geen uren/)).toBeInTheDocument();
  });

  it('is not shown to people without the manager role', async () => {
    me = buildMe({ roles: ['employee'] });
    renderApp('/mijn-gegevens');
    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' }, LOAD);
    expect(screen.queryByRole('region', { name: 'Uren van mijn team' })).not.toBeInTheDocument();
    expect(callsTo(fetchMock, 'GET', TEAM)).toHaveLength(0);
  });
});
