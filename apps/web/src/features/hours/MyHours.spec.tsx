import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildMe,
  callsTo,
  jsonResponse,
  mockFetch,
  problemResponse,
  renderApp,
  routeApi,
} from '../../test-utils';
import { buildMyClaim, buildTaskSummary } from '../tasks/task-fixtures';
import type { LedgerEntry } from './hours-api';
import { buildLedgerEntry } from './hours-fixtures';
import { MyHours } from './MyHours';

/** Mijn klussen also shows the planned hours against the cap: no cap here. */
const NO_CAP = {
  userId: buildMe().id,
  cap: null,
  organisationCap: null,
  personalCap: null,
  mode: 'refuse',
  month: '2026-12',
  plannedHours: 0,
  hoursLeft: null,
};
const ENTRY = '/api/v1/ledger/entries/8b1c1b8e-0000-4000-8000-000000000701';

describe(MyHours.name, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let entries: LedgerEntry[];

  beforeEach(() => {
    fetchMock = mockFetch();
    entries = [buildLedgerEntry()];
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      'GET /api/v1/me/claims': () =>
        jsonResponse({
          items: [
            buildMyClaim({
              id: 'c1',
              status: 'completed',
              task: buildTaskSummary({
                id: '8b1c1b8e-0000-4000-8000-000000000101',
                title: 'Archief ordenen',
                status: 'completed',
                estimatedHours: 12,
              }),
            }),
          ],
        }),
      'GET /api/v1/me/tasks': () => jsonResponse({ items: [] }),
      'GET /api/v1/me/consent-requests': () => jsonResponse({ items: [] }),
      'GET /api/v1/me/hour-cap': () => jsonResponse(NO_CAP),
      'GET /api/v1/me/hours': () =>
        jsonResponse({ items: entries, page: 1, pageSize: 100, total: entries.length }),
      [`POST ${ENTRY}/confirmation`]: () => {
        entries = [
          buildLedgerEntry({ state: 'confirmed', answerBefore: null, confirmedAt: '2026-12-02T10:00:00Z' }),
        ];
        return jsonResponse(entries[0]);
      },
      [`POST ${ENTRY}/correction`]: ({ body }) => {
        const { hours, reason } = body as { hours: number; reason: string };
        const correction = buildLedgerEntry({
          id: '8b1c1b8e-0000-4000-8000-000000000703',
          kind: 'correction',
          hours,
          reason,
          state: 'confirmed',
          answerBefore: null,
        });
        entries = [
          correction,
          buildLedgerEntry({ id: 'r', kind: 'reversal', hours: -8, state: 'confirmed', answerBefore: null }),
          buildLedgerEntry({ state: 'corrected', answerBefore: null }),
        ];
        return jsonResponse(correction);
      },
    });
  });

  const completed = () => screen.getByRole('region', { name: 'Afgerond' });

  it('shows the hours recorded for me instead of the estimate, with their state and deadline, and confirms them', async () => {
    renderApp('/mijn-klussen');
    await waitFor(() => expect(completed()).toHaveTextContent('Uw uren: 8 uur'));
    expect(completed()).toHaveTextContent('Gewerkte uren');
    expect(completed()).not.toHaveTextContent('12 uur');
    expect(completed()).toHaveTextContent('Status: vastgelegd');
    expect(completed()).toHaveTextContent('Bevestig of corrigeer vóór 15 december 2026');

    await userEvent.click(
      within(completed()).getByRole('button', { name: 'Uren bevestigen Archief ordenen' }),
    );

    expect(await screen.findByRole('status')).toHaveTextContent(
      'U hebt de uren voor “Archief ordenen” bevestigd.',
    );
    expect(callsTo(fetchMock, 'POST', `${ENTRY}/confirmation`)).toHaveLength(1);
    await waitFor(() => expect(completed()).toHaveTextContent('Status: bevestigd'));
    expect(within(completed()).queryByRole('button', { name: /Uren bevestigen/ })).not.toBeInTheDocument();
  });

  it('corrects with hours and a reason, checking both at once first', async () => {
    renderApp('/mijn-klussen');
    await userEvent.click(await screen.findByRole('button', { name: 'Uren corrigeren Archief ordenen' }));
    const form = await screen.findByRole('form', {
      name: 'Hoeveel uur werkte u echt aan “Archief ordenen”?',
    });
    expect(form).toHaveFocus();

    await userEvent.click(within(form).getByRole('button', { name: 'Correctie versturen' }));
    const summary = await within(form).findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Vul het aantal uren in.', 'Geef een reden.']);
    expect(within(form).getByLabelText('Aantal uren')).toHaveAccessibleDescription(
      /Vul het aantal uren in\./,
    );

    await userEvent.type(within(form).getByLabelText('Aantal uren'), '8');
    await userEvent.click(within(form).getByRole('button', { name: 'Correctie versturen' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Bevestig de uren in plaats van ze te corrigeren.',
    );

    await userEvent.clear(within(form).getByLabelText('Aantal uren'));
    await userEvent.type(within(form).getByLabelText('Aantal uren'), '6,5');
    await userEvent.type(within(form).getByLabelText('Reden'), 'Een middag ging niet door.');
    await userEvent.click(within(form).getByRole('button', { name: 'Correctie versturen' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Uw correctie voor “Archief ordenen” is verstuurd.',
    );
    expect(callsTo(fetchMock, 'POST', `${ENTRY}/correction`)[0]?.body).toEqual({
      hours: 6.5,
      reason: 'Een middag ging niet door.',
    });
    await waitFor(() =>
      expect(completed()).toHaveTextContent('Uw uren: 6,5 uur (de aanbieder legde 8 uur vast)'),
    );
    expect(completed()).toHaveTextContent('Status: bevestigd');
  });

  it('says so when the hours were settled in the meantime', async () => {
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      'GET /api/v1/me/claims': () =>
        jsonResponse({
          items: [
            buildMyClaim({
              id: 'c1',
              status: 'completed',
              task: buildTaskSummary({
                id: '8b1c1b8e-0000-4000-8000-000000000101',
                title: 'Archief ordenen',
              }),
            }),
          ],
        }),
      'GET /api/v1/me/tasks': () => jsonResponse({ items: [] }),
      'GET /api/v1/me/consent-requests': () => jsonResponse({ items: [] }),
      'GET /api/v1/me/hour-cap': () => jsonResponse(NO_CAP),
      'GET /api/v1/me/hours': () => jsonResponse({ items: entries, page: 1, pageSize: 100, total: 1 }),
      [`POST ${ENTRY}/confirmation`]: () =>
        problemResponse(409, {
          status: 409,
          title: 'Conflict',
          code: 'ledger-entry-settled',
          detail: 'Deze uren zijn al bevestigd of gecorrigeerd; ze veranderen niet meer.',
        }),
    });
    renderApp('/mijn-klussen');
    await userEvent.click(await screen.findByRole('button', { name: 'Uren bevestigen Archief ordenen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('ze veranderen niet meer');
  });
});
