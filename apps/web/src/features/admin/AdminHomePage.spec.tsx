import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Me } from '../auth/auth-api';
import {
  buildMe,
  callsTo,
  type FakeRequest,
  jsonResponse,
  mockFetch,
  renderApp,
  routeApi,
} from '../../test-utils';
import { AdminHomePage } from './AdminHomePage';
import { OrganisationsPage } from './OrganisationsPage';

describe(AdminHomePage.name, () => {
  let me: Me;
  let fetchMock: ReturnType<typeof mockFetch>;
  let organisations: { id: string; name: string; kind: string }[];

  beforeEach(() => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    organisations = [{ id: buildMe().organisation.id, name: 'Gemeente Dordrecht', kind: 'municipality' }];
    fetchMock = mockFetch();
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      'GET /api/v1/me/notifications/unread-count': () => jsonResponse({ count: 0 }),
      'GET /api/v1/organisations': () =>
        jsonResponse({ items: organisations, page: 1, pageSize: 50, total: organisations.length }),
      'POST /api/v1/organisations': ({ body }: FakeRequest) => {
        const created = {
          id: '6f1c1b8e-0000-4000-8000-0000000000a9',
          ...(body as { name: string; kind: string }),
        };
        organisations = [...organisations, created];
        return jsonResponse(created, 201);
      },
    });
  });

  it('is in the menu of an org-admin, with the sections of their organisation', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(within(menu).getByRole('link', { name: 'Beheer' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Beheer' })).toBeInTheDocument();
    const sections = screen.getByRole('list', { name: 'Onderdelen van Beheer' });
    expect(
      within(sections)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Mensen', '/beheer/mensen'],
      ['Instellingen van de organisatie', '/beheer/organisatie'],
      ['Samenwerkingsverbanden', '/beheer/samenwerkingsverbanden'],
      ['Voorgestelde vaardigheden', '/vaardigheden/voorstellen'],
      ['Auditlog', '/beheer/auditlog'],
    ]);
  });

  it('adds the network’s sections for a platform admin', async () => {
    me = buildMe({ roles: ['employee', 'platform-admin'] });
    renderApp('/beheer');
    const sections = await screen.findByRole('list', { name: 'Onderdelen van Beheer' });
    expect(within(sections).getByRole('link', { name: 'Organisaties' })).toHaveAttribute(
      'href',
      '/beheer/organisaties',
    );
    expect(within(sections).getByRole('link', { name: 'Vaardigheden' })).toHaveAttribute(
      'href',
      '/beheer/vaardigheden',
    );
    expect(within(sections).getByRole('link', { name: 'Wachtrijen' })).toHaveAttribute(
      'href',
      '/admin/queues',
    );
  });

  it('is not in an employee’s menu, and its address shows the no-access page', async () => {
    me = buildMe({ roles: ['employee', 'manager'] });
    renderApp('/beheer');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(document.title).toMatch(/^Geen toegang/);
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).queryByRole('link', { name: 'Beheer' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
  });

  it('has a no-access page of its own for the API to send browsers to', async () => {
    renderApp('/geen-toegang', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'No access' })).toBeInTheDocument();
  });

  describe(OrganisationsPage.name, () => {
    it('lets a platform admin add an organisation and see it listed', async () => {
      me = buildMe({ roles: ['employee', 'platform-admin'] });
      const user = userEvent.setup();
      renderApp('/beheer/organisaties');
      expect(await screen.findByRole('heading', { level: 2, name: '1 organisatie' })).toBeInTheDocument();
      await user.type(screen.getByRole('textbox', { name: 'Naam' }), 'Gemeente Papendrecht');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Soort organisatie' }), 'gemeente');
      await user.click(screen.getByRole('button', { name: 'Organisatie toevoegen' }));
      expect(await screen.findByRole('status')).toHaveTextContent('Gemeente Papendrecht is toegevoegd.');
      expect(callsTo(fetchMock, 'POST', '/api/v1/organisations')[0]?.body).toEqual({
        name: 'Gemeente Papendrecht',
        kind: 'municipality',
      });
      expect(await screen.findByRole('heading', { level: 2, name: '2 organisaties' })).toBeInTheDocument();
    });

    it('is not for org-admins', async () => {
      renderApp('/beheer/organisaties');
      expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
      expect(callsTo(fetchMock, 'GET', '/api/v1/organisations')).toHaveLength(0);
    });
  });
});
