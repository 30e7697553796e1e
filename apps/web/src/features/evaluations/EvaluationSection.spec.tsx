import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildMe,
  callsTo,
  type FakeRequest,
  jsonResponse,
  mockFetch,
  problemResponse,
  renderApp,
  routeApi,
} from '../../test-utils';
import { buildTaskDetail, TASK_ID } from '../tasks/task-fixtures';
import type { Evaluation, TaskEvaluations } from './evaluation-api';
import { EvaluationSection } from './EvaluationSection';

const TASK = `/api/v1/tasks/${TASK_ID}`;
const EVALUATIONS = `${TASK}/evaluations`;
const ORG = { id: '6f1c1b8e-0000-4000-8000-0000000000a2', name: 'Gemeente Zwijndrecht' };
const JAN = { id: '6f1c1b8e-0000-4000-8000-000000000003', name: 'Jan de Boer', organisation: ORG };
const ANNA = {
  id: '6f1c1b8e-0000-4000-8000-000000000001',
  name: 'Anna de Vries',
  organisation: { id: '6f1c1b8e-0000-4000-8000-0000000000a1', name: 'Gemeente Dordrecht' },
};

const given = (overrides: Partial<Evaluation> = {}): Evaluation => ({
  id: '9e1c1b8e-0000-4000-8000-000000000001',
  taskId: TASK_ID,
  author: ANNA,
  subject: JAN,
  score: 4,
  wentWell: 'Duidelijke afspraken',
  couldBeBetter: null,
  createdAt: '2026-12-04T10:00:00.000Z',
  ...overrides,
});

describe(EvaluationSection.name, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let evaluations: TaskEvaluations;
  let post: (request: FakeRequest) => Response;

  beforeEach(() => {
    fetchMock = mockFetch();
    evaluations = { items: [], toEvaluate: [JAN] };
    post = () => {
      evaluations = { items: [given()], toEvaluate: [] };
      return jsonResponse(given(), 201);
    };
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      [`GET ${TASK}`]: () => jsonResponse(buildTaskDetail({ status: 'completed', isPoster: true })),
      [`GET ${EVALUATIONS}`]: () => jsonResponse(evaluations),
      [`POST ${EVALUATIONS}`]: (request) => post(request),
    });
  });

  it('asks how it went, checks the score first, then sends the evaluation and shows it', async () => {
    const user = userEvent.setup();
    renderApp(`/klussen/${TASK_ID}`);
    const section = await screen.findByRole('region', { name: 'Hoe ging het?' });
    const form = within(section).getByRole('form', { name: 'Uw beoordeling van Jan de Boer' });
    const score = within(form).getByRole('group', { name: 'Hoe ging het met Jan de Boer?' });
    expect(
      within(score)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['1 – slecht', '2 – matig', '3 – voldoende', '4 – goed', '5 – uitstekend']);

    await user.click(within(form).getByRole('button', { name: 'Beoordeling versturen' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Kies een cijfer van 1 tot 5.');
    expect(callsTo(fetchMock, 'POST', EVALUATIONS)).toHaveLength(0);

    await user.click(within(score).getByRole('radio', { name: '4 – goed' }));
    await user.type(within(form).getByRole('textbox', { name: 'Wat ging goed?' }), 'Duidelijke afspraken');
    await user.click(within(form).getByRole('button', { name: 'Beoordeling versturen' }));

    expect(
      await within(section).findByText('Dank u wel. Uw beoordeling van Jan de Boer is opgeslagen.'),
    ).toBeVisible();
    expect(callsTo(fetchMock, 'POST', EVALUATIONS)[0].body).toEqual({
      subjectId: JAN.id,
      score: 4,
      wentWell: 'Duidelijke afspraken',
    });
    const article = await within(section).findByRole('article', { name: 'Anna de Vries over Jan de Boer' });
    expect(article).toHaveTextContent('4 van 5 (goed)');
    expect(article).toHaveTextContent('Duidelijke afspraken');
    expect(within(section).queryByRole('form')).not.toBeInTheDocument();
  });

  it('puts the API’s field errors at their fields, all at once', async () => {
    const user = userEvent.setup();
    post = () =>
      problemResponse(400, {
        title: 'Ongeldige invoer',
        code: 'invalid-input',
        invalidParams: [
          { name: 'score', code: 'not-allowed-value', reason: 'Kies een cijfer van 1 tot 5.' },
          { name: 'wentWell', code: 'too-long', reason: 'Hoogstens 2000 tekens.' },
        ],
      });
    renderApp(`/klussen/${TASK_ID}`);
    const form = await screen.findByRole('form', { name: 'Uw beoordeling van Jan de Boer' });
    await user.click(within(form).getByRole('radio', { name: '5 – uitstekend' }));
    await user.click(within(form).getByRole('button', { name: 'Beoordeling versturen' }));
    const summary = await within(form).findByRole('alert');
    expect(within(summary).getAllByRole('link')).toHaveLength(2);
    expect(within(form).getByRole('textbox', { name: 'Wat ging goed?' })).toHaveAccessibleDescription(
      expect.stringContaining('Hoogstens 2000 tekens.'),
    );
  });

  it('tells when the evaluation was already given', async () => {
    const user = userEvent.setup();
    post = () =>
      problemResponse(409, {
        title: 'Conflict',
        code: 'evaluation-given',
        detail: 'U heeft deze persoon voor deze klus al beoordeeld.',
      });
    renderApp(`/klussen/${TASK_ID}`);
    const form = await screen.findByRole('form', { name: 'Uw beoordeling van Jan de Boer' });
    await user.click(within(form).getByRole('radio', { name: '3 – voldoende' }));
    await user.click(within(form).getByRole('button', { name: 'Beoordeling versturen' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('al beoordeeld');
  });

  it('shows nothing to someone who is not involved', async () => {
    evaluations = { items: [], toEvaluate: [] };
    renderApp(`/klussen/${TASK_ID}`);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(callsTo(fetchMock, 'GET', EVALUATIONS)).toHaveLength(1));
    expect(screen.queryByRole('region', { name: 'Hoe ging het?' })).not.toBeInTheDocument();
  });

  it('lands on the section from the e-mail’s link', async () => {
    renderApp(`/klussen/${TASK_ID}#evaluatie`);
    const section = await screen.findByRole('region', { name: 'Hoe ging het?' });
    await waitFor(() => expect(section).toHaveFocus());
    expect(section).toHaveAttribute('id', 'evaluatie');
  });

  it('says so when the evaluations do not load, with a retry', async () => {
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      [`GET ${TASK}`]: () => jsonResponse(buildTaskDetail({ status: 'completed' })),
      [`GET ${EVALUATIONS}`]: () => problemResponse(503, { title: 'Dienst niet beschikbaar' }),
    });
    renderApp(`/klussen/${TASK_ID}`);
    const section = await screen.findByRole('region', { name: 'Hoe ging het?' });
    expect(await within(section).findByRole('button', { name: /opnieuw/i })).toBeInTheDocument();
  });
});
