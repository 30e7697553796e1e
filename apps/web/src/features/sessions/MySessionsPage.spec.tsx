import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildMe, callsTo, jsonResponse, mockFetch, renderApp, routeApi } from '../../test-utils';
import { MySessionsPage } from './MySessionsPage';
import type { Session } from './sessions-api';

const session = (id: string, fields: Partial<Session> = {}): Session => ({
  id: `6f1c1b8e-0000-4000-8000-0000000000${id}`,
  browser: 'Chrome',
  os: 'Windows',
  ipAddress: '192.0.2.10',
  authMethod: 'password',
  createdAt: '2026-12-04T08:00:00.000Z',
  lastSeenAt: '2026-12-05T09:30:00.000Z',
  expiresAt: '2026-12-05T21:30:00.000Z',
  current: false,
  ...fields,
});

describe(MySessionsPage.name, () => {
  let sessions: Session[];
  let fetchMock: ReturnType<typeof mockFetch>;

  beforeEach(() => {
    sessions = [
      session('21', { current: true }),
      session('22', { browser: 'Safari', os: 'iOS', authMethod: 'oidc', ipAddress: '198.51.100.7' }),
      session('23', { browser: null, os: null, ipAddress: null }),
    ];
    fetchMock = mockFetch();
    const handlers = {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      'GET /api/v1/me/sessions': () => jsonResponse(sessions),
      'DELETE /api/v1/me/sessions': () => {
        const ended = sessions.filter((s) => !s.current).length;
        sessions = sessions.filter((s) => s.current);
        return jsonResponse({ ended });
      },
      ...Object.fromEntries(
        sessions.map((s) => [
          `DELETE /api/v1/me/sessions/${s.id}`,
          () => {
            sessions = sessions.filter((other) => other.id !== s.id);
            return new Response(null, { status: 204 });
          },
        ]),
      ),
    };
    routeApi(fetchMock, handlers);
  });

  it('lists my sessions with device, way of signing in, address and times; this one is marked', async () => {
    renderApp('/mijn-profiel/sessies');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn sessies' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: '3 actieve sessies' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Mijn sessies' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Chrome op Windows · deze sessie', 'Safari op iOS', 'Onbekend apparaat']);
    const safari = screen.getByRole('heading', { level: 3, name: 'Safari op iOS' }).closest('li')!;
    expect(safari).toHaveTextContent('Ingelogd via uw organisatie · IP-adres 198.51.100.7');
    expect(safari).toHaveTextContent(/laatst gebruikt 5 december 2026/);
  });

  it('ends one session only after a confirmation', async () => {
    const user = userEvent.setup();
    renderApp('/mijn-profiel/sessies');
    await user.click(await screen.findByRole('button', { name: 'Sessie beëindigen: Safari op iOS' }));
    const panel = screen.getByRole('form', { name: 'De sessie op Safari op iOS beëindigen?' });
    expect(panel).toHaveFocus();
    expect(callsTo(fetchMock, 'DELETE', `/api/v1/me/sessions/${sessions[1].id}`)).toHaveLength(0);
    await user.click(within(panel).getByRole('button', { name: 'Ja, beëindig de sessie' }));
    expect(await screen.findByRole('status')).toHaveTextContent('De sessie op Safari op iOS is beëindigd.');
    expect(await screen.findByRole('heading', { level: 2, name: '2 actieve sessies' })).toBeInTheDocument();
  });

  it('ends all other sessions and keeps this one', async () => {
    const user = userEvent.setup();
    renderApp('/mijn-profiel/sessies');
    await user.click(await screen.findByRole('button', { name: 'Alle andere sessies beëindigen' }));
    const panel = screen.getByRole('form', { name: 'Alle 2 andere sessies beëindigen?' });
    await user.click(within(panel).getByRole('button', { name: 'Ja, beëindig ze' }));
    expect(await screen.findByRole('status')).toHaveTextContent('De 2 andere sessies zijn beëindigd.');
    expect(await screen.findByRole('heading', { level: 2, name: '1 actieve sessie' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Alle andere sessies beëindigen' })).not.toBeInTheDocument();
    expect(callsTo(fetchMock, 'DELETE', '/api/v1/me/sessions')).toHaveLength(1);
  });

  it('is linked from Mijn profiel', async () => {
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      'GET /api/v1/me/profile': () => new Response(null, { status: 503 }),
      'GET /api/v1/me/calendar-feed': () => jsonResponse({ exists: false, createdAt: null }),
    });
    renderApp('/mijn-profiel');
    expect(await screen.findByRole('link', { name: 'Mijn sessies bekijken' })).toHaveAttribute(
      'href',
      '/mijn-profiel/sessies',
    );
  });
});
