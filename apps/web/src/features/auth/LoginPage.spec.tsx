import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildMe,
  jsonResponse,
  mockFetch,
  problemResponse,
  renderApp,
  requestsTo,
  routeFetch,
  unauthenticated,
} from '../../test-utils';
import { LoginPage } from './LoginPage';

const LOGIN = '/api/v1/auth/login';
const ME = '/api/v1/me';

describe(LoginPage.name, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let signedIn: boolean;

  const answerLoginWith = (response: () => Response) =>
    routeFetch(fetchMock, {
      [`GET ${ME}`]: () => (signedIn ? jsonResponse(buildMe()) : unauthenticated()),
      [`POST ${LOGIN}`]: response,
    });

  const fillIn = async (email: string, password: string) => {
    const user = userEvent.setup();
    if (email) await user.type(screen.getByLabelText('E-mailadres'), email);
    if (password) await user.type(screen.getByLabelText('Wachtwoord'), password);
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    return user;
  };

  beforeEach(() => {
    fetchMock = mockFetch();
    signedIn = false;
    answerLoginWith(() => {
      signedIn = true;
      return jsonResponse({
        tokenType: 'Bearer',
        expiresAt: '2026-11-24T19:00:00.000Z',
        csrfToken: 'csrf-1',
      });
    });
  });

  it('shows its heading, labelled fields and a page title', async () => {
    renderApp('/inloggen');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Inloggen bij Klussenbank' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'E-mailadres' })).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('Wachtwoord')).toHaveAttribute('type', 'password');
    await waitFor(() => expect(document.title).toBe('Inloggen – Klussenbank'));
  });

  it('says where to get a password when it is forgotten, or was never set', async () => {
    renderApp('/inloggen');

    expect(
      await screen.findByText(
        /Vraag de beheerder van uw organisatie om een link waarmee u zelf een wachtwoord instelt/,
      ),
    ).toBeInTheDocument();
  });

  it('shows both field errors at once, linked to their fields, and focuses the first', async () => {
    renderApp('/inloggen');
    await screen.findByRole('heading', { level: 1 });

    await fillIn('', '');

    const email = screen.getByLabelText('E-mailadres');
    const password = screen.getByLabelText('Wachtwoord');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Vul uw e-mailadres in.');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription('Vul uw wachtwoord in.');
    expect(email).toHaveFocus();
    expect(requestsTo(fetchMock, 'POST', LOGIN)).toHaveLength(0);
  });

  it('rejects a malformed address and focuses the password when only that is missing', async () => {
    renderApp('/inloggen');
    await screen.findByRole('heading', { level: 1 });

    const user = await fillIn('anna@dordrecht', 'welkom');
    expect(screen.getByLabelText('E-mailadres')).toHaveAccessibleDescription(
      'Vul een geldig e-mailadres in.',
    );
    expect(screen.getByLabelText('Wachtwoord')).not.toHaveAttribute('aria-invalid');

    await user.clear(screen.getByLabelText('E-mailadres'));
    await user.type(screen.getByLabelText('E-mailadres'), 'anna@dordrecht.nl');
    await user.clear(screen.getByLabelText('Wachtwoord'));
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(screen.getByLabelText('E-mailadres')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Wachtwoord')).toHaveFocus();
  });

  it("shows the API's detail in an alert when the credentials are wrong", async () => {
    answerLoginWith(() =>
      problemResponse(401, {
        title: 'Niet ingelogd',
        detail: 'Het e-mailadres of het wachtwoord klopt niet.',
        code: 'invalid-credentials',
      }),
    );
    renderApp('/inloggen');
    await screen.findByRole('heading', { level: 1 });

    await fillIn('anna.de.vries@dordrecht.klussenbank.test', 'fout-wachtwoord');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Het e-mailadres of het wachtwoord klopt niet.',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Inloggen bij Klussenbank');
    expect(screen.getByRole('button', { name: 'Inloggen' })).not.toHaveAttribute('aria-busy');
  });

  it('shows the detail of a 429 as well', async () => {
    const detail = 'Te veel mislukte inlogpogingen. Probeer het over 14 minuten opnieuw.';
    answerLoginWith(() =>
      problemResponse(429, { title: 'Te veel verzoeken', detail, code: 'too-many-login-attempts' }),
    );
    renderApp('/inloggen');
    await screen.findByRole('heading', { level: 1 });

    await fillIn('anna.de.vries@dordrecht.klussenbank.test', 'welkom-bij-klussenbank');

    expect(await screen.findByRole('alert')).toHaveTextContent(detail);
  });

  it('puts the reasons of a 400 beside the fields they belong to', async () => {
    answerLoginWith(() =>
      problemResponse(400, {
        title: 'Ongeldige invoer',
        detail: '1 veld is niet goed ingevuld.',
        code: 'invalid-input',
        invalidParams: [{ name: 'email', code: 'isEmail', reason: 'Dit e-mailadres kennen wij niet zo.' }],
      }),
    );
    renderApp('/inloggen');
    await screen.findByRole('heading', { level: 1 });

    await fillIn('anna@dordrecht.nl', 'welkom');

    await waitFor(() =>
      expect(screen.getByLabelText('E-mailadres')).toHaveAccessibleDescription(
        'Dit e-mailadres kennen wij niet zo.',
      ),
    );
    expect(screen.getByLabelText('E-mailadres')).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the API cannot be reached', async () => {
    answerLoginWith(() => {
      throw new TypeError('Failed to fetch');
    });
    renderApp('/inloggen');
    await screen.findByRole('heading', { level: 1 });

    await fillIn('anna@dordrecht.nl', 'welkom');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Inloggen is niet gelukt. Probeer het later opnieuw.',
    );
  });

  it('is busy while logging in and sends the request once', async () => {
    let answer: (response: Response) => void = () => undefined;
    fetchMock.mockImplementation((input) =>
      input === LOGIN
        ? new Promise<Response>((resolve) => (answer = resolve))
        : Promise.resolve(unauthenticated()),
    );
    renderApp('/inloggen');
    await screen.findByRole('heading', { level: 1 });

    const user = await fillIn('anna@dordrecht.nl', 'welkom');
    const button = screen.getByRole('button', { name: 'Inloggen' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    await user.click(button);
    expect(requestsTo(fetchMock, 'POST', LOGIN)).toHaveLength(1);

    answer(
      problemResponse(401, { title: 'Niet ingelogd', detail: 'Klopt niet.', code: 'invalid-credentials' }),
    );
    await waitFor(() => expect(button).not.toHaveAttribute('aria-busy'));
  });

  it('logs in with a cookie session and goes to the start page', async () => {
    renderApp('/inloggen');
    await screen.findByRole('heading', { level: 1 });

    await fillIn(' Anna.de.Vries@dordrecht.klussenbank.test', 'welkom-bij-klussenbank');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' }),
    ).toBeInTheDocument();
    const [[, init]] = requestsTo(fetchMock, 'POST', LOGIN);
    expect(typeof init?.body === 'string' && JSON.parse(init.body)).toEqual({
      email: 'anna.de.vries@dordrecht.klussenbank.test',
      password: 'welkom-bij-klussenbank',
      cookie: true,
    });
    expect(init?.credentials).toBe('same-origin');
  });

  it('returns to the page the visitor wanted after logging in', async () => {
    const { router } = renderApp('/mijn-gegevens');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Inloggen bij Klussenbank' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inloggen');

    await fillIn('anna.de.vries@dordrecht.klussenbank.test', 'welkom-bij-klussenbank');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/mijn-gegevens');
  });

  it('sends a visitor who is already logged in on to the start page', async () => {
    signedIn = true;
    const { router } = renderApp('/inloggen');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
