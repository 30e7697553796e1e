import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTaskDetail } from '../features/tasks/task-fixtures';
import {
  buildMe,
  type FakeRequest,
  jsonResponse,
  mockFetch,
  renderApp,
  routeApi,
  unauthenticated,
} from '../test-utils';

const MANAGER = buildMe({ roles: ['employee', 'manager'] });
const ENDED =
  'Uw sessie is verlopen of u bent uitgelogd. Log opnieuw in; wat u aan het invullen was, staat er daarna nog.';

async function fill(user: UserEvent, label: string, value: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}

// A big form: rendering it in jsdom takes a while on a busy machine.
describe('a session that ends while a page is open', { timeout: 60_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let signedIn: boolean;
  let handlers: Record<string, (request: FakeRequest) => Response>;

  beforeEach(() => {
    fetchMock = mockFetch();
    signedIn = true;
    handlers = {
      'GET /api/v1/me': () => (signedIn ? jsonResponse(MANAGER) : unauthenticated()),
      // Logged out in another tab: the next call of this one is refused.
      'POST /api/v1/tasks': () => (signedIn ? jsonResponse(buildTaskDetail(), 201) : unauthenticated()),
      'POST /api/v1/auth/login': () => {
        signedIn = true;
        return jsonResponse({ user: MANAGER });
      },
    };
    routeApi(fetchMock, handlers);
  });

  it('goes to the log-in page with the way back and a calm message, and gives the form back after logging in', async () => {
    const { router } = renderApp('/klussen/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Klus plaatsen' });
    await fill(user, 'Titel', 'Bestemmingsplan Centrum doorlichten');
    await fill(user, 'Beschrijving', 'Loop het plan na.');
    await fill(user, 'Vereiste vaardigheden', 'GIS, ');
    await fill(user, 'Geschatte uren', '2,5');
    fireEvent.change(screen.getByLabelText('Begindatum'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText('Einddatum'), { target: { value: '2027-01-31' } });

    signedIn = false;
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));

    await screen.findByRole('heading', { level: 1, name: 'Inloggen bij Klussenbank' });
    expect(screen.getByRole('status')).toHaveTextContent(ENDED);
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(new URLSearchParams(router.state.location.search).get('terug')).toBe('/klussen/nieuw');
    // No signed-in frame or "not signed in" errors left behind.
    expect(screen.queryByText(/Ingelogd als/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).not.toBeInTheDocument();

    await fill(user, 'E-mailadres', 'anna@dordrecht.nl');
    await fill(user, 'Wachtwoord', 'geheim-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    await screen.findByRole('heading', { level: 1, name: 'Klus plaatsen' });
    expect(router.state.location.pathname).toBe('/klussen/nieuw');
    expect(screen.getByLabelText('Titel')).toHaveValue('Bestemmingsplan Centrum doorlichten');
    expect(screen.getByLabelText('Beschrijving')).toHaveValue('Loop het plan na.');
    // The password is never kept.
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('geheim-wachtwoord');

    // Posted this time: the draft is gone.
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/klussen/nieuw'));
    expect(sessionStorage.length).toBe(0);
  });

  it('drops a draft when the form is left normally', async () => {
    renderApp('/klussen/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Klus plaatsen' });
    await fill(user, 'Titel', 'Half af');
    await waitFor(() => expect(sessionStorage.length).toBe(1));

    await user.click(
      within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', {
        name: 'Mijn gegevens',
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    // The form drops its draft as it unmounts (an effect's cleanup, which may run after the new page shows).
    await waitFor(() => expect(sessionStorage.length).toBe(0));
  });
});
