import { screen } from '@testing-library/react';
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
import { buildProfile } from '../my-profile/profile-fixtures';
import { ChangePasswordForm } from './ChangePasswordForm';

const PASSWORD = '/api/v1/me/password';
const LOAD = { timeout: 5_000 };

describe(ChangePasswordForm.name, { timeout: 30_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let answer: () => Response;

  beforeEach(() => {
    fetchMock = mockFetch();
    answer = () => new Response(null, { status: 204 });
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      'GET /api/v1/me/profile': () => jsonResponse(buildProfile()),
      [`PUT ${PASSWORD}`]: () => answer(),
    });
  });

  const fill = async (
    user: ReturnType<typeof userEvent.setup>,
    current: string,
    next: string,
    repeat = next,
  ) => {
    await user.type(screen.getByLabelText('Huidig wachtwoord'), current);
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), next);
    await user.type(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), repeat);
    await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
  };

  it('changes my password on the profile page and says I am signed out elsewhere', async () => {
    const user = userEvent.setup();
    renderApp('/mijn-profiel');
    await screen.findByRole('heading', { level: 2, name: 'Wachtwoord wijzigen' }, LOAD);
    await fill(user, 'mijn-oude-wachtwoord', 'paarse olifant op de fiets');

    expect(
      await screen.findByText(/Uw wachtwoord is gewijzigd\. Op andere apparaten bent u uitgelogd\./),
    ).toBeVisible();
    expect(callsTo(fetchMock, 'PUT', PASSWORD)[0]?.body).toEqual({
      currentPassword: 'mijn-oude-wachtwoord',
      newPassword: 'paarse olifant op de fiets',
    });
    expect(screen.getByLabelText('Huidig wachtwoord')).toHaveValue('');
  });

  it('shows a wrong current password and a weak new one at their fields, all at once', async () => {
    answer = () =>
      problemResponse(400, {
        title: 'Ongeldige invoer',
        detail: '2 velden zijn niet goed ingevuld.',
        code: 'invalid-input',
        invalidParams: [
          { name: 'currentPassword', code: 'wrong-password', reason: 'Dit is niet uw huidige wachtwoord.' },
          {
            name: 'newPassword',
            code: 'weak-password',
            reason: 'Gebruik uw naam of e-mailadres niet in uw wachtwoord.',
          },
        ],
      });
    const user = userEvent.setup();
    renderApp('/mijn-profiel');
    await screen.findByRole('heading', { level: 2, name: 'Wachtwoord wijzigen' }, LOAD);
    await fill(user, 'verkeerd', 'anna-de-vries-fietst');

    const current = screen.getByLabelText('Huidig wachtwoord');
    await expect.poll(() => current).toHaveAccessibleDescription('Dit is niet uw huidige wachtwoord.');
    expect(current).toHaveFocus();
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveAccessibleDescription(
      /Gebruik uw naam of e-mailadres niet in uw wachtwoord\./,
    );
  });

  it('asks nothing of the API while the new password is too short or typed differently', async () => {
    const user = userEvent.setup();
    renderApp('/mijn-profiel');
    await screen.findByRole('heading', { level: 2, name: 'Wachtwoord wijzigen' }, LOAD);
    await fill(user, 'mijn-oude-wachtwoord', 'een lange nieuwe zin', 'een lange nieuwe zim');
    expect(screen.getByLabelText('Herhaal het nieuwe wachtwoord')).toHaveAccessibleDescription(
      /De wachtwoorden zijn niet hetzelfde/,
    );
    expect(callsTo(fetchMock, 'PUT', PASSWORD)).toHaveLength(0);
  });
});
