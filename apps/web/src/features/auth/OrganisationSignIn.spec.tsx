import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  jsonResponse,
  mockFetch,
  problemResponse,
  renderApp,
  routeFetch,
  unauthenticated,
} from '../../test-utils';
import { OrganisationSignIn } from './OrganisationSignIn';

const DISCOVERY = '/api/v1/auth/sso/discovery';

describe(OrganisationSignIn.name, () => {
  let fetchMock: ReturnType<typeof mockFetch>;

  beforeEach(() => {
    fetchMock = mockFetch();
  });

  const signInWith = async (email: string) => {
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Werk-e-mailadres' }), email);
    await user.click(screen.getByRole('button', { name: 'Inloggen met uw organisatie' }));
  };

  it('says so when the organisation has no provider, and the password form stays', async () => {
    routeFetch(fetchMock, {
      'GET /api/v1/me': () => unauthenticated(),
      [`POST ${DISCOVERY}`]: () => jsonResponse({ method: 'password' }),
    });
    renderApp('/inloggen');
    await signInWith('anna@elders.nl');
    expect(await screen.findByText(/geen eigen inlogdienst/)).toBeInTheDocument();
    expect(screen.getByLabelText('Wachtwoord')).toBeInTheDocument();
  });

  it("shows the API's words when the provider is down", async () => {
    routeFetch(fetchMock, {
      'GET /api/v1/me': () => unauthenticated(),
      [`POST ${DISCOVERY}`]: () =>
        problemResponse(503, {
          code: 'identity-provider-unavailable',
          detail: 'De inlogdienst van Gemeente Oss is nu niet bereikbaar.',
        }),
    });
    renderApp('/inloggen');
    await signInWith('anna@oss.nl');
    expect(
      await screen.findByText('De inlogdienst van Gemeente Oss is nu niet bereikbaar.'),
    ).toBeInTheDocument();
  });

  it('explains a failed sign-in the API sent back', async () => {
    routeFetch(fetchMock, { 'GET /api/v1/me': () => unauthenticated() });
    renderApp('/inloggen?sso-fout=token-invalid');
    expect(await screen.findByRole('alert')).toHaveTextContent('kon niet worden vertrouwd');
  });

  it('asks for a work e-mail before going anywhere', async () => {
    routeFetch(fetchMock, { 'GET /api/v1/me': () => unauthenticated() });
    renderApp('/inloggen');
    await signInWith('anna');
    expect(await screen.findByText(/Vul uw e-mailadres van het werk in/)).toBeInTheDocument();
  });
});
