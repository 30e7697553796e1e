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

  it("lets the organisation's admin switch line-manager consent on", async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    const user = userEvent.setup();
    renderApp('/mijn-gegevens');

    await screen.findByRole('heading', { level: 2, name: 'Instellingen van Gemeente Dordrecht' });
    const box = screen.getByRole('checkbox', {
      name: 'Inschrijvingen wachten op toestemming van de leidinggevende',
    });
    expect(box).not.toBeChecked();
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Opgeslagen. Inschrijvingen wachten voortaan op toestemming van de leidinggevende.',
    );
    expect(callsTo(fetchMock, 'PATCH', ORGANISATION)[0]?.body).toEqual({ consentRequired: true });
    expect(box).toBeChecked();
  });

  it("lets the organisation's admin decide whether trekkers of the organisation find colleagues by name", async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    const user = userEvent.setup();
    renderApp('/mijn-gegevens');

    await screen.findByRole('heading', { level: 2, name: 'Instellingen van Gemeente Dordrecht' });
    const box = screen.getByRole('checkbox', {
      name: 'Collega’s zijn vindbaar voor trekkers uit de eigen organisatie',
    });
    expect(box).toBeChecked();
    expect(box).toHaveAccessibleDescription(/Standaard staat dit aan/);
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Opgeslagen. Trekkers uit uw organisatie zien voortaan alleen hoeveel collega’s een vaardigheid hebben.',
    );
    // Only what changed is sent: the consent setting stays as it was.
    expect(callsTo(fetchMock, 'PATCH', ORGANISATION)[0]?.body).toEqual({ findableWithinOrganisation: false });
    expect(box).not.toBeChecked();
  });

  it('shows the reason when saving the setting is refused', async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    patchAnswer = () => problemResponse(403, { title: 'Geen toegang', detail: 'Alleen beheerders.' });
    const user = userEvent.setup();
    renderApp('/mijn-gegevens');

    await user.click(await screen.findByRole('button', { name: 'Instellingen opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Alleen beheerders.');
  });

  it("lets the organisation's admin send someone a link to set a password, after confirming", async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    const user = userEvent.setup();
    renderApp('/mijn-gegevens');

    await screen.findByRole('heading', { level: 2, name: 'Medewerkers' });
    await user.click(
      await screen.findByRole('button', {
        name: 'Stuur link om wachtwoord in te stellen naar Piet Bakker',
      }),
    );
    const panel = screen.getByRole('form', {
      name: 'Een link sturen naar Piet Bakker (piet.bakker@dordrecht.nl)?',
    });
    expect(panel).toHaveFocus();
    expect(callsTo(fetchMock, 'POST', RESET)).toHaveLength(0);
    await user.click(within(panel).getByRole('button', { name: 'Ja, stuur de link' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'De link is verstuurd naar piet.bakker@dordrecht.nl.',
    );
    expect(callsTo(fetchMock, 'POST', RESET)).toHaveLength(1);
    expect(screen.queryByRole('form', { name: /Een link sturen/ })).not.toBeInTheDocument();
  });

  it('says so when the link could not be sent, and keeps the question open', async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    resetAnswer = () =>
      problemResponse(503, {
        title: 'Dienst niet beschikbaar',
        detail: 'De e-mail kon nu niet worden verstuurd. Probeer het later opnieuw.',
        code: 'mail-unavailable',
      });
    const user = userEvent.setup();
    renderApp('/mijn-gegevens');
    await user.click(
      await screen.findByRole('button', {
        name: 'Stuur link om wachtwoord in te stellen naar Piet Bakker',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Ja, stuur de link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('De e-mail kon nu niet worden verstuurd.');
    expect(screen.getByRole('button', { name: 'Ja, stuur de link' })).toBeVisible();
  });

  it("lets the organisation's admin list its e-mail domains, refusing what is not a domain", async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    const user = userEvent.setup();
    renderApp('/mijn-gegevens');

    const field = await screen.findByRole('textbox', { name: 'E-maildomeinen van uw organisatie' });
    await user.type(field, 'Dordrecht.nl{Enter}@sdd.nl');
    await user.click(screen.getByRole('button', { name: 'Domeinen opslaan' }));
    expect(await screen.findByText(/Dit is geen domeinnaam: @sdd\.nl\./)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(callsTo(fetchMock, 'PATCH', ORGANISATION)).toHaveLength(0);

    await user.clear(field);
    await user.type(field, 'Dordrecht.nl{Enter}sdd.nl, dordrecht.nl');
    await user.click(screen.getByRole('button', { name: 'Domeinen opslaan' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Opgeslagen. Nieuwe gebruikers hebben voortaan een adres op: dordrecht.nl, sdd.nl.',
    );
    expect(callsTo(fetchMock, 'PATCH', ORGANISATION)[0]?.body).toEqual({
      emailDomains: ['dordrecht.nl', 'sdd.nl'],
    });
    expect(field).toHaveValue('dordrecht.nl\nsdd.nl');
  });

  it("lets the organisation's admin set a monthly cap on klus hours and what happens above it", async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    const user = userEvent.setup();
    renderApp('/mijn-gegevens');

    const field = await screen.findByRole('textbox', { name: 'Maximum klusuren per medewerker per maand' });
    expect(field).toHaveAccessibleDescription(/gelijk verdeeld over de dagen waarop hij loopt/);
    await user.type(field, 'veel');
    await user.click(screen.getByRole('button', { name: 'Maximum opslaan' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Vul een heel aantal uren in van 0 tot en met 744/);
    expect(callsTo(fetchMock, 'PATCH', ORGANISATION)).toHaveLength(0);

    await user.clear(field);
    await user.type(field, '16');
    await user.click(screen.getByRole('radio', { name: 'Alleen waarschuwen' }));
    await user.click(screen.getByRole('button', { name: 'Maximum opslaan' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Opgeslagen: hoogstens 16 klusuren per maand; daarboven krijgt de leidinggevende een melding.',
    );
    expect(callsTo(fetchMock, 'PATCH', ORGANISATION)[0]?.body).toEqual({
      hourCapPerMonth: 16,
      hourCapMode: 'warn',
    });

    // Emptied: no cap.
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Maximum opslaan' }));
    expect(await screen.findByText('Opgeslagen: er is geen maximum aantal klusuren.')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'PATCH', ORGANISATION)[1]?.body).toEqual({
      hourCapPerMonth: null,
      hourCapMode: 'warn',
    });
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

  it('shows no organisation settings to an employee', async () => {
    renderApp('/mijn-gegevens');
    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(callsTo(fetchMock, 'GET', ORGANISATION)).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: 'Medewerkers' })).not.toBeInTheDocument();
    // Nobody's line manager: no table of people's hours.
    expect(screen.queryByRole('heading', { name: 'Klusuren van mijn medewerkers' })).not.toBeInTheDocument();
  });
});
