// Drives the whole app (a feature page shows the problem), so it sits with the app, not in shared/.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError, type Problem } from '../api/client';
import { buildTaskDetail, TASK_ID } from '../features/tasks/task-fixtures';
import { createI18n, type Language } from '../i18n/i18n';
import { buildMe, jsonResponse, mockFetch, problemResponse, renderApp, routeApi } from '../test-utils';
import { apiErrorDetail, invalidParamsOf } from '../shared/api-error';

const CLAIMS = `/api/v1/tasks/${TASK_ID}/claims`;
/** The first render loads the whole app; under a busy machine that takes longer than the default second. */
const LOAD = { timeout: 5_000 };

describe('refusals in the client’s own words', () => {
  let fetchMock: ReturnType<typeof mockFetch>;

  const refuseClaimWith = (problem: Record<string, unknown>) =>
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      [`GET /api/v1/tasks/${TASK_ID}`]: () => jsonResponse(buildTaskDetail()),
      [`POST ${CLAIMS}`]: () => problemResponse(409, { title: 'Conflict', ...problem }),
    });

  const claim = async (language: Language, button: string) => {
    renderApp(`/klussen/${TASK_ID}`, { language });
    await userEvent.setup().click(await screen.findByRole('button', { name: button }, LOAD));
    return screen.findByRole('alert', {}, LOAD);
  };

  beforeEach(() => {
    fetchMock = mockFetch();
  });

  it('shows its own translation of a known code, in the chosen language', async () => {
    refuseClaimWith({ code: 'task-full', detail: 'Tekst van de API.' });
    expect(await claim('en', 'Sign up')).toHaveTextContent('This klus is full.');
  });

  it('shows its own Dutch translation of a known code', async () => {
    refuseClaimWith({ code: 'task-full', detail: 'Tekst van de API.' });
    const alert = await claim('nl', 'Inschrijven');
    expect(alert).toHaveTextContent('Deze klus is vol.');
    expect(alert).not.toHaveTextContent('Tekst van de API.');
  });

  it('falls back to the API’s text for a code it does not know', async () => {
    refuseClaimWith({ code: 'brand-new-refusal', detail: 'Text written by the API.' });
    expect(await claim('en', 'Sign up')).toHaveTextContent('Text written by the API.');
  });
});

/** The refusal and its field errors as a form's summary lists them. */
function Reasons({ error }: { error: unknown }) {
  return (
    <ul aria-label={apiErrorDetail(error)}>
      {invalidParamsOf(error).map((param) => (
        <li key={param.name}>{`${param.name}: ${param.reason}`}</li>
      ))}
    </ul>
  );
}

describe(invalidParamsOf.name, () => {
  it('translates each field error with a known code and keeps the API’s reason for the others', () => {
    const problem: Problem = {
      status: 400,
      title: 'Ongeldige invoer',
      detail: '4 velden zijn niet goed ingevuld.',
      code: 'invalid-input',
      invalidParams: [
        { name: 'extra', code: 'unknown-property', reason: 'Dit veld is onbekend.' },
        { name: 'capacity', code: 'not-an-integer', reason: 'Vul een heel aantal plekken in.' },
        { name: 'motivation', code: 'required', reason: 'Tell briefly why you want to do this klus.' },
        { name: 'title', code: 'some-future-code', reason: 'Reason from the API.' },
      ],
    };
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <Reasons error={new ApiError(400, problem)} />
      </I18nextProvider>,
    );

    expect(screen.getByRole('list')).toHaveAccessibleName('4 fields are not filled in correctly.');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'extra: This field is unknown.',
      'capacity: Must be a whole number.',
      'motivation: Tell briefly why you want to do this klus.',
      'title: Reason from the API.',
    ]);
  });
});
