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
import type { MemberImpact, Partnership } from './admin-api';
import { PartnershipsPage } from './PartnershipsPage';

const DORDRECHT = { id: '6f1c1b8e-0000-4000-8000-0000000000a1', name: 'Gemeente Dordrecht' };
const ZWIJNDRECHT = { id: '6f1c1b8e-0000-4000-8000-0000000000a2', name: 'Gemeente Zwijndrecht' };
const SLIEDRECHT = { id: '6f1c1b8e-0000-4000-8000-0000000000a3', name: 'Gemeente Sliedrecht' };
const DRECHTSTEDEN_ID = '6f1c1b8e-0000-4000-8000-0000000000b1';

describe(PartnershipsPage.name, () => {
  let me: Me;
  let drechtsteden: Partnership;
  let impact: MemberImpact;
  let fetchMock: ReturnType<typeof mockFetch>;

  beforeEach(() => {
    me = buildMe({ roles: ['employee', 'platform-admin'] });
    drechtsteden = {
      id: DRECHTSTEDEN_ID,
      name: 'Drechtsteden',
      slug: 'drechtsteden',
      description: 'Samen werken in de regio.',
      organisations: [DORDRECHT, ZWIJNDRECHT],
      hourRate: null,
    };
    impact = {
      member: false,
      ownTasksForPartnership: 0,
      ownTasksForAllPartnerships: 0,
      partnerTasks: 7,
      runningDossiers: 2,
      peopleInDossierTeams: 0,
    };
    fetchMock = mockFetch();
    const base = `/api/v1/partnerships/${DRECHTSTEDEN_ID}/organisations`;
    const handlers: Record<string, (request: FakeRequest) => Response> = {
      'GET /api/v1/me': () => jsonResponse(me),
      'GET /api/v1/partnerships': () =>
        jsonResponse({ items: [drechtsteden], page: 1, pageSize: 20, total: 1 }),
      [`GET /api/v1/partnerships/${DRECHTSTEDEN_ID}`]: () => jsonResponse(drechtsteden),
      'GET /api/v1/partnerships/6f1c1b8e-0000-4000-8000-0000000000b2': () =>
        jsonResponse({ ...drechtsteden, id: me.partnerships[1].id, name: 'Netwerk Anders Samenwerken' }),
      'GET /api/v1/organisations': () =>
        jsonResponse({
          items: [DORDRECHT, ZWIJNDRECHT, SLIEDRECHT].map((o) => ({ ...o, kind: 'municipality' })),
          page: 1,
          pageSize: 100,
          total: 3,
        }),
    };
    for (const organisation of [DORDRECHT, ZWIJNDRECHT, SLIEDRECHT]) {
      handlers[`GET ${base}/${organisation.id}/impact`] = () => jsonResponse(impact);
      handlers[`PUT ${base}/${organisation.id}`] = () => {
        drechtsteden = { ...drechtsteden, organisations: [...drechtsteden.organisations, organisation] };
        return new Response(null, { status: 204 });
      };
      handlers[`DELETE ${base}/${organisation.id}`] = () => {
        drechtsteden = {
          ...drechtsteden,
          organisations: drechtsteden.organisations.filter((o) => o.id !== organisation.id),
        };
        return new Response(null, { status: 204 });
      };
    }
    routeApi(fetchMock, handlers);
  });

  it('shows an org-admin the partnerships of their organisation with the members, read-only', async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    renderApp('/beheer/samenwerkingsverbanden');
    const list = await screen.findByRole('list', { name: 'Samenwerkingsverbanden' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['Drechtsteden', 'Netwerk Anders Samenwerken']);
    expect(await within(list).findAllByText('Gemeente Zwijndrecht')).toHaveLength(2);
    expect(within(list).queryByRole('button')).not.toBeInTheDocument();
    expect(callsTo(fetchMock, 'GET', '/api/v1/partnerships')).toHaveLength(0);
  });

  it('lets a platform admin add a member after a confirmation with the counts of what it opens up', async () => {
    const user = userEvent.setup();
    renderApp('/beheer/samenwerkingsverbanden');
    const form = await screen.findByRole('form', { name: 'Organisatie toevoegen aan Drechtsteden' });
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Organisatie toevoegen' }),
      'Gemeente Sliedrecht',
    );
    await user.click(within(form).getByRole('button', { name: 'Toevoegen' }));

    const panel = await screen.findByRole('form', {
      name: 'Gemeente Sliedrecht toevoegen aan Drechtsteden?',
    });
    expect(panel).toHaveFocus();
    expect(panel).toHaveTextContent('zien daarna 7 lopende klussen en 2 lopende dossier(s)');
    expect(
      callsTo(fetchMock, 'PUT', `/api/v1/partnerships/${DRECHTSTEDEN_ID}/organisations/${SLIEDRECHT.id}`),
    ).toHaveLength(0);
    await user.click(within(panel).getByRole('button', { name: 'Ja, voeg toe' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Gemeente Sliedrecht is toegevoegd aan Drechtsteden.',
    );
    expect(
      callsTo(fetchMock, 'PUT', `/api/v1/partnerships/${DRECHTSTEDEN_ID}/organisations/${SLIEDRECHT.id}`),
    ).toHaveLength(1);
    expect(
      await screen.findByRole('button', { name: 'Eruit halen: Gemeente Sliedrecht uit Drechtsteden' }),
    ).toBeVisible();
  });

  it('says what removing a member does to klussen, dossiers and teams before it happens', async () => {
    impact = {
      member: true,
      ownTasksForPartnership: 3,
      ownTasksForAllPartnerships: 1,
      partnerTasks: 5,
      runningDossiers: 2,
      peopleInDossierTeams: 4,
    };
    const user = userEvent.setup();
    renderApp('/beheer/samenwerkingsverbanden');
    await user.click(
      await screen.findByRole('button', { name: 'Eruit halen: Gemeente Zwijndrecht uit Drechtsteden' }),
    );
    const panel = await screen.findByRole('form', { name: 'Gemeente Zwijndrecht uit Drechtsteden halen?' });
    expect(panel).toHaveTextContent(
      '3 lopende klussen van Gemeente Zwijndrecht voor dit samenwerkingsverband blijven zichtbaar voor de leden tot ze aflopen.',
    );
    expect(panel).toHaveTextContent(
      '1 lopende klus die Gemeente Zwijndrecht met al haar samenwerkingsverbanden deelt',
    );
    expect(panel).toHaveTextContent(
      'zien 5 lopende klussen van de andere leden en 2 lopende dossier(s) niet meer',
    );
    expect(panel).toHaveTextContent('4 mensen van Gemeente Zwijndrecht zitten in het team van zo');

    await user.click(within(panel).getByRole('button', { name: 'Terug' }));
    expect(
      screen.getByRole('button', { name: 'Eruit halen: Gemeente Zwijndrecht uit Drechtsteden' }),
    ).toHaveFocus();
    expect(
      callsTo(fetchMock, 'DELETE', `/api/v1/partnerships/${DRECHTSTEDEN_ID}/organisations/${ZWIJNDRECHT.id}`),
    ).toHaveLength(0);
  });

  it('adds a partnership, naming the field that is missing', async () => {
    let created: unknown;
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      'GET /api/v1/partnerships': () => jsonResponse({ items: [], page: 1, pageSize: 20, total: 0 }),
      'GET /api/v1/organisations': () => jsonResponse({ items: [], page: 1, pageSize: 100, total: 0 }),
      'POST /api/v1/partnerships': ({ body }) => {
        created = body;
        return jsonResponse({ ...drechtsteden, name: 'Regio Alblasserwaard', organisations: [] }, 201);
      },
    });
    const user = userEvent.setup();
    renderApp('/beheer/samenwerkingsverbanden');
    expect(await screen.findByText('Er zijn nog geen samenwerkingsverbanden.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Samenwerkingsverband toevoegen' }));
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveAccessibleDescription('Vul een naam in.');
    await user.type(screen.getByRole('textbox', { name: 'Naam' }), 'Regio Alblasserwaard');
    await user.click(screen.getByRole('button', { name: 'Samenwerkingsverband toevoegen' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Samenwerkingsverband Regio Alblasserwaard is toegevoegd.',
    );
    expect(created).toEqual({ name: 'Regio Alblasserwaard', description: '', organisationIds: [] });
  });
});
