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
import { OrganisationSettingsPage } from './OrganisationSettingsPage';

describe(OrganisationSettingsPage.name, () => {
  let me: Me;
  let fetchMock: ReturnType<typeof mockFetch>;
  let consentRequired: boolean;
  let findableWithinOrganisation: boolean;
  let emailDomains: string[];
  let patchAnswer: (() => Response) | undefined;
  let resetAnswer: () => Response;
  let hourCapPerMonth: number | null;
  let hourCapMode: string;
  let passwordLogin: boolean;
  let team: Record<string, unknown>[];
  let capAnswer: ((request: FakeRequest) => Response) | undefined;
  let scimTokens: Record<string, unknown>[];
  let scimTokensFail: boolean;
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
    passwordLogin = true;
    team = [];
    capAnswer = undefined;
    scimTokens = [];
    scimTokensFail = false;
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
        passwordLogin,
      });
    const noStatement = (kind: string) => () =>
      jsonResponse({ kind, organisationId: me.organisation.id, markdown: null, html: null, updatedAt: null });
    routeApi(fetchMock, {
      [`GET ${ORGANISATION}/statements/privacy`]: noStatement('privacy'),
      [`GET ${ORGANISATION}/statements/accessibility`]: noStatement('accessibility'),
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
      [`GET ${ORGANISATION}/scim-tokens`]: () =>
        scimTokensFail
          ? problemResponse(500, {
              code: 'internal-error',
              title: 'Interne fout',
              detail: 'Er ging iets mis.',
            })
          : jsonResponse({ items: scimTokens }),
      [`POST ${ORGANISATION}/scim-tokens`]: () => {
        const token = {
          id: '6f1c1b8e-0000-4000-8000-0000000000aa',
          prefix: 'kbscim_Ab3dEf',
          createdAt: '2026-12-05T09:00:00.000Z',
          createdBy: me.id,
          lastUsedAt: null,
        };
        scimTokens = [token, ...scimTokens];
        return jsonResponse(
          {
            ...token,
            token: 'kbscim_Ab3dEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg',
            tenantUrl: 'https://klussenbank.nl/scim/v2',
          },
          201,
        );
      },
      [`DELETE ${ORGANISATION}/scim-tokens/6f1c1b8e-0000-4000-8000-0000000000aa`]: () => {
        scimTokens = [];
        return new Response(null, { status: 204 });
      },
      'GET /api/v1/ledger/team-hours': () => jsonResponse({ items: [], page: 1, pageSize: 20, total: 0 }),
      [`PATCH ${ORGANISATION}`]: (request: FakeRequest) => {
        if (patchAnswer) return patchAnswer();
        const body = request.body as {
          consentRequired?: boolean;
          findableWithinOrganisation?: boolean;
          emailDomains?: string[];
          hourCapPerMonth?: number | null;
          hourCapMode?: string;
          passwordLogin?: boolean;
        };
        passwordLogin = body.passwordLogin ?? passwordLogin;
        if (body.hourCapPerMonth !== undefined) hourCapPerMonth = body.hourCapPerMonth;
        hourCapMode = body.hourCapMode ?? hourCapMode;
        consentRequired = body.consentRequired ?? consentRequired;
        findableWithinOrganisation = body.findableWithinOrganisation ?? findableWithinOrganisation;
        emailDomains = body.emailDomains ?? emailDomains;
        return organisation();
      },
    });
  });

  it('is on the Beheer page of the organisation, with a way back to Beheer', async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    renderApp('/beheer/organisatie');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Instellingen van de organisatie' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug naar Beheer' })).toHaveAttribute('href', '/beheer');
  });

  it('shows an employee the no-access page and asks the API nothing', async () => {
    renderApp('/beheer/organisatie');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(callsTo(fetchMock, 'GET', ORGANISATION)).toHaveLength(0);
  });
  it("lets the organisation's admin switch line-manager consent on", async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    const user = userEvent.setup();
    renderApp('/beheer/organisatie');

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
    renderApp('/beheer/organisatie');

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
    renderApp('/beheer/organisatie');

    await user.click(await screen.findByRole('button', { name: 'Instellingen opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Alleen beheerders.');
  });

  it('asks before password login goes off, and shows why the API refuses it without single sign-on', async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    patchAnswer = () =>
      problemResponse(400, {
        title: 'Ongeldige invoer',
        invalidParams: [{ name: 'passwordLogin', reason: 'Stel eerst een identiteitsprovider in.' }],
      });
    const user = userEvent.setup();
    renderApp('/beheer/organisatie');

    await user.click(await screen.findByRole('button', { name: 'Inloggen met wachtwoord uitzetten' }));
    expect(callsTo(fetchMock, 'PATCH', ORGANISATION)).toHaveLength(0);
    await user.click(
      within(screen.getByRole('form', { name: 'Inloggen met een wachtwoord uitzetten?' })).getByRole(
        'button',
        {
          name: 'Inloggen met wachtwoord uitzetten',
        },
      ),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Stel eerst een identiteitsprovider in.');

    patchAnswer = undefined;
    await user.click(screen.getByRole('button', { name: 'Inloggen met wachtwoord uitzetten' }));
    await user.click(
      within(screen.getByRole('form', { name: 'Inloggen met een wachtwoord uitzetten?' })).getByRole(
        'button',
        {
          name: 'Inloggen met wachtwoord uitzetten',
        },
      ),
    );
    expect(
      await screen.findByText('Opgeslagen. Medewerkers loggen voortaan in met uw organisatie.'),
    ).toBeInTheDocument();
    expect(callsTo(fetchMock, 'PATCH', ORGANISATION).at(-1)?.body).toEqual({ passwordLogin: false });
    expect(screen.getByRole('button', { name: 'Inloggen met wachtwoord weer toestaan' })).toBeInTheDocument();
  });

  it("lets the organisation's admin list its e-mail domains, refusing what is not a domain", async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    const user = userEvent.setup();
    renderApp('/beheer/organisatie');

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
    renderApp('/beheer/organisatie');

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

  it('creates a SCIM token shown once with the tenant URL, lists it without its secret, and revokes it after confirming', async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    const user = userEvent.setup();
    renderApp('/beheer/organisatie');

    const section = await screen.findByRole('region', { name: 'Koppeling met uw identiteitssysteem (SCIM)' });
    expect(await within(section).findByText('Er zijn nog geen sleutels.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Nieuwe sleutel maken' }));

    expect(await within(section).findByLabelText('Geheime sleutel')).toHaveValue(
      'kbscim_Ab3dEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg',
    );
    expect(within(section).getByLabelText('Tenant-URL')).toHaveValue('https://klussenbank.nl/scim/v2');
    expect(section).toHaveTextContent('hij wordt maar één keer getoond');
    expect(await within(section).findByText('kbscim_Ab3dEf…')).toBeInTheDocument();
    expect(section).toHaveTextContent('nog niet gebruikt');

    // Closing the secret: it is not shown again.
    await user.click(within(section).getByRole('button', { name: 'Ik heb de sleutel gekopieerd' }));
    expect(within(section).queryByLabelText('Geheime sleutel')).not.toBeInTheDocument();
    expect(section).not.toHaveTextContent('GhIjKlMnOp');

    await user.click(within(section).getByRole('button', { name: 'Sleutel kbscim_Ab3dEf intrekken' }));
    const panel = within(section).getByRole('form', { name: 'Sleutel kbscim_Ab3dEf… intrekken?' });
    expect(panel).toHaveFocus();
    expect(
      callsTo(fetchMock, 'DELETE', `${ORGANISATION}/scim-tokens/6f1c1b8e-0000-4000-8000-0000000000aa`),
    ).toHaveLength(0);
    await user.click(within(panel).getByRole('button', { name: 'Ja, intrekken' }));
    expect(await within(section).findByRole('status')).toHaveTextContent(
      'Sleutel kbscim_Ab3dEf… is ingetrokken.',
    );
    expect(
      callsTo(fetchMock, 'DELETE', `${ORGANISATION}/scim-tokens/6f1c1b8e-0000-4000-8000-0000000000aa`),
    ).toHaveLength(1);
    expect(await within(section).findByText('Er zijn nog geen sleutels.')).toBeInTheDocument();
  });

  it('says so when the tokens cannot be loaded', async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    scimTokensFail = true;
    renderApp('/beheer/organisatie');
    const section = await screen.findByRole('region', { name: 'Koppeling met uw identiteitssysteem (SCIM)' });
    expect(await within(section).findByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
  });
});
