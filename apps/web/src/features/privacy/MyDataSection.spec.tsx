import { screen, within } from '@testing-library/react';
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
import { MyDataSection } from './MyDataSection';
import type { DataExport } from './privacy-api';

const EXPORTS = '/api/v1/me/data-exports';
const LOAD = { timeout: 5_000 };
const READY: DataExport = {
  id: '7d1c1b8e-0000-4000-8000-000000000001',
  status: 'ready',
  requestedAt: '2026-12-01T09:00:00.000Z',
  readyAt: '2026-12-01T09:00:30.000Z',
  expiresAt: '2026-12-08T09:00:30.000Z',
  sizeBytes: 2048,
  downloadUrl: '/api/v1/me/data-exports/7d1c1b8e-0000-4000-8000-000000000001/download',
};
const PENDING: DataExport = {
  id: '7d1c1b8e-0000-4000-8000-000000000002',
  status: 'pending',
  requestedAt: '2026-12-05T10:00:00.000Z',
  readyAt: null,
  expiresAt: null,
  sizeBytes: null,
  downloadUrl: null,
};

describe(MyDataSection.name, { timeout: 30_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let exports: DataExport[];
  let eraseAnswer: () => Response;
  const me = buildMe();

  beforeEach(() => {
    fetchMock = mockFetch();
    exports = [READY];
    eraseAnswer = () => jsonResponse({ id: me.id, displayName: 'oud-medewerker', claimsWithdrawn: 0 });
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      'GET /api/v1/me/profile': () => jsonResponse(buildProfile()),
      'GET /api/v1/me/calendar-feed': () => jsonResponse({ exists: false, createdAt: null }),
      [`GET ${EXPORTS}`]: () => jsonResponse({ items: exports }),
      [`POST ${EXPORTS}`]: () => {
        exports = [PENDING, ...exports];
        return jsonResponse(PENDING, 201);
      },
      'DELETE /api/v1/me': () => eraseAnswer(),
      'POST /api/v1/auth/sso/logout': () => problemResponse(401, { code: 'unauthenticated' }),
    });
  });

  const section = () => screen.findByRole('region', { name: 'Mijn gegevens' }, LOAD);

  it('lists my downloads with their status and a link, and asks for a new one', async () => {
    const user = userEvent.setup();
    renderApp('/mijn-profiel');
    const mine = await section();
    const link = await within(mine).findByRole('link', { name: /^Download het bestand van/ }, LOAD);
    expect(link).toHaveAttribute('href', READY.downloadUrl);
    expect(link).toHaveAttribute('download');
    expect(mine).toHaveTextContent('Klaar, te downloaden tot');

    await user.click(within(mine).getByRole('button', { name: 'Mijn gegevens downloaden' }));
    expect(await within(mine).findByRole('status')).toHaveTextContent('Uw aanvraag is ontvangen');
    expect(mine).toHaveTextContent('Wordt klaargezet');
    expect(callsTo(fetchMock, 'POST', EXPORTS)).toHaveLength(1);
    // While one is being made, the list can be asked again.
    await user.click(within(mine).getByRole('button', { name: 'Status bijwerken' }));
    expect(callsTo(fetchMock, 'GET', EXPORTS).length).toBeGreaterThanOrEqual(2);
  });

  it('says so when there is none yet', async () => {
    exports = [];
    renderApp('/mijn-profiel');
    const mine = await section();
    expect(await within(mine).findByText('U heeft nog geen download aangevraagd.', {}, LOAD)).toBeVisible();
  });

  it('deletes the account only after saying what goes and what stays, the e-mail typed and the password', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/mijn-profiel');
    const erase = await screen.findByRole('region', { name: 'Account verwijderen' }, LOAD);
    await user.click(within(erase).getByRole('button', { name: 'Account verwijderen…' }));

    const question = within(erase).getByRole('heading', {
      name: 'Weet u zeker dat u uw account wilt verwijderen?',
    });
    expect(question).toHaveFocus();
    expect(erase).toHaveTextContent('Wat verdwijnt');
    expect(erase).toHaveTextContent('Wat blijft, zonder uw naam ("oud-medewerker")');
    expect(erase).toHaveTextContent('de uren die u gaf of ontving');

    // A wrong address is caught before anything is sent.
    const confirmation = within(erase).getByRole('textbox', { name: /Typ uw e-mailadres/ });
    await user.type(confirmation, 'iemand@anders.nl');
    await user.click(within(erase).getByRole('button', { name: 'Mijn account definitief verwijderen' }));
    expect(confirmation).toHaveFocus();
    expect(confirmation).toHaveAccessibleDescription(/Typ uw e-mailadres precies zoals hierboven/);
    expect(callsTo(fetchMock, 'DELETE', '/api/v1/me')).toHaveLength(0);

    // The API's word on the password lands at the field.
    eraseAnswer = () =>
      problemResponse(400, {
        code: 'invalid-input',
        invalidParams: [
          { name: 'password', code: 'wrong-password', reason: 'Dit is niet uw huidige wachtwoord.' },
        ],
      });
    await user.clear(confirmation);
    await user.type(confirmation, me.email.toUpperCase());
    const password = within(erase).getByLabelText('Uw wachtwoord');
    await user.type(password, 'verkeerd');
    await user.click(within(erase).getByRole('button', { name: 'Mijn account definitief verwijderen' }));
    await expect.poll(() => document.activeElement).toBe(password);
    expect(password).toHaveAccessibleDescription(/Dit is niet uw huidige wachtwoord/);

    eraseAnswer = () => jsonResponse({ id: me.id, displayName: 'oud-medewerker', claimsWithdrawn: 1 });
    await user.clear(password);
    await user.type(password, 'een-lang-testwachtwoord');
    await user.click(within(erase).getByRole('button', { name: 'Mijn account definitief verwijderen' }));
    await expect.poll(() => router.state.location.pathname, LOAD).toBe('/inloggen');
    expect(callsTo(fetchMock, 'DELETE', '/api/v1/me').at(-1)?.body).toEqual({
      confirmation: me.email.toUpperCase(),
      password: 'een-lang-testwachtwoord',
    });
  });

  it('"Terug" closes the question without deleting anything', async () => {
    const user = userEvent.setup();
    renderApp('/mijn-profiel');
    const erase = await screen.findByRole('region', { name: 'Account verwijderen' }, LOAD);
    await user.click(within(erase).getByRole('button', { name: 'Account verwijderen…' }));
    await user.click(within(erase).getByRole('button', { name: 'Terug' }));
    expect(within(erase).getByRole('button', { name: 'Account verwijderen…' })).toHaveFocus();
    expect(callsTo(fetchMock, 'DELETE', '/api/v1/me')).toHaveLength(0);
  });
});
