import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lastCompleteQuarter, MIRROR_FIGURES } from '@klussenbank/domain';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Me } from '../auth/auth-api';
import { buildMe, callsTo, jsonResponse, mockFetch, renderApp, routeApi } from '../../test-utils';
import { MirrorPage } from './MirrorPage';
import { today } from './mirror-routes';

const OSS = { id: '6f1c1b8e-0000-4000-8000-0000000000d1', name: 'Gemeente Oss' };
const quarter = lastCompleteQuarter(today());

function report(me: Me, detail: 'full' | 'totals' = 'full') {
  const own = me.organisation;
  return {
    scope: { kind: 'organisation', id: own.id, name: own.name },
    period: { label: quarter.label, from: quarter.from, to: quarter.to },
    previousPeriod: { label: 'vorige', from: '2026-01-01', to: '2026-03-31' },
    detail,
    figures: MIRROR_FIGURES.map((key) =>
      key === 'posted'
        ? { key, current: 12, previous: 8, difference: 4, direction: 'up' }
        : key === 'shareFilled'
          ? { key, current: 0.6, previous: 0.75, difference: -0.15, direction: 'down' }
          : { key, current: 1, previous: 1, difference: 0, direction: 'same' },
    ),
    hours: [
      { organisation: own, given: 15.5, received: 9, internal: 3 },
      { organisation: OSS, given: 9, received: 15.5, internal: 0 },
    ],
    matrix: [
      { giving: own, receiving: OSS, hours: 15.5, disputedHours: 0 },
      { giving: OSS, receiving: own, hours: 9, disputedHours: 0 },
    ],
    skills: [{ skill: 'Archiefbeheer', asked: 4, available: 1, gap: 3 }],
    functions: detail === 'full' ? [{ jobTitle: 'Beleidsadviseur', people: 5 }] : [],
    suppressedFunctions: detail === 'full' ? 2 : 0,
    evaluationTexts:
      detail === 'full' ? [{ score: 4, wentWell: 'Snel en grondig', couldBeBetter: null }] : [],
    dossierTeams: [],
  };
}

describe(MirrorPage.name, () => {
  let me: Me;
  let fetchMock: ReturnType<typeof mockFetch>;

  beforeEach(() => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    fetchMock = mockFetch();
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      [`GET /api/v1/reports/organisations/${me.organisation.id}`]: () => jsonResponse(report(me)),
      [`GET /api/v1/reports/partnerships/${me.partnerships[0].id}`]: () => jsonResponse(report(me, 'totals')),
    });
  });

  it("opens on the organisation's last complete quarter, with arrows that say the direction in words", async () => {
    renderApp('/spiegel');
    await screen.findByRole('heading', { level: 2, name: `${me.organisation.name}, ${quarter.label}` });
    const calls = callsTo(fetchMock, 'GET', `/api/v1/reports/organisations/${me.organisation.id}`);
    expect(calls[0].url.searchParams.get('period')).toBe(quarter.label);
    const posted = screen.getByText('Klussen geplaatst').closest('li')!;
    expect(within(posted).getByText('12')).toBeInTheDocument();
    expect(posted).toHaveTextContent('4 meer dan vorige');
    const share = screen.getByText('Deel van de geplaatste klussen dat is opgepakt').closest('li')!;
    expect(share).toHaveTextContent('60%');
    expect(share).toHaveTextContent('15 procentpunt minder dan vorige');
  });

  it('gives every chart a one-sentence summary and a table with the same numbers, and a CSV per table', async () => {
    renderApp('/spiegel');
    const chart = await screen.findByRole('img', { name: 'Gegeven en ontvangen uren per organisatie' });
    const figure = chart.closest('figure')!;
    expect(figure).toHaveTextContent(`${me.organisation.name} gaf 15,5 uur en ontving 9 uur`);
    const table = screen.getByRole('table', { name: 'Uren per organisatie' });
    expect(within(table).getByRole('rowheader', { name: me.organisation.name })).toBeInTheDocument();
    expect(table).toHaveTextContent('15,5 uur');
    const csv = screen.getByRole('link', { name: 'Download als CSV: Uren per organisatie' });
    expect(csv.getAttribute('href')).toBe(
      `/api/v1/reports/organisations/${me.organisation.id}/csv?period=${quarter.label}&table=hours&delimiter=semicolon`,
    );
    expect(screen.getByText('2 functies met minder dan 5 deelnemers zijn weggelaten.')).toBeInTheDocument();
  });

  it('shows an employee the totals of their partnership', async () => {
    me = buildMe({ roles: ['employee'] });
    renderApp('/spiegel');
    await screen.findByText(/U ziet de totalen van het samenwerkingsverband/);
    expect(callsTo(fetchMock, 'GET', `/api/v1/reports/partnerships/${me.partnerships[0].id}`)).toHaveLength(
      1,
    );
    expect(screen.queryByRole('heading', { name: 'Deelnemers per functie' })).not.toBeInTheDocument();
  });

  it('asks for a chosen month', async () => {
    renderApp('/spiegel');
    await screen.findByRole('img', { name: 'Gegeven en ontvangen uren per organisatie' });
    await userEvent.selectOptions(screen.getByLabelText('Soort periode'), 'month');
    await userEvent.click(screen.getByRole('button', { name: 'Toon de spiegel' }));
    const calls = callsTo(fetchMock, 'GET', `/api/v1/reports/organisations/${me.organisation.id}`);
    expect(calls.at(-1)!.url.searchParams.get('period')).toMatch(/^\d{4}-\d{2}$/);
  });
});
