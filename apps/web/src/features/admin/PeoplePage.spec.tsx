import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../auth/auth-api';
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
import type { Person } from './admin-api';
import { PeoplePage } from './PeoplePage';

const ORGANISATION = buildMe().organisation.id;
const OTHER_ORGANISATION = '6f1c1b8e-0000-4000-8000-0000000000a2';

const person = (id: string, displayName: string, fields: Partial<Person> = {}): Person => ({
  id: `6f1c1b8e-0000-4000-8000-0000000000${id}`,
  displayName,
  email: `${displayName.toLowerCase().replaceAll(' ', '.')}@dordrecht.nl`,
  jobTitle: 'Archivaris',
  organisationId: ORGANISATION,
  roles: ['employee'],
  lineManagerId: null,
  deactivatedAt: null,
  ...fields,
});

describe(PeoplePage.name, () => {
  let me: Me;
  let people: Person[];
  let fetchMock: ReturnType<typeof mockFetch>;
  let resetAnswer: () => Response;
  const piet = () => people[0];

  beforeEach(() => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    people = [
      person('11', 'Piet Bakker'),
      person('12', 'Marloes de Wit', { roles: ['employee', 'manager'] }),
      person('13', 'Sanne Visser', { roles: ['employee', 'manager'] }),
    ];
    resetAnswer = () => new Response(null, { status: 204 });
    fetchMock = mockFetch();
    const answer = (id: string, change: (p: Person) => Person) => {
      people = people.map((p) => (p.id === id ? change(p) : p));
      return jsonResponse(people.find((p) => p.id === id));
    };
    const handlers: Record<string, (request: FakeRequest) => Response> = {
      'GET /api/v1/me': () => jsonResponse(me),
      'GET /api/v1/users': ({ url }) => {
        const q = url.searchParams.get('q')?.toLowerCase() ?? '';
        const role = url.searchParams.get('role');
        const organisationId = url.searchParams.get('organisationId');
        const items = people.filter(
          (p) =>
            p.organisationId === organisationId &&
            (!role || p.roles.includes(role as Person['roles'][number])) &&
            (p.displayName.toLowerCase().includes(q) || p.email.includes(q)),
        );
        return jsonResponse({ items, page: 1, pageSize: 20, total: items.length });
      },
      'GET /api/v1/organisations': () =>
        jsonResponse({
          items: [
            { id: ORGANISATION, name: 'Gemeente Dordrecht', kind: 'municipality' },
            { id: OTHER_ORGANISATION, name: 'Gemeente Zwijndrecht', kind: 'municipality' },
          ],
          page: 1,
          pageSize: 100,
          total: 2,
        }),
    };
    for (const p of people) {
      handlers[`PATCH /api/v1/users/${p.id}`] = ({ body }) =>
        answer(p.id, (current) => ({ ...current, ...(body as Partial<Person>) }));
      handlers[`POST /api/v1/users/${p.id}/deactivation`] = () =>
        answer(p.id, (current) => ({ ...current, deactivatedAt: '2026-12-05T10:00:00.000Z' }));
      handlers[`POST /api/v1/users/${p.id}/reactivation`] = () =>
        answer(p.id, (current) => ({ ...current, deactivatedAt: null }));
      handlers[`POST /api/v1/users/${p.id}/password-reset`] = () => resetAnswer();
      handlers[`DELETE /api/v1/users/${p.id}/sessions`] = () => jsonResponse({ ended: 2 });
    }
    routeApi(fetchMock, handlers);
  });

  it('finds people of the organisation by name, with the search in the address', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/beheer/mensen');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mensen' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: '3 mensen' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Zoek op naam of e-mailadres' }), 'bakker{Enter}');

    expect(
      await screen.findByRole('heading', { level: 2, name: '1 persoon gevonden voor ‘bakker’' }),
    ).toBeVisible();
    const list = screen.getByRole('list', { name: 'Mensen' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Piet Bakker']);
    expect(router.state.location.search).toBe('?zoek=bakker');
    const search = callsTo(fetchMock, 'GET', '/api/v1/users').at(-1);
    expect(search?.url.searchParams.get('q')).toBe('bakker');
    expect(search?.url.searchParams.get('organisationId')).toBe(ORGANISATION);
  });

  it('says so when nobody is found', async () => {
    const user = userEvent.setup();
    renderApp('/beheer/mensen');
    await user.type(await screen.findByRole('searchbox'), 'niemand{Enter}');
    expect(await screen.findByText(/Niemand gevonden/)).toBeInTheDocument();
  });

  it('changes roles and the line manager', async () => {
    const user = userEvent.setup();
    renderApp('/beheer/mensen');

    await user.click(
      await screen.findByRole('button', { name: 'Rollen en leidinggevende wijzigen van Piet Bakker' }),
    );
    const form = screen.getByRole('form', { name: 'Rollen en leidinggevende wijzigen van Piet Bakker' });
    // An org-admin does not hand out the platform-admin role.
    expect(within(form).queryByRole('checkbox', { name: /platformbeheerder/ })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('checkbox', { name: /^manager/ }));
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Leidinggevende' }),
      'Marloes de Wit',
    );
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'De gegevens van Piet Bakker zijn opgeslagen.',
    );
    expect(callsTo(fetchMock, 'PATCH', `/api/v1/users/${piet().id}`)[0]?.body).toEqual({
      roles: ['employee', 'manager'],
      lineManagerId: people[1].id,
    });
    // The list is read again: the card shows what the API now holds.
    await vi.waitFor(() => {
      const card = screen.getByRole('heading', { level: 3, name: 'Piet Bakker' }).closest('li');
      expect(card).toHaveTextContent('Rollen: medewerker en manager');
      expect(card).toHaveTextContent('Leidinggevende: Marloes de Wit');
    });
  });

  it('switches an account off only after a confirmation that says what happens, and on again', async () => {
    const user = userEvent.setup();
    renderApp('/beheer/mensen');

    await user.click(await screen.findByRole('button', { name: 'Account uitzetten van Piet Bakker' }));
    const panel = screen.getByRole('form', { name: 'Het account van Piet Bakker uitzetten?' });
    expect(panel).toHaveFocus();
    expect(panel).toHaveTextContent('wordt meteen uitgelogd, op elk apparaat, en kan niet meer inloggen');
    expect(panel).toHaveTextContent(
      'Inschrijvingen op klussen die nog niet begonnen zijn worden ingetrokken; de plaatser krijgt daarvan bericht.',
    );
    expect(callsTo(fetchMock, 'POST', `/api/v1/users/${piet().id}/deactivation`)).toHaveLength(0);

    // Terug: nothing happens and focus returns to the button.
    await user.click(within(panel).getByRole('button', { name: 'Terug' }));
    expect(screen.getByRole('button', { name: 'Account uitzetten van Piet Bakker' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Ja, zet het account uit' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Het account van Piet Bakker staat uit.');
    expect(callsTo(fetchMock, 'POST', `/api/v1/users/${piet().id}/deactivation`)).toHaveLength(1);
    expect(await screen.findByText('Account uitgezet op 5 december 2026')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Account weer aanzetten van Piet Bakker' }));
    await user.click(screen.getByRole('button', { name: 'Ja, zet het account aan' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Het account van Piet Bakker staat weer aan.',
    );
    // The list reloads after the answer: wait for the row to show the account as on.
    expect(await screen.findByRole('button', { name: 'Account uitzetten van Piet Bakker' })).toBeVisible();
  });

  it('ends someone’s sessions only after a confirmation, and says how many', async () => {
    const user = userEvent.setup();
    renderApp('/beheer/mensen');

    await user.click(await screen.findByRole('button', { name: 'Sessies beëindigen van Piet Bakker' }));
    const panel = screen.getByRole('form', { name: 'Alle sessies van Piet Bakker beëindigen?' });
    expect(panel).toHaveFocus();
    expect(panel).toHaveTextContent('wordt meteen uitgelogd, op elk apparaat');
    expect(callsTo(fetchMock, 'DELETE', `/api/v1/users/${piet().id}/sessions`)).toHaveLength(0);
    await user.click(within(panel).getByRole('button', { name: 'Ja, beëindig de sessies' }));

    expect(await screen.findByRole('status')).toHaveTextContent('2 sessies van Piet Bakker zijn beëindigd.');
    expect(callsTo(fetchMock, 'DELETE', `/api/v1/users/${piet().id}/sessions`)).toHaveLength(1);
  });

  it('offers no switch-off for the admin’s own account', async () => {
    people.push(person('14', 'Anna de Vries', { id: me.id, roles: ['employee', 'org-admin'] }));
    renderApp('/beheer/mensen');
    await screen.findByRole('button', { name: 'Rollen en leidinggevende wijzigen van Anna de Vries' });
    expect(
      screen.queryByRole('button', { name: 'Account uitzetten van Anna de Vries' }),
    ).not.toBeInTheDocument();
  });

  it('shows the API’s reason when a change is refused', async () => {
    const user = userEvent.setup();
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      'GET /api/v1/users': () => jsonResponse({ items: [piet()], page: 1, pageSize: 20, total: 1 }),
      [`POST /api/v1/users/${piet().id}/deactivation`]: () =>
        problemResponse(403, {
          title: 'Geen toegang',
          detail: 'U beheert alleen de mensen van uw eigen organisatie.',
          code: 'forbidden',
        }),
    });
    renderApp('/beheer/mensen');
    await user.click(await screen.findByRole('button', { name: 'Account uitzetten van Piet Bakker' }));
    await user.click(screen.getByRole('button', { name: 'Ja, zet het account uit' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'U beheert alleen de mensen van uw eigen organisatie.',
    );
  });

  it('sends someone a link to set a password, after confirming', async () => {
    const user = userEvent.setup();
    renderApp('/beheer/mensen');
    await user.click(
      await screen.findByRole('button', { name: 'Stuur link om wachtwoord in te stellen naar Piet Bakker' }),
    );
    const panel = screen.getByRole('form', {
      name: 'Een link sturen naar Piet Bakker (piet.bakker@dordrecht.nl)?',
    });
    expect(panel).toHaveFocus();
    const reset = `/api/v1/users/${piet().id}/password-reset`;
    expect(callsTo(fetchMock, 'POST', reset)).toHaveLength(0);
    await user.click(within(panel).getByRole('button', { name: 'Ja, stuur de link' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'De link is verstuurd naar piet.bakker@dordrecht.nl.',
    );
    expect(callsTo(fetchMock, 'POST', reset)).toHaveLength(1);
  });

  it('says so when the link could not be sent, and keeps the question open', async () => {
    resetAnswer = () =>
      problemResponse(503, {
        title: 'Dienst niet beschikbaar',
        detail: 'De e-mail kon nu niet worden verstuurd. Probeer het later opnieuw.',
        code: 'mail-unavailable',
      });
    const user = userEvent.setup();
    renderApp('/beheer/mensen');
    await user.click(
      await screen.findByRole('button', { name: 'Stuur link om wachtwoord in te stellen naar Piet Bakker' }),
    );
    await user.click(screen.getByRole('button', { name: 'Ja, stuur de link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('De e-mail kon nu niet worden verstuurd.');
    expect(screen.getByRole('button', { name: 'Ja, stuur de link' })).toBeVisible();
  });

  it('lets a platform admin choose the organisation', async () => {
    me = buildMe({ roles: ['employee', 'platform-admin'] });
    people.push(person('21', 'Kees Jansen', { organisationId: OTHER_ORGANISATION }));
    const user = userEvent.setup();
    renderApp('/beheer/mensen');
    await screen.findByRole('heading', { level: 3, name: 'Piet Bakker' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Organisatie' }), 'Gemeente Zwijndrecht');
    expect(await screen.findByRole('heading', { level: 3, name: 'Kees Jansen' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: 'Piet Bakker' })).not.toBeInTheDocument();
  });

  it('speaks English when asked', async () => {
    renderApp('/beheer/mensen', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Switch account off for Piet Bakker' })).toBeVisible();
  });

  it('shows an employee the no-access page and asks the API for nobody', async () => {
    me = buildMe();
    renderApp('/beheer/mensen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(callsTo(fetchMock, 'GET', '/api/v1/users')).toHaveLength(0);
  });
});
