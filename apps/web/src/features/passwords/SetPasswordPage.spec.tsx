import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  callsTo,
  jsonResponse,
  mockFetch,
  problemResponse,
  renderApp,
  routeApi,
  unauthenticated,
} from '../../test-utils';
import { SetPasswordPage } from './SetPasswordPage';

const TOKEN = 'Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmE';
const LINK = `/api/v1/password-resets/${TOKEN}`;
const LOAD = { timeout: 5_000 };

describe(SetPasswordPage.name, { timeout: 30_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let linkAnswer: () => Response;
  let postAnswer: () => Response;

  beforeEach(() => {
    fetchMock = mockFetch();
    linkAnswer = () =>
      jsonResponse({ purpose: 'invite', email: 'piet.bakker@oss.nl', expiresAt: '2026-12-11T10:00:00.000Z' });
    postAnswer = () => new Response(null, { status: 204 });
    routeApi(fetchMock, {
      'GET /api/v1/me': unauthenticated,
      [`GET ${LINK}`]: () => linkAnswer(),
      [`POST ${LINK}`]: () => postAnswer(),
    });
  });

  it('lets a newcomer who is not signed in choose a first password', async () => {
    const user = userEvent.setup();
    renderApp(`/wachtwoord-instellen/${TOKEN}`);

    await screen.findByRole('heading', { level: 1, name: 'Wachtwoord instellen' }, LOAD);
    expect(await screen.findByText(/Kies een wachtwoord voor uw account piet\.bakker@oss\.nl/)).toBeVisible();
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'paarse olifant op de fiets');
    await user.type(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), 'paarse olifant op de fiets');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Uw wachtwoord is opgeslagen. U kunt nu inloggen.',
    );
    expect(callsTo(fetchMock, 'POST', LINK)[0]?.body).toEqual({ newPassword: 'paarse olifant op de fiets' });
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/inloggen');
  });

  it('checks length and the repetition itself, and shows the API’s reason beside the field', async () => {
    const user = userEvent.setup();
    renderApp(`/wachtwoord-instellen/${TOKEN}`);
    const password = await screen.findByLabelText('Nieuw wachtwoord', undefined, LOAD);
    const repeat = screen.getByLabelText('Herhaal het nieuwe wachtwoord');
    const save = screen.getByRole('button', { name: 'Wachtwoord opslaan' });

    await user.type(password, 'kort');
    await user.click(save);
    expect(password).toHaveAccessibleDescription(/Gebruik minstens 12 tekens\./);
    expect(password).toHaveFocus();

    await user.clear(password);
    await user.type(password, 'passwordpassword');
    await user.type(repeat, 'passwordpasswort');
    await user.click(save);
    expect(repeat).toHaveAccessibleDescription(/De wachtwoorden zijn niet hetzelfde/);
    expect(callsTo(fetchMock, 'POST', LINK)).toHaveLength(0);

    postAnswer = () =>
      problemResponse(400, {
        title: 'Ongeldige invoer',
        detail: 'Eén veld is niet goed ingevuld.',
        code: 'invalid-input',
        invalidParams: [
          {
            name: 'newPassword',
            code: 'weak-password',
            reason: 'Dit wachtwoord komt voor in lijsten van veelgebruikte of uitgelekte wachtwoorden.',
          },
        ],
      });
    await user.clear(repeat);
    await user.type(repeat, 'passwordpassword');
    await user.click(save);
    expect(await screen.findByText(/veelgebruikte of uitgelekte wachtwoorden\./)).toBeVisible();
    expect(password).toHaveFocus();
  });

  it('says when the link no longer works, in the API’s words', async () => {
    linkAnswer = () =>
      problemResponse(410, {
        title: 'Link werkt niet meer',
        detail: 'Deze link werkt niet meer: hij is al gebruikt, verlopen of vervangen door een nieuwere.',
        code: 'password-link-gone',
      });
    renderApp(`/wachtwoord-instellen/${TOKEN}`);
    expect(await screen.findByRole('alert', undefined, LOAD)).toHaveTextContent(
      'hij is al gebruikt, verlopen of vervangen door een nieuwere',
    );
    expect(screen.queryByLabelText('Nieuw wachtwoord')).not.toBeInTheDocument();
  });
});
