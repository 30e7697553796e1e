import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildMe, callsTo, jsonResponse, mockFetch, renderApp, routeApi } from '../../test-utils';
import { buildTaskDetail } from '../tasks/task-fixtures';
import type { TaskHoursEntry } from './hours-api';
import { buildDispute, buildTaskHoursEntry } from './hours-fixtures';
import { TaskHoursSection } from './TaskHoursSection';

const TASK_ID = '8b1c1b8e-0000-4000-8000-000000000101';
const CORRECTION = '8b1c1b8e-0000-4000-8000-000000000702';

describe(TaskHoursSection.name, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let hours: TaskHoursEntry[];

  beforeEach(() => {
    fetchMock = mockFetch();
    hours = [
      buildTaskHoursEntry({
        id: CORRECTION,
        kind: 'correction',
        hours: 6,
        recordedHours: 8,
        state: 'confirmed',
        answerBefore: null,
        reason: 'Een middag ging niet door.',
        canAnswerCorrection: true,
        answerCorrectionBefore: '2026-12-16T10:00:00.000Z',
      }),
    ];
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe({ roles: ['employee', 'manager'] })),
      [`GET /api/v1/tasks/${TASK_ID}`]: () =>
        jsonResponse(buildTaskDetail({ id: TASK_ID, status: 'completed', isPoster: true, claims: [] })),
      [`GET /api/v1/tasks/${TASK_ID}/hours`]: () => jsonResponse({ items: hours }),
      [`POST /api/v1/ledger/entries/${CORRECTION}/dispute`]: ({ body }) => {
        hours = [
          { ...hours[0], state: 'in-discussion', correctionAnswer: 'disputed', canAnswerCorrection: false },
        ];
        return jsonResponse(buildDispute({ disputeReason: (body as { reason: string }).reason }), 201);
      },
    });
  });

  it("shows the poster a participant's correction and puts it in discussion with a reason", async () => {
    renderApp(`/klussen/${TASK_ID}`);
    const section = await screen.findByRole('region', { name: 'Uren' });
    await waitFor(() =>
      expect(section).toHaveTextContent('Bram Jansen corrigeerde de uren van 8 naar 6 uur.'),
    );
    expect(section).toHaveTextContent('Reden: Een middag ging niet door.');
    expect(section).toHaveTextContent('Reageer vóór 16 december 2026');

    await userEvent.click(within(section).getByRole('button', { name: 'Bespreken Bram Jansen' }));
    const panel = await screen.findByRole('form', {
      name: 'Waarom klopt de correctie van Bram Jansen niet?',
    });
    await userEvent.click(within(panel).getByRole('button', { name: 'In gesprek brengen' }));
    expect(callsTo(fetchMock, 'POST', `/api/v1/ledger/entries/${CORRECTION}/dispute`)).toHaveLength(0);

    await userEvent.type(within(panel).getByLabelText(/Reden/), 'Ik was er zelf bij.');
    await userEvent.click(within(panel).getByRole('button', { name: 'In gesprek brengen' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'De uren van Bram Jansen zijn nu in gesprek.',
    );
    expect(callsTo(fetchMock, 'POST', `/api/v1/ledger/entries/${CORRECTION}/dispute`)[0]?.body).toEqual({
      reason: 'Ik was er zelf bij.',
    });
    await waitFor(() => expect(section).toHaveTextContent('Status: in gesprek'));
    expect(within(section).queryByRole('button', { name: /Correctie accepteren/ })).not.toBeInTheDocument();
  });
});
