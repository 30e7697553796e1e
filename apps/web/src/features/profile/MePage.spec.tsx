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
  problemResponse,
  renderApp,
  routeApi,
} from '../../test-utils';
import { MePage } from './MePage';

/** The value (dd) that belongs to a key (dt) in the data list. */
function valueOf(key: string): HTMLElement {
  const term = screen.getByText(key, { selector: 'dt' });
  const value = term.nextElementSibling;
  if (!(value instanceof HTMLElement) || value.tagName !== 'DD') throw new Error(`No value for ${key}`);
  return value;
}

describe(MePage.name, () => {
  let me: Me;
  let fetchMock: ReturnType<typeof mockFetch>;
  let consentRequired: boolean;
  let findableWithinOrganisation: boolean;
  let emailDomains: string[];
  let patchAnswer: (() => Response) | undefined;
  let resetAnswer: () => Response;
  let hourCapPerMonth: number | null;
  let hourCapMode: string;
  let team: Record<string, unknown>[];
  let capAnswer: ((request: FakeRequest) => Response) | undefined;
  const ORGANISATION = `/api/v1/organisations/${buildMe().organisation.id}`;
  const USERS = '/api/v1/users';
  const PIET = {
    id: '6f1c1b8e-0000-4000-8000-000000000009',
    displayName: 'Piet Bakker',
    email: 'piet.bakker@dordrecht.nl',
  };
  const RESET = `/api/v1/users/${PIET.id}/password-reset`;

  beforeEach(() => {
    me = buildMe();
    consentRequired = false;
    findableWithinOrganisation = true;
    emailDomains = [];
    patchAnswer = undefined;
    resetAnswer = () => new Response(null, { status: 204 });
    hourCapPerMonth = null;
    hourCapMode = 'refuse';
    team = [];
    capAnswer = undefined;
    fetchMock = mockFetch();
    const organisation = () =>
      jsonResponse({
        id: me.organisation.id,
        name: me.organisation.name,
        consentRequired,
        findableWithinOrganisation,
        emailDomains,
        hourCapPerMonth,
        hourCapMode,
      });
    routeApi(fetchMock, {
      'GET /api/v1/me/team/hour-caps': () => jsonResponse({ items: team }),
      [`PUT /api/v1/users/${PIET.id}/hour-cap`]: (request: FakeRequest) =>
        capAnswer
          ? capAnswer(request)
          : jsonResponse({
              ...team[0],
              personalCap: (request.body as { hourCapPerMonth: number | null }).hourCapPerMonth,
            }),
      'GET /api/v1/me': () => jsonResponse(me),
      [`GET ${ORGANISATION}`]: organisation,
      [`GET ${USERS}`]: () =>
        jsonResponse({
          items: [
            {
              ...PIET,
              jobTitle: 'Archivaris',
              organisationId: me.organisation.id,
              roles: ['employee'],
              lineManagerId: null,
            },
          ],
          page: 1,
          pageSize: 50,
          total: 1,
        }),
      [`POST ${RESET}`]: () => resetAnswer(),
      'GET /api/v1/ledger/team-hours': () => jsonResponse({ items: [], page: 1, pageSize: 20, total: 0 }),
      [`PATCH ${ORGANISATION}`]: (request: FakeRequest) => {
        if (patchAnswer) return patchAnswer();
        const body = request.body as {
          consentRequired?: boolean;
          findableWithinOrganisation?: boolean;
          emailDomains?: string[];
          hourCapPerMonth?: number | null;
          hourCapMode?: string;
        };
        if (body.hourCapPerMonth !== undefined) hourCapPerMonth = body.hourCapPerMonth;
        hourCapMode = body.hourCapMode ?? hourCapMode;
        consentRequired = body.consentRequired ?? consentRequired;
        findableWithinOrganisation = body.findableWithinOrganisation ?? findableWithinOrganisation;
        emailDomains = body.emailDomains ?? emailDomains;
        return organisation();
      },
    });
  });

  it('shows who the user is, their organisation and its partnerships', async () => {
    me = buildMe({ roles: ['employee', 'manager', 'org-admin'] });
    renderApp('/mijn-gegevens');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeInTheDocument();
    expect(valueOf('Naam')).toHaveTextContent('Anna de Vries');
    expect(valueOf('E-mailadres')).toHaveTextContent('anna.de.vries@dordrecht.klussenbank.test');
    expect(valueOf('Functie')).toHaveTextContent('Beleidsmedewerker ruimtelijke ordening');
    expect(valueOf('Organisatie')).toHaveTextContent('Gemeente Dordrecht (gemeente)');
    const partnerships = within(valueOf('Samenwerkingsverbanden')).getAllByRole('listitem');
    expect(partnerships.map((item) => item.textContent)).toEqual([
      'Drechtsteden',
      'Netwerk Anders Samenwerken',
    ]);
    expect(valueOf('Rollen')).toHaveTextContent('medewerker, manager en organisatiebeheerder');
    expect(valueOf('Leidinggevende')).toHaveTextContent('Marloes de Wit');
  });

  it('names what is missing instead of leaving it blank', async () => {
    me = buildMe({
      jobTitle: '',
      roles: ['employee', 'platform-admin'],
      organisation: {
        ...buildMe().organisation,
        name: 'Sociale Dienst Drechtsteden',
        kind: 'shared-service-centre',
      },
      partnerships: [],
      lineManager: null,
    });
    renderApp('/mijn-gegevens');

    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    expect(valueOf('Samenwerkingsverbanden')).toHaveTextContent('Geen samenwerkingsverbanden');
    expect(within(valueOf('Samenwerkingsverbanden')).queryByRole('list')).not.toBeInTheDocument();
    expect(valueOf('Leidinggevende')).toHaveTextContent(/^Geen$/);
    expect(valueOf('Functie')).toHaveTextContent('Niet ingevuld');
    expect(valueOf('Organisatie')).toHaveTextContent('Sociale Dienst Drechtsteden (shared service center)');
    expect(valueOf('Rollen')).toHaveTextContent('medewerker en platformbeheerder');
  });

  it('speaks English when asked', async () => {
    me = buildMe({ organisation: { ...buildMe().organisation, kind: 'joint-body' } });
    renderApp('/mijn-gegevens', { language: 'en' });

    expect(await screen.findByRole('heading', { level: 1, name: 'My details' })).toBeInTheDocument();
    expect(valueOf('Organisation')).toHaveTextContent('Gemeente Dordrecht (joint body)');
    expect(valueOf('Roles')).toHaveTextContent('employee');
    expect(valueOf('Line manager')).toHaveTextContent('Marloes de Wit');
  });

  it("shows a line manager their people's hours and lets them set a lower personal cap", async () => {
    team = [
      {
        userId: PIET.id,
        name: PIET.displayName,
        cap: 16,
        organisationCap: 16,
        personalCap: null,
        mode: 'refuse',
        month: '2026-12',
        plannedHours: 12.5,
        hoursLeft: 3.5,
      },
    ];
    const user = userEvent.setup();
    renderApp('/mijn-gegevens');

    const table = await screen.findByRole('table', { name: 'Geplande klusuren deze maand per medewerker' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Medewerker', 'Gepland deze maand', 'Maximum per maand']);
    const row = within(table).getByRole('row', { name: /Piet Bakker/ });
    expect(row).toHaveTextContent('12,5 uur');
    expect(row).toHaveTextContent('16 uur (organisatie)');

    capAnswer = () =>
      problemResponse(400, {
        title: 'Ongeldige invoer',
        detail: 'Controleer de invoer.',
        code: 'invalid-input',
        invalidParams: [
          {
            name: 'hourCapPerMonth',
            reason:
              'Het persoonlijke maximum mag niet hoger zijn dan dat van de organisatie (16 uur per maand).',
          },
        ],
      });
    const field = screen.getByRole('textbox', { name: 'Persoonlijk maximum klusuren per maand' });
    await user.type(field, '20');
    await user.click(screen.getByRole('button', { name: 'Persoonlijk maximum opslaan' }));
    expect(
      await screen.findByText(/niet hoger zijn dan dat van de organisatie/, { selector: 'p, div' }),
    ).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');

    capAnswer = undefined;
    await user.clear(field);
    await user.type(field, '8');
    await user.click(screen.getByRole('button', { name: 'Persoonlijk maximum opslaan' }));
    expect(
      await screen.findByText('Opgeslagen: Piet Bakker heeft nu een maximum van 8 klusuren per maand.'),
    ).toBeInTheDocument();
    expect(callsTo(fetchMock, 'PUT', `/api/v1/users/${PIET.id}/hour-cap`).at(-1)?.body).toEqual({
      hourCapPerMonth: 8,
    });
  });

  it("shows the organisation's admin the way to its settings under Beheer", async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    renderApp('/mijn-gegevens');
    const link = await screen.findByRole('link', { name: 'Naar de instellingen van de organisatie' });
    expect(link).toHaveAttribute('href', '/beheer/organisatie');
    // The settings themselves live there, not here.
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(callsTo(fetchMock, 'GET', ORGANISATION)).toHaveLength(0);
  });

  it('shows no organisation settings to an employee', async () => {
    renderApp('/mijn-gegevens');
    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(callsTo(fetchMock, 'GET', ORGANISATION)).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: 'Beheer' })).not.toBeInTheDocument();
    // Nobody's line manager: no table of people's hours.
    expect(screen.queryByRole('heading', { name: 'Klusuren van mijn medewerkers' })).not.toBeInTheDocument();
  });
});
