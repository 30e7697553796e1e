import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Me } from '../auth/auth-api';
import { buildMe, callsTo, jsonResponse, mockFetch, renderApp, routeApi } from '../../test-utils';
import type { AuditEvent } from './admin-api';
import { AuditLogPage } from './AuditLogPage';

const ORGANISATION = buildMe().organisation.id;
const ACTOR = '6f1c1b8e-0000-4000-8000-0000000000b1';

const event = (id: string, fields: Partial<AuditEvent> = {}): AuditEvent => ({
  id,
  occurredAt: '2026-12-05T09:30:00.000Z',
  action: 'user.roles-changed',
  actor: { id: ACTOR, name: 'Anna de Vries' },
  organisation: { id: ORGANISATION, name: 'Gemeente Dordrecht' },
  object: { type: 'user', id: '6f1c1b8e-0000-4000-8000-0000000000b2' },
  ipAddress: '192.0.2.10',
  details: { from: ['employee'], to: ['employee', 'manager'] },
  ...fields,
});

describe(AuditLogPage.name, () => {
  let me: Me;
  let fetchMock: ReturnType<typeof mockFetch>;
  let total: number;

  beforeEach(() => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    total = 2;
    fetchMock = mockFetch();
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      'GET /api/v1/audit-events': ({ url }) =>
        jsonResponse({
          items: url.searchParams.get('action')
            ? [event('2', { action: 'login.failed', actor: null, details: { method: 'password' } })]
            : [event('1'), event('2', { action: 'login.failed', actor: null, details: {} })],
          page: Number(url.searchParams.get('page') ?? 1),
          pageSize: 25,
          total,
        }),
      'GET /api/v1/organisations': () =>
        jsonResponse({
          items: [{ id: ORGANISATION, name: 'Gemeente Dordrecht', kind: 'municipality' }],
          page: 1,
          pageSize: 100,
          total: 1,
        }),
    });
  });

  it('shows the events in a labelled, focusable table with Dutch labels per action', async () => {
    renderApp('/beheer/auditlog');
    expect(await screen.findByRole('heading', { level: 1, name: 'Auditlog' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: '2 gebeurtenissen' })).toBeInTheDocument();
    const region = screen.getByRole('region', { name: 'Gebeurtenissen, nieuwste eerst' });
    expect(region).toHaveAttribute('tabindex', '0');
    const rows = within(region).getAllByRole('row');
    expect(within(rows[1]).getByRole('rowheader')).toHaveTextContent('Rollen gewijzigd');
    expect(rows[1]).toHaveTextContent('Anna de Vries');
    expect(rows[1]).toHaveTextContent('192.0.2.10');
    expect(within(rows[2]).getByRole('rowheader')).toHaveTextContent('Inloggen mislukt');
    expect(rows[2]).toHaveTextContent('Niet ingelogd');
    // An org-admin's log is their organisation's: no organisation filter.
    expect(screen.queryByRole('combobox', { name: 'Organisatie' })).not.toBeInTheDocument();
  });

  it('filters through the address, and the CSV link carries the same filters', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/beheer/auditlog');
    await screen.findByRole('heading', { level: 2, name: '2 gebeurtenissen' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Actie' }), 'Inloggen mislukt');
    await user.type(screen.getByLabelText('Van'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Filteren' }));

    expect(router.state.location.search).toBe('?actie=login.failed&van=2026-12-01');
    const last = callsTo(fetchMock, 'GET', '/api/v1/audit-events').at(-1);
    expect(last?.url.searchParams.getAll('action')).toEqual(['login.failed']);
    expect(last?.url.searchParams.get('from')).toBe('2026-12-01');
    expect(screen.getByRole('link', { name: 'Downloaden als CSV' })).toHaveAttribute(
      'href',
      '/api/v1/audit-events/export?action=login.failed&from=2026-12-01',
    );
  });

  it('lets a platform admin choose an organisation, and pages', async () => {
    me = buildMe({ roles: ['employee', 'platform-admin'] });
    total = 60;
    renderApp('/beheer/auditlog');
    expect(await screen.findByRole('combobox', { name: 'Organisatie' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /3/ })).toHaveAttribute(
      'href',
      '/beheer/auditlog?pagina=3',
    );
  });

  it('says so when nothing matches', async () => {
    total = 0;
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      'GET /api/v1/audit-events': () => jsonResponse({ items: [], page: 1, pageSize: 25, total: 0 }),
    });
    renderApp('/beheer/auditlog');
    expect(await screen.findByText('Geen gebeurtenissen gevonden met deze filters.')).toBeInTheDocument();
  });
});
