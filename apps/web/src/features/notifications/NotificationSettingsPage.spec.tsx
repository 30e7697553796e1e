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
import type { NotificationPreferences } from './notification-api';
import { NotificationSettingsPage } from './NotificationSettingsPage';

const PREFERENCES = '/api/v1/me/notification-preferences';
const LOAD = { timeout: 5_000 };

describe(NotificationSettingsPage.name, { timeout: 60_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let preferences: NotificationPreferences;
  let putAnswer: ((request: FakeRequest) => Response) | undefined;

  beforeEach(() => {
    fetchMock = mockFetch();
    preferences = { inApp: 'immediately', email: 'daily' };
    putAnswer = undefined;
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      [`GET ${PREFERENCES}`]: () => jsonResponse(preferences),
      [`PUT ${PREFERENCES}`]: (request) => {
        if (putAnswer) return putAnswer(request);
        preferences = request.body as NotificationPreferences;
        return jsonResponse(preferences);
      },
    });
  });

  it('shows per channel how often I hear of things', async () => {
    renderApp('/mijn-profiel/meldingen');

    const inApp = await screen.findByRole('group', { name: 'In de app' }, LOAD);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Instellingen voor meldingen' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Instellingen voor meldingen – Klussenbank'));
    expect(
      within(inApp)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['immediately', 'off']);
    expect(within(inApp).getByRole('radio', { name: 'Direct' })).toBeChecked();
    const email = screen.getByRole('group', { name: 'E-mail' });
    expect(
      within(email)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['immediately', 'daily', 'weekly', 'off']);
    expect(within(email).getByRole('radio', { name: 'Dagelijks overzicht' })).toBeChecked();
    expect(email).toHaveAccessibleDescription('E-mails gaan naar anna.de.vries@dordrecht.klussenbank.test.');
    expect(screen.getByRole('link', { name: 'Terug naar Mijn profiel' })).toHaveAttribute(
      'href',
      '/mijn-profiel',
    );
  });

  it('saves a new choice and confirms it', async () => {
    const user = userEvent.setup();
    renderApp('/mijn-profiel/meldingen');
    const inApp = await screen.findByRole('group', { name: 'In de app' }, LOAD);
    const email = screen.getByRole('group', { name: 'E-mail' });

    await user.click(within(inApp).getByRole('radio', { name: 'Uit' }));
    await user.click(within(email).getByRole('radio', { name: 'Wekelijks overzicht' }));
    await user.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Uw instellingen voor meldingen zijn opgeslagen.',
    );
    expect(callsTo(fetchMock, 'PUT', PREFERENCES)[0]?.body).toEqual({ inApp: 'off', email: 'weekly' });
    expect(within(email).getByRole('radio', { name: 'Wekelijks overzicht' })).toBeChecked();
  });

  it("shows the API's reason when it refuses", async () => {
    putAnswer = () =>
      problemResponse(400, {
        title: 'Ongeldige invoer',
        invalidParams: [
          { name: 'email', code: 'isIn', reason: 'Kies een van: immediately, daily, weekly, off.' },
        ],
      });
    const user = userEvent.setup();
    renderApp('/mijn-profiel/meldingen');

    await user.click(await screen.findByRole('button', { name: 'Instellingen opslaan' }, LOAD));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Kies een van: immediately, daily, weekly, off.',
    );
  });

  it('offers a retry when the settings cannot be loaded, and speaks English', async () => {
    let failing = true;
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      [`GET ${PREFERENCES}`]: () =>
        failing ? problemResponse(500, { title: 'Fout' }) : jsonResponse(preferences),
    });
    const user = userEvent.setup();
    renderApp('/mijn-profiel/meldingen', { language: 'en' });

    expect(await screen.findByRole('alert', {}, LOAD)).toHaveTextContent('The data could not be loaded.');
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const email = await screen.findByRole('group', { name: 'E-mail' });
    expect(within(email).getByRole('radio', { name: 'Daily summary' })).toBeChecked();
    expect(screen.getByRole('heading', { level: 1, name: 'Notification settings' })).toBeInTheDocument();
  });
});
