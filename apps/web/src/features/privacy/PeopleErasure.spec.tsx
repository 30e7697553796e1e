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
import type { Person } from '../admin/admin-api';

const me = buildMe({ roles: ['employee', 'org-admin'] });
const PIET: Person = {
  id: '6f1c1b8e-0000-4000-8000-000000000011',
  displayName: 'Piet Bakker',
  email: 'piet.bakker@dordrecht.nl',
  jobTitle: 'Archivaris',
  organisationId: me.organisation.id,
  roles: ['employee'],
  lineManagerId: null,
  deactivatedAt: null,
};
const ERASURE = `/api/v1/users/${PIET.id}/erasure`;

describe('"Account verwijderen" on the people page', () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let people: Person[];
  let eraseAnswer: () => Response;

  beforeEach(() => {
    people = [PIET, { ...PIET, id: me.id, displayName: 'Anna de Vries', email: 'anna@dordrecht.nl' }];
    eraseAnswer = () => {
      people = people.map((p) =>
        p.id === PIET.id
          ? { ...p, displayName: 'oud-medewerker', email: `erased-${p.id}@invalid`, jobTitle: '' }
          : p,
      );
      return jsonResponse({ id: PIET.id, displayName: 'oud-medewerker', claimsWithdrawn: 0 });
    };
    fetchMock = mockFetch();
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      'GET /api/v1/users': () => jsonResponse({ items: people, page: 1, pageSize: 20, total: people.length }),
      [`POST ${ERASURE}`]: () => eraseAnswer(),
    });
  });

  it('asks first, saying what goes and what stays, then erases', async () => {
    const user = userEvent.setup();
    renderApp('/beheer/mensen');
    await user.click(await screen.findByRole('button', { name: 'Account verwijderen van Piet Bakker' }));
    const panel = screen.getByRole('form', { name: 'Het account van Piet Bakker definitief verwijderen?' });
    expect(panel).toHaveFocus();
    expect(panel).toHaveTextContent('"oud-medewerker"');
    expect(panel).toHaveTextContent('Dit kan niet ongedaan worden gemaakt.');
    expect(callsTo(fetchMock, 'POST', ERASURE)).toHaveLength(0);

    await user.click(within(panel).getByRole('button', { name: 'Definitief verwijderen' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Het account van Piet Bakker is verwijderd.');
    expect(callsTo(fetchMock, 'POST', ERASURE)).toHaveLength(1);
    expect(await screen.findByRole('heading', { level: 3, name: 'oud-medewerker' })).toBeVisible();
  });

  it('offers no erasure of the admin’s own account here (that is on Mijn profiel)', async () => {
    renderApp('/beheer/mensen');
    await screen.findByRole('button', { name: 'Account verwijderen van Piet Bakker' });
    expect(
      screen.queryByRole('button', { name: 'Account verwijderen van Anna de Vries' }),
    ).not.toBeInTheDocument();
  });

  it('shows why the API refuses it', async () => {
    const user = userEvent.setup();
    eraseAnswer = () =>
      problemResponse(409, {
        code: 'last-org-admin',
        detail:
          'Dit is de laatste organisatiebeheerder van de organisatie. Maak eerst iemand anders organisatiebeheerder.',
      });
    renderApp('/beheer/mensen');
    await user.click(await screen.findByRole('button', { name: 'Account verwijderen van Piet Bakker' }));
    await user.click(screen.getByRole('button', { name: 'Definitief verwijderen' }));
    expect(await screen.findByText(/laatste organisatiebeheerder/)).toBeVisible();
  });
});
