import { screen, waitFor, within } from '@testing-library/react';
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
  setCookie,
  unauthenticated,
} from '../../test-utils';
import { AppShell } from './AppShell';

const ME = '/api/v1/me';
const LOGOUT = '/api/v1/auth/sso/logout';

describe(AppShell.name, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let signedIn: boolean;
  let logoutResponse: () => Response;

  beforeEach(() => {
    fetchMock = mockFetch();
    signedIn = true;
    logoutResponse = () => {
      signedIn = false;
      return jsonResponse({ endSessionUrl: null });
    };
    routeFetch(fetchMock, {
      [`GET ${ME}`]: () => (signedIn ? jsonResponse(buildMe()) : unauthenticated()),
      [`POST ${LOGOUT}`]: () => logoutResponse(),
    });
  });

  it('has a skip link, a header with the user, a labelled navigation, a main and a footer', async () => {
    renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toHaveAttribute('href', '#inhoud');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'inhoud');
    const banner = screen.getByRole('banner');
    expect(banner).toHaveTextContent('Klussenbank');
    expect(banner).toHaveTextContent('Anna de Vries');
    expect(banner).toHaveTextContent('Gemeente Dordrecht');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    const navigation = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(navigation).getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page');
    expect(within(navigation).getByRole('link', { name: 'Mijn gegevens' })).not.toHaveAttribute(
      'aria-current',
    );
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await waitFor(() => expect(document.title).toBe('Start – Klussenbank'));
  });

  it('navigates inside the app and moves focus to the new heading', async () => {
    const { router } = renderApp('/');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' });

    await user.click(screen.getByRole('link', { name: 'Mijn gegevens' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    expect(router.state.location.pathname).toBe('/mijn-gegevens');
    // Focus moves once the page has rendered its heading (an effect after the render).
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Mijn gegevens' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(document.title).toBe('Mijn gegevens – Klussenbank'));
  });

  it('moves focus to the heading of a page that loads after the click, not leaving it on the menu link', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' });
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });

    await user.click(within(menu).getByRole('link', { name: 'Dossiers' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Dossiers' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('leaves focus alone on the first load', async () => {
    renderApp('/mijn-gegevens');
    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    expect(document.body).toHaveFocus();
  });

  it('logs out with the CSRF cookie as header and confirms it on the log-in page', async () => {
    setCookie('kb_csrf', 'csrf-token-from-cookie');
    const { router } = renderApp('/mijn-gegevens');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });

    await user.click(screen.getByRole('button', { name: 'Uitloggen' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Inloggen bij Klussenbank' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('U bent uitgelogd.');
    expect(router.state.location.pathname).toBe('/inloggen');
    const [[, init]] = requestsTo(fetchMock, 'POST', LOGOUT);
    expect(new Headers(init?.headers).get('X-CSRF-Token')).toBe('csrf-token-from-cookie');
    expect(init?.credentials).toBe('same-origin');
  });

  it('stays signed in and says so when logging out fails', async () => {
    logoutResponse = () => problemResponse(503, { title: 'Niet beschikbaar', code: 'unavailable' });
    renderApp('/');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' });

    await user.click(screen.getByRole('button', { name: 'Uitloggen' }));

    // The start page's blocks may show alerts of their own (their data is not faked here).
    expect(
      (await screen.findByText('Uitloggen is niet gelukt. Probeer het opnieuw.')).closest('[role="alert"]'),
    ).not.toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Welkom, Anna de Vries');
  });

  it('switches to English, remembers it and sets the page language', async () => {
    renderApp('/');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' });
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Anna de Vries' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My details' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(document.title).toBe('Home – Klussenbank'));
    expect(localStorage.getItem('klussenbank.language')).toBe('en');
  });

  it('starts in the remembered language', async () => {
    signedIn = false;
    localStorage.setItem('klussenbank.language', 'en');
    renderApp('/inloggen');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Log in to Klussenbank' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('E-mail address')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log in' })).toBeInTheDocument();
  });

  it('offers a retry when the user cannot be loaded', async () => {
    let failing = true;
    routeFetch(fetchMock, {
      [`GET ${ME}`]: () =>
        failing ? problemResponse(500, { title: 'Fout', code: 'internal' }) : jsonResponse(buildMe()),
    });
    renderApp('/');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Er ging iets mis' })).toBeInTheDocument();
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' }),
    ).toBeInTheDocument();
  });

  it('shows a loading state until the user is known', async () => {
    let answer: (response: Response) => void = () => undefined;
    fetchMock.mockImplementation(() => new Promise<Response>((resolve) => (answer = resolve)));
    renderApp('/');

    expect(await screen.findByRole('status')).toHaveTextContent('Uw gegevens worden geladen…');
    answer(jsonResponse(buildMe()));
    await waitFor(() => expect(screen.queryByText('Uw gegevens worden geladen…')).not.toBeInTheDocument());
  });

  it('shows a not-found page with a way home for unknown addresses', async () => {
    renderApp('/bestaat-niet');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
  });

  it('shows the not-found page to visitors without a session too', async () => {
    signedIn = false;
    renderApp('/bestaat-niet');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' }),
    ).toBeInTheDocument();
    // No main menu; only the footer's links to the statements.
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('navigation').map((nav) => nav.getAttribute('aria-label'))).toEqual([
      'Over Klussenbank',
    ]);
  });
});
