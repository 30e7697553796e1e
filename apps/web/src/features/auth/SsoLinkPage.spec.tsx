import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  jsonResponse,
  mockFetch,
  problemResponse,
  renderApp,
  routeFetch,
  unauthenticated,
} from '../../test-utils';
import { SsoLinkPage } from './SsoLinkPage';

const LINK = '/api/v1/auth/sso/link';

describe(SsoLinkPage.name, () => {
  it('asks for the existing account’s password and shows a wrong one', async () => {
    const fetchMock = mockFetch();
    routeFetch(fetchMock, {
      'GET /api/v1/me': () => unauthenticated(),
      [`GET ${LINK}`]: () =>
        jsonResponse({ email: 'kees@oss.nl', organisationName: 'Gemeente Oss', providerName: 'Entra ID' }),
      [`POST ${LINK}`]: () =>
        problemResponse(401, {
          code: 'invalid-credentials',
          detail: 'Het e-mailadres of het wachtwoord klopt niet.',
        }),
    });
    renderApp('/inloggen/koppelen');
    expect(await screen.findByText(/kees@oss.nl/)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Wachtwoord'), 'fout-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Koppelen en inloggen' }));
    expect(await screen.findByText('Het e-mailadres of het wachtwoord klopt niet.')).toBeInTheDocument();
  });

  it('says so when no link waits', async () => {
    const fetchMock = mockFetch();
    routeFetch(fetchMock, {
      'GET /api/v1/me': () => unauthenticated(),
      [`GET ${LINK}`]: () => problemResponse(410, { code: 'sso-link-gone' }),
    });
    renderApp('/inloggen/koppelen');
    expect(await screen.findByText(/Er wacht geen koppeling/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/inloggen');
  });
});
