import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dayInAmsterdam } from '@klussenbank/domain';
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
import { buildTaskSummary, pageOf as taskPage } from '../tasks/task-fixtures';
import type { Activity, Checkpoint, DossierDetail, SkillGap } from './dossier-api';
import {
  ANNA,
  buildActivity,
  buildCheckpoint,
  buildDossierDetail,
  buildMember,
  DOSSIER_ID,
  ESTHER,
  FEMKE,
  OLIVIER,
  pageOf,
  SKILL_GAP_COUNTS_ONLY,
  SKILL_GAP_FOR_TREKKER,
  TEAM,
} from './dossier-fixtures';
import { DossierPage } from './DossierPage';

const DOSSIER = `/api/v1/dossiers/${DOSSIER_ID}`;
const MEMBERSHIPS = `${DOSSIER}/memberships`;
const CHECKPOINTS = `${DOSSIER}/checkpoints`;
const ACTIVITY = `${DOSSIER}/activity`;

/** Anna de Vries of Dordrecht, in the team as a member. */
const ANNA_MEMBER = buildMember({ user: { ...ANNA, jobTitle: 'Beleidsmedewerker' }, role: 'member' });

/** The page loads when first visited, which a busy machine may take a while over. */
async function openDossier() {
  const view = renderApp(`/dossiers/${DOSSIER_ID}`);
  await screen.findByRole('heading', { level: 1, name: 'Samen inkopen jeugdzorg' }, { timeout: 5_000 });
  return view;
}

describe(DossierPage.name, { timeout: 60_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let me: Me;
  let dossier: DossierDetail;
  let checkpoints: Checkpoint[];
  let activity: Activity[];
  let skillGap: SkillGap;

  const serve = (extra: Record<string, (request: FakeRequest) => Response> = {}) => {
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      [`GET ${DOSSIER}`]: () => jsonResponse(dossier),
      [`GET ${DOSSIER}/skill-gap`]: () => jsonResponse(skillGap),
      [`GET ${CHECKPOINTS}`]: () => jsonResponse({ items: checkpoints }),
      [`GET ${ACTIVITY}`]: () => jsonResponse(pageOf(activity, { pageSize: 10 })),
      'GET /api/v1/tasks': () =>
        jsonResponse(taskPage([buildTaskSummary({ title: 'Inkoopdata op een rij', status: 'in-progress' })])),
      ...extra,
    });
  };

  beforeEach(() => {
    fetchMock = mockFetch();
    me = buildMe();
    dossier = buildDossierDetail();
    checkpoints = [];
    activity = [buildActivity()];
    // Only trekkers are shown names.
    skillGap = SKILL_GAP_COUNTS_ONLY;
    serve();
  });

  const asTrekker = () => {
    dossier = buildDossierDetail({
      canEdit: true,
      myRole: 'trekker',
      myStatus: 'active',
      trekkers: [ESTHER, ANNA],
      team: [...TEAM, buildMember({ user: { ...ANNA, jobTitle: null }, role: 'trekker' })],
    });
    skillGap = SKILL_GAP_FOR_TREKKER;
  };

  it('shows the goal first and the team grouped by organisation, with each member’s function and role', async () => {
    await openDossier();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Samen inkopen jeugdzorg' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Samen inkopen jeugdzorg – Klussenbank'));
    const goal = screen.getByRole('region', { name: 'Wat we samen willen bereiken' });
    expect(goal).toHaveTextContent('Eén inkoopstrategie voor jeugdzorg');
    const facts = screen.getByRole('region', { name: 'Over dit dossier' });
    expect(facts).toHaveTextContent('Netwerk Anders Samenwerken');
    expect(facts).toHaveTextContent('Esther Maas (Gemeente Zeist)');
    expect(facts).toHaveTextContent('1 december 2026 t/m 30 juni 2027');
    expect(within(screen.getByRole('region', { name: 'Beschrijving' })).getByText('wat')).toBeInTheDocument();

    const team = screen.getByRole('region', { name: 'Het team' });
    expect(team).toHaveTextContent(
      '3 van hoogstens 10 mensen uit 2 organisaties: Gemeente Zeist (2), Gemeente Oss (1)',
    );
    const groups = within(team).getAllByRole('heading', { level: 3 });
    expect(groups.map((heading) => heading.textContent)).toEqual([
      'Gemeente Zeist (2 mensen)',
      'Gemeente Oss (1 persoon)',
    ]);
    const zeist = within(team).getByRole('list', { name: 'Gemeente Zeist (2 mensen)' });
    const [esther, olivier] = within(zeist).getAllByRole('listitem');
    expect(esther).toHaveTextContent('Esther Maas, Lid managementteam');
    expect(esther).toHaveTextContent('Trekker');
    expect(olivier).toHaveTextContent('Olivier Dam, Beleidsadviseur financiën');
    expect(olivier).toHaveTextContent('Lid');
    const oss = within(team).getByRole('list', { name: 'Gemeente Oss (1 persoon)' });
    expect(oss).toHaveTextContent('Femke Verhoeven, Beleidsmedewerker economie');
    expect(oss).toHaveTextContent('Adviseur');
  });

  it('lets anyone join an open dossier with one click, and says so', async () => {
    serve({
      [`POST ${MEMBERSHIPS}`]: () => {
        dossier = buildDossierDetail({ myRole: 'member', myStatus: 'active', team: [...TEAM, ANNA_MEMBER] });
        return jsonResponse(ANNA_MEMBER, 201);
      },
    });
    await openDossier();
    const user = userEvent.setup();
    const panel = await screen.findByRole('region', { name: 'Meedoen' });

    await user.click(within(panel).getByRole('button', { name: 'Meedoen' }));

    const outcome = await within(panel).findByRole('status');
    expect(outcome).toHaveTextContent('U doet mee!');
    expect(callsTo(fetchMock, 'POST', MEMBERSHIPS)[0]?.body).toEqual({});
    expect(await within(panel).findByText('U doet mee als lid.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Gemeente Dordrecht (1 persoon)' })).toHaveTextContent(
        'Anna de Vries',
      ),
    );
  });

  it('asks to join a dossier on request, with a message', async () => {
    dossier = buildDossierDetail({ joinPolicy: 'on-request' });
    serve({
      [`POST ${MEMBERSHIPS}`]: () => {
        const request = { ...ANNA_MEMBER, status: 'requested' as const, message: 'Ik ken de markt.' };
        dossier = buildDossierDetail({
          joinPolicy: 'on-request',
          myRole: 'member',
          myStatus: 'requested',
          team: [...TEAM, request],
        });
        return jsonResponse(request, 201);
      },
    });
    await openDossier();
    const user = userEvent.setup();
    const panel = await screen.findByRole('region', { name: 'Meedoen' });

    await user.click(within(panel).getByRole('button', { name: 'Vragen om mee te doen' }));
    const message = within(panel).getByRole('textbox', { name: 'Bericht aan de trekkers (niet verplicht)' });
    expect(message).toHaveFocus();
    await user.type(message, 'Ik ken de markt.');
    await user.click(within(panel).getByRole('button', { name: 'Verzoek versturen' }));

    expect(await within(panel).findByRole('status')).toHaveTextContent('Uw verzoek is verstuurd.');
    expect(callsTo(fetchMock, 'POST', MEMBERSHIPS)[0]?.body).toEqual({ message: 'Ik ken de markt.' });
    expect(await within(panel).findByText(/U hebt gevraagd om mee te doen/)).toBeInTheDocument();
    expect(within(panel).getByText('Ik ken de markt.', { exact: false })).toBeInTheDocument();
  });

  it('says why joining failed when the team filled up meanwhile', async () => {
    serve({
      [`POST ${MEMBERSHIPS}`]: () =>
        problemResponse(409, { title: 'Conflict', detail: 'Het team is vol.', code: 'dossier-full' }),
    });
    await openDossier();
    const user = userEvent.setup();
    const panel = await screen.findByRole('region', { name: 'Meedoen' });

    await user.click(within(panel).getByRole('button', { name: 'Meedoen' }));

    expect(await within(panel).findByRole('alert')).toHaveTextContent('Het team is vol.');
  });

  it('leaves the team with one click as a member', async () => {
    dossier = buildDossierDetail({ myRole: 'member', myStatus: 'active', team: [...TEAM, ANNA_MEMBER] });
    serve({
      [`DELETE ${MEMBERSHIPS}/${ANNA.id}`]: () => {
        dossier = buildDossierDetail();
        return new Response(null, { status: 204 });
      },
    });
    await openDossier();
    const user = userEvent.setup();
    const panel = await screen.findByRole('region', { name: 'Meedoen' });

    await user.click(within(panel).getByRole('button', { name: 'Uit het team gaan' }));

    expect(await within(panel).findByRole('status')).toHaveTextContent('U bent uit het team gegaan.');
    expect(callsTo(fetchMock, 'DELETE', `${MEMBERSHIPS}/${ANNA.id}`)).toHaveLength(1);
    expect(await within(panel).findByRole('button', { name: 'Meedoen' })).toBeInTheDocument();
  });

  it('asks a trekker to confirm before leaving, and explains a dossier always needs one', async () => {
    dossier = buildDossierDetail({
      myRole: 'trekker',
      myStatus: 'active',
      canEdit: true,
      team: [...TEAM, { ...ANNA_MEMBER, role: 'trekker' }],
    });
    serve({
      [`DELETE ${MEMBERSHIPS}/${ANNA.id}`]: () => {
        dossier = buildDossierDetail();
        return new Response(null, { status: 204 });
      },
    });
    await openDossier();
    const user = userEvent.setup();
    const panel = await screen.findByRole('region', { name: 'Meedoen' });

    await user.click(within(panel).getByRole('button', { name: 'Uit het team gaan' }));
    const confirm = within(panel).getByRole('form', { name: 'Wilt u uit het team van dit dossier gaan?' });
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveTextContent('Een dossier heeft altijd een trekker');
    expect(callsTo(fetchMock, 'DELETE', `${MEMBERSHIPS}/${ANNA.id}`)).toHaveLength(0);

    await user.click(within(confirm).getByRole('button', { name: 'Terug' }));
    expect(within(panel).getByRole('button', { name: 'Uit het team gaan' })).toHaveFocus();

    await user.click(within(panel).getByRole('button', { name: 'Uit het team gaan' }));
    await user.click(within(panel).getByRole('button', { name: 'Ja, uit het team gaan' }));

    expect(await within(panel).findByRole('status')).toHaveTextContent('U bent uit het team gegaan.');
    expect(callsTo(fetchMock, 'DELETE', `${MEMBERSHIPS}/${ANNA.id}`)).toHaveLength(1);
  });

  it('accepts an invitation', async () => {
    const invitation = {
      ...ANNA_MEMBER,
      status: 'invited' as const,
      message: 'Jouw kennis van Dordrecht helpt.',
    };
    dossier = buildDossierDetail({ myRole: 'member', myStatus: 'invited', team: [...TEAM, invitation] });
    serve({
      [`PATCH ${MEMBERSHIPS}/${ANNA.id}`]: () => {
        dossier = buildDossierDetail({ myRole: 'member', myStatus: 'active', team: [...TEAM, ANNA_MEMBER] });
        return jsonResponse(ANNA_MEMBER);
      },
    });
    await openDossier();
    const user = userEvent.setup();
    const panel = await screen.findByRole('region', { name: 'Meedoen' });
    expect(panel).toHaveTextContent('U bent uitgenodigd om mee te doen als lid.');
    expect(panel).toHaveTextContent('Jouw kennis van Dordrecht helpt.');

    await user.click(within(panel).getByRole('button', { name: 'Uitnodiging aannemen' }));

    expect(await within(panel).findByRole('status')).toHaveTextContent('Welkom in het team.');
    expect(callsTo(fetchMock, 'PATCH', `${MEMBERSHIPS}/${ANNA.id}`)[0]?.body).toEqual({ status: 'active' });
  });

  it('shows a member nothing of what only trekkers do', async () => {
    dossier = buildDossierDetail({ myRole: 'member', myStatus: 'active', team: [...TEAM, ANNA_MEMBER] });
    checkpoints = [buildCheckpoint()];
    await openDossier();
    await screen.findByRole('heading', { level: 3, name: 'Eerste terugblik' });
    await screen.findByText(/3 mensen in het samenwerkingsverband hebben deze vaardigheid/);

    expect(screen.queryByRole('region', { name: 'Dossier leiden' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Dossier bewerken' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Rol wijzigen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Uit het team halen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'IJkmoment plannen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Vastleggen als gehouden/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Uitnodigen/ })).not.toBeInTheDocument();
    // Not a manager either: klussen are posted by managers.
    expect(screen.queryByRole('link', { name: 'Klus plaatsen in dit dossier' })).not.toBeInTheDocument();
  });

  it('gives trekkers the lead: edit, the next statuses, roles, checkpoints and invitations', async () => {
    asTrekker();
    checkpoints = [buildCheckpoint()];
    await openDossier();

    const lead = await screen.findByRole('region', { name: 'Dossier leiden' });
    expect(within(lead).getByRole('link', { name: 'Dossier bewerken' })).toHaveAttribute(
      'href',
      `/dossiers/${DOSSIER_ID}/bewerken`,
    );
    // Exploring goes to active or stopped, never straight to completed.
    expect(within(lead).getByRole('button', { name: 'Actief maken' })).toBeInTheDocument();
    expect(within(lead).getByRole('button', { name: 'Stoppen' })).toBeInTheDocument();
    expect(within(lead).queryByRole('button', { name: 'Afronden' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rol wijzigen Olivier Dam' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'IJkmoment plannen' })).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: 'Vastleggen als gehouden Eerste terugblik' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Uitnodigen Iris Brouwer' })).toBeInTheDocument();
  });

  it('changes the status after a confirmation', async () => {
    asTrekker();
    serve({
      [`PATCH ${DOSSIER}`]: () => {
        dossier = { ...dossier, status: 'active' };
        return jsonResponse(dossier);
      },
    });
    await openDossier();
    const user = userEvent.setup();
    const lead = await screen.findByRole('region', { name: 'Dossier leiden' });

    await user.click(within(lead).getByRole('button', { name: 'Actief maken' }));
    expect(within(lead).getByRole('form')).toHaveTextContent(
      'Wilt u de status van het dossier veranderen in actief?',
    );
    await user.click(within(lead).getByRole('button', { name: 'Ja, actief maken' }));

    expect(await within(lead).findByRole('status')).toHaveTextContent('Het dossier is actief.');
    expect(callsTo(fetchMock, 'PATCH', DOSSIER)[0]?.body).toEqual({ status: 'active' });
    expect(within(lead).getByRole('button', { name: 'Afronden' })).toBeInTheDocument();
  });

  it('lets a trekker change a role', async () => {
    asTrekker();
    serve({
      [`PATCH ${MEMBERSHIPS}/${OLIVIER.id}`]: () =>
        jsonResponse(buildMember({ user: { ...OLIVIER, jobTitle: null }, role: 'trekker' })),
    });
    await openDossier();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Rol wijzigen Olivier Dam' }));

    const role = screen.getByRole('combobox', { name: 'Rol van Olivier Dam' });
    expect(role).toHaveValue('member');
    await user.selectOptions(role, 'Trekker');
    await user.click(screen.getByRole('button', { name: 'Rol opslaan' }));

    expect(
      await within(screen.getByRole('region', { name: 'Het team' })).findByRole('status'),
    ).toHaveTextContent('Olivier Dam is nu trekker.');
    expect(callsTo(fetchMock, 'PATCH', `${MEMBERSHIPS}/${OLIVIER.id}`)[0]?.body).toEqual({ role: 'trekker' });
  });

  it('lets a trekker remove someone from the team after a confirmation, and tells the team', async () => {
    asTrekker();
    serve({
      [`DELETE ${MEMBERSHIPS}/${OLIVIER.id}`]: () => {
        dossier = { ...dossier, team: dossier.team.filter((member) => member.user.id !== OLIVIER.id) };
        activity = [
          buildActivity({ id: 'a2', type: 'member-left', actor: ANNA, subject: OLIVIER }),
          ...activity,
        ];
        return new Response(null, { status: 204 });
      },
    });
    await openDossier();
    const user = userEvent.setup();
    const team = screen.getByRole('region', { name: 'Het team' });
    // Not for herself: she leaves under Meedoen. Nor a hint meant for platform admins.
    expect(within(team).getByRole('button', { name: 'Rol wijzigen Anna de Vries' })).toBeInTheDocument();
    expect(
      within(team).queryByRole('button', { name: 'Uit het team halen Anna de Vries' }),
    ).not.toBeInTheDocument();
    expect(team).not.toHaveTextContent('Vertrekt een trekker?');
    const remove = within(team).getByRole('button', { name: 'Uit het team halen Olivier Dam' });

    await user.click(remove);
    expect(remove).toHaveAttribute('aria-expanded', 'true');
    const confirm = within(team).getByRole('form', {
      name: 'Wilt u Olivier Dam uit het team van dit dossier halen?',
    });
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveTextContent('Olivier Dam kan later weer meedoen, als er plek is.');
    await user.click(within(confirm).getByRole('button', { name: 'Terug' }));
    expect(within(team).queryByRole('form')).not.toBeInTheDocument();
    expect(remove).toHaveFocus();
    expect(callsTo(fetchMock, 'DELETE', `${MEMBERSHIPS}/${OLIVIER.id}`)).toHaveLength(0);

    // By keyboard: the button opens the question, which takes focus; Enter on the confirm button acts.
    await user.keyboard('{Enter}');
    expect(within(team).getByRole('form')).toHaveFocus();
    await user.tab();
    expect(within(team).getByRole('button', { name: 'Ja, uit het team halen' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await within(team).findByRole('status')).toHaveTextContent('Olivier Dam is uit het team gehaald.');
    expect(callsTo(fetchMock, 'DELETE', `${MEMBERSHIPS}/${OLIVIER.id}`)).toHaveLength(1);
    await waitFor(() => expect(team).not.toHaveTextContent('Olivier Dam, Beleidsadviseur financiën'));
    const feed = screen.getByRole('region', { name: 'Wat er gebeurde' });
    expect(
      await within(feed).findByText(
        'Anna de Vries (Gemeente Dordrecht) haalde Olivier Dam (Gemeente Zeist) uit het team.',
      ),
    ).toBeInTheDocument();
  });

  describe('for a platform admin who is not in the team', () => {
    beforeEach(() => {
      me = buildMe({ roles: ['employee', 'platform-admin'] });
      // The API lets platform admins lead every dossier: canEdit without a place in the team.
      dossier = buildDossierDetail({ canEdit: true, myRole: null, myStatus: null });
    });

    it('shows the role and remove controls for everyone in the team, with how to hand over', async () => {
      await openDossier();
      const team = screen.getByRole('region', { name: 'Het team' });

      expect(team).toHaveTextContent(
        'Vertrekt een trekker? Maak eerst iemand anders trekker en haal daarna de vertrokken trekker uit het team.',
      );
      for (const name of ['Esther Maas', 'Olivier Dam', 'Femke Verhoeven']) {
        expect(within(team).getByRole('button', { name: `Rol wijzigen ${name}` })).toBeInTheDocument();
        expect(within(team).getByRole('button', { name: `Uit het team halen ${name}` })).toBeInTheDocument();
      }
    });

    it('hands a trekker’s place over: makes someone else trekker, then removes the one who left', async () => {
      serve({
        [`PATCH ${MEMBERSHIPS}/${OLIVIER.id}`]: () => {
          const olivier = buildMember({ user: { ...OLIVIER, jobTitle: 'Beleidsadviseur financiën' } });
          dossier = {
            ...dossier,
            trekkers: [ESTHER, OLIVIER],
            team: dossier.team.map((member) => (member.user.id === OLIVIER.id ? olivier : member)),
          };
          return jsonResponse(olivier);
        },
        [`DELETE ${MEMBERSHIPS}/${ESTHER.id}`]: () => {
          dossier = {
            ...dossier,
            teamSize: 2,
            trekkers: [OLIVIER],
            team: dossier.team.filter((member) => member.user.id !== ESTHER.id),
          };
          return new Response(null, { status: 204 });
        },
      });
      await openDossier();
      const user = userEvent.setup();
      const team = screen.getByRole('region', { name: 'Het team' });

      await user.click(within(team).getByRole('button', { name: 'Rol wijzigen Olivier Dam' }));
      await user.selectOptions(
        within(team).getByRole('combobox', { name: 'Rol van Olivier Dam' }),
        'Trekker',
      );
      await user.click(within(team).getByRole('button', { name: 'Rol opslaan' }));
      expect(await within(team).findByRole('status')).toHaveTextContent('Olivier Dam is nu trekker.');
      expect(callsTo(fetchMock, 'PATCH', `${MEMBERSHIPS}/${OLIVIER.id}`)[0]?.body).toEqual({
        role: 'trekker',
      });

      await user.click(within(team).getByRole('button', { name: 'Uit het team halen Esther Maas' }));
      const confirm = within(team).getByRole('form', {
        name: 'Wilt u Esther Maas uit het team van dit dossier halen?',
      });
      expect(confirm).toHaveTextContent('Esther Maas is trekker. Een dossier heeft altijd een trekker');
      await user.click(within(confirm).getByRole('button', { name: 'Ja, uit het team halen' }));

      expect(await within(team).findByRole('status')).toHaveTextContent(
        'Esther Maas is uit het team gehaald.',
      );
      expect(callsTo(fetchMock, 'DELETE', `${MEMBERSHIPS}/${ESTHER.id}`)).toHaveLength(1);
      await waitFor(() =>
        expect(screen.getByRole('region', { name: 'Over dit dossier' })).toHaveTextContent(
          'Olivier Dam (Gemeente Zeist)',
        ),
      );
      expect(within(team).getByRole('list', { name: 'Gemeente Zeist (1 persoon)' })).not.toHaveTextContent(
        'Esther Maas',
      );
    });

    it('says why the last trekker cannot be removed', async () => {
      const detail = 'Een dossier heeft altijd een trekker: maak eerst iemand anders trekker.';
      serve({
        [`DELETE ${MEMBERSHIPS}/${ESTHER.id}`]: () =>
          problemResponse(409, { title: 'Conflict', detail, code: 'last-trekker' }),
      });
      await openDossier();
      const user = userEvent.setup();
      const team = screen.getByRole('region', { name: 'Het team' });
      const loads = callsTo(fetchMock, 'GET', DOSSIER).length;

      await user.click(within(team).getByRole('button', { name: 'Uit het team halen Esther Maas' }));
      await user.click(within(team).getByRole('button', { name: 'Ja, uit het team halen' }));

      const alert = await within(team).findByRole('alert');
      expect(alert).toHaveTextContent(detail);
      expect(alert.closest('.kb-feedback')).toHaveFocus();
      expect(callsTo(fetchMock, 'DELETE', `${MEMBERSHIPS}/${ESTHER.id}`)).toHaveLength(1);
      // The team is shown as it is now.
      await waitFor(() => expect(callsTo(fetchMock, 'GET', DOSSIER).length).toBeGreaterThan(loads));
      expect(within(team).getByRole('list', { name: 'Gemeente Zeist (2 mensen)' })).toHaveTextContent(
        'Esther Maas',
      );
    });
  });

  it('lets a trekker accept a request to join', async () => {
    asTrekker();
    const request = buildMember({
      user: { ...FEMKE, id: 'u-sophie', name: 'Sophie van Lith', jobTitle: 'Adviseur communicatie' },
      role: 'member',
      status: 'requested',
      message: 'Ik help graag met de communicatie.',
    });
    dossier = { ...dossier, joinPolicy: 'on-request', team: [...dossier.team, request] };
    serve({ [`PATCH ${MEMBERSHIPS}/u-sophie`]: () => jsonResponse({ ...request, status: 'active' }) });
    await openDossier();
    const user = userEvent.setup();

    const requests = await screen.findByRole('region', { name: 'Verzoeken om mee te doen' });
    expect(requests).toHaveTextContent('Sophie van Lith, Adviseur communicatie');
    expect(requests).toHaveTextContent('Ik help graag met de communicatie.');
    await user.click(within(requests).getByRole('button', { name: 'Accepteren Sophie van Lith' }));

    expect(await screen.findByText('Sophie van Lith doet mee.')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'PATCH', `${MEMBERSHIPS}/u-sophie`)[0]?.body).toEqual({ status: 'active' });
  });

  it('shows the skill gap with suggestions and lets a trekker invite from it', async () => {
    asTrekker();
    serve({
      [`POST ${MEMBERSHIPS}`]: () => jsonResponse({ ...ANNA_MEMBER, status: 'invited' }, 201),
    });
    await openDossier();
    const user = userEvent.setup();

    const gap = await screen.findByRole('region', { name: 'Vaardigheden in het team' });
    await within(gap).findByText('1 van 2 vaardigheden zijn in het team aanwezig.');
    expect(within(gap).getByRole('heading', { level: 3, name: 'Inkoop In het team' })).toBeInTheDocument();
    expect(gap).toHaveTextContent('Olivier Dam (Gemeente Zeist), gevorderd, aangetoond');
    expect(within(gap).getByRole('heading', { level: 3, name: 'Jeugdzorg Ontbreekt' })).toBeInTheDocument();
    expect(gap).toHaveTextContent('Iris Brouwer, Gemeente Dordrecht');
    expect(gap).toHaveTextContent('Waarom: Jeugdzorg (expert), heeft uren beschikbaar');
    expect(within(gap).getByText('En 2 anderen die niet vindbaar zijn.')).toBeInTheDocument();

    await user.click(within(gap).getByRole('button', { name: 'Uitnodigen Iris Brouwer' }));

    expect(await within(gap).findByRole('status')).toHaveTextContent('Iris Brouwer is uitgenodigd');
    expect(callsTo(fetchMock, 'POST', MEMBERSHIPS)[0]?.body).toEqual({
      userId: '6f1c1b8e-0000-4000-8000-000000000031',
    });
  });

  it('shows someone who is not a trekker how many people have a missing skill, never who', async () => {
    dossier = buildDossierDetail({ myRole: 'member', myStatus: 'active', team: [...TEAM, ANNA_MEMBER] });
    await openDossier();

    const gap = await screen.findByRole('region', { name: 'Vaardigheden in het team' });
    expect(
      await within(gap).findByText(
        'Niemand in het team heeft deze vaardigheid. 3 mensen in het samenwerkingsverband hebben deze vaardigheid.',
      ),
    ).toBeInTheDocument();
    expect(gap).toHaveTextContent('Alleen trekkers van dit dossier zien wie dat zijn');
    expect(gap).not.toHaveTextContent('Iris Brouwer');
    expect(within(gap).queryByRole('button', { name: /Uitnodigen/ })).not.toBeInTheDocument();
    // Still who in the team has a skill: the team is visible to everyone who sees the dossier.
    expect(gap).toHaveTextContent('Olivier Dam (Gemeente Zeist), gevorderd, aangetoond');
  });

  it('tells a trekker when people have a skill but none of them can be found', async () => {
    asTrekker();
    skillGap = {
      namedSuggestions: true,
      items: SKILL_GAP_FOR_TREKKER.items.map((entry) => ({ ...entry, suggestions: [], findableCount: 0 })),
    };
    await openDossier();

    const gap = await screen.findByRole('region', { name: 'Vaardigheden in het team' });
    expect(
      await within(gap).findByText(
        'Niemand in het team heeft deze vaardigheid. 3 mensen in het samenwerkingsverband hebben haar, maar zijn niet vindbaar voor u.',
      ),
    ).toBeInTheDocument();
    expect(gap).not.toHaveTextContent('Alleen trekkers van dit dossier zien wie dat zijn');
  });

  it('plans checkpoints in the years 1900 to 9999 only, and says so in clear words', async () => {
    asTrekker();
    serve({
      [`POST ${CHECKPOINTS}`]: () =>
        problemResponse(400, {
          title: 'Ongeldige invoer',
          detail: '1 veld is niet goed ingevuld.',
          code: 'invalid-input',
          invalidParams: [
            {
              name: 'plannedOn',
              code: 'out-of-range',
              reason: 'Deze waarde valt buiten het toegestane bereik.',
            },
          ],
        }),
    });
    await openDossier();
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'IJkmomenten' });
    await user.click(await within(section).findByRole('button', { name: 'IJkmoment plannen' }));
    const date = within(section).getByLabelText('Datum');
    expect(date).toHaveAttribute('min', '1900-01-01');
    expect(date).toHaveAttribute('max', '9999-12-31');
    await user.type(within(section).getByRole('textbox', { name: 'Naam van het ijkmoment' }), 'Terugblik');
    const message = 'Kies een datum in de jaren 1900 tot en met 9999.';

    fireEvent.change(date, { target: { value: '1850-05-01' } });
    await user.click(within(section).getByRole('button', { name: 'Plannen' }));
    expect(date).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(callsTo(fetchMock, 'POST', CHECKPOINTS)).toHaveLength(0);

    // Should the API still refuse the year, its code gets the same words.
    fireEvent.change(date, { target: { value: '2027-02-01' } });
    await user.click(within(section).getByRole('button', { name: 'Plannen' }));
    await waitFor(() => expect(callsTo(fetchMock, 'POST', CHECKPOINTS)).toHaveLength(1));
    await waitFor(() => expect(date).toHaveAccessibleDescription(expect.stringContaining(message)));
  });

  it('lets a trekker plan a checkpoint and record it as held with the three reflections', async () => {
    asTrekker();
    serve({
      [`POST ${CHECKPOINTS}`]: ({ body }) => {
        const planned = buildCheckpoint(body as Partial<Checkpoint>);
        checkpoints = [planned];
        return jsonResponse(planned, 201);
      },
      [`PATCH ${CHECKPOINTS}/${buildCheckpoint().id}`]: () => {
        checkpoints = [
          buildCheckpoint({
            status: 'held',
            heldOn: '2027-02-01',
            wentWell: 'Iedereen schoof aan.',
            changes: 'Vaker kort afstemmen.',
            writtenBy: { id: ANNA.id, name: ANNA.name },
          }),
        ];
        return jsonResponse(checkpoints[0]);
      },
    });
    await openDossier();
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'IJkmomenten' });
    expect(await within(section).findByText('Er zijn nog geen ijkmomenten gepland.')).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'IJkmoment plannen' }));
    await user.click(within(section).getByRole('button', { name: 'Plannen' }));
    expect(within(section).getByRole('textbox', { name: 'Naam van het ijkmoment' })).toHaveFocus();
    expect(section).toHaveTextContent('Geef het ijkmoment een naam.');
    expect(section).toHaveTextContent('Vul een datum in.');
    await user.type(
      within(section).getByRole('textbox', { name: 'Naam van het ijkmoment' }),
      'Eerste terugblik',
    );
    await user.type(within(section).getByLabelText('Datum'), '2027-02-01');
    await user.click(within(section).getByRole('button', { name: 'Plannen' }));

    expect(await within(section).findByRole('status')).toHaveTextContent(
      'Het ijkmoment “Eerste terugblik” is gepland.',
    );
    expect(callsTo(fetchMock, 'POST', CHECKPOINTS)[0]?.body).toEqual({
      title: 'Eerste terugblik',
      plannedOn: '2027-02-01',
    });

    await user.click(
      await within(section).findByRole('button', { name: 'Vastleggen als gehouden Eerste terugblik' }),
    );
    const form = within(section).getByRole('form', { name: 'IJkmoment “Eerste terugblik” vastleggen' });
    await user.click(within(form).getByRole('button', { name: 'IJkmoment vastleggen' }));
    expect(form).toHaveTextContent('Vul minstens één van de drie vragen in.');
    expect(within(form).getByRole('textbox', { name: 'Wat ging goed?' })).toHaveFocus();
    expect(callsTo(fetchMock, 'PATCH', `${CHECKPOINTS}/${buildCheckpoint().id}`)).toHaveLength(0);

    await user.type(within(form).getByRole('textbox', { name: 'Wat ging goed?' }), 'Iedereen schoof aan.');
    await user.type(
      within(form).getByRole('textbox', { name: 'Wat veranderen we?' }),
      'Vaker kort afstemmen.',
    );
    await user.click(within(form).getByRole('button', { name: 'IJkmoment vastleggen' }));

    expect(await within(section).findByRole('status')).toHaveTextContent(
      'Het ijkmoment “Eerste terugblik” is vastgelegd.',
    );
    expect(callsTo(fetchMock, 'PATCH', `${CHECKPOINTS}/${buildCheckpoint().id}`)[0]?.body).toEqual({
      wentWell: 'Iedereen schoof aan.',
      changes: 'Vaker kort afstemmen.',
      held: true,
    });
    expect(
      await within(section).findByText('Gehouden op 1 februari 2027', { exact: false }),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent('Iedereen schoof aan.');
  });

  it('shows why a checkpoint planned for a later day cannot be held yet, and offers to move it to today', async () => {
    asTrekker();
    checkpoints = [buildCheckpoint({ plannedOn: '2099-02-01' })];
    const path = `${CHECKPOINTS}/${buildCheckpoint().id}`;
    serve({
      [`PATCH ${path}`]: ({ body }) => {
        const sent = body as Partial<Checkpoint>;
        if (!sent.plannedOn)
          return problemResponse(409, {
            title: 'Conflict',
            code: 'checkpoint-not-due',
            plannedOn: '2099-02-01',
            detail:
              'Dit ijkmoment staat gepland op 1 februari 2099; u legt het pas vanaf die dag vast als gehouden. Is het eerder gehouden? Verplaats dan eerst de datum naar vandaag.',
          });
        checkpoints = [
          buildCheckpoint({ ...sent, status: 'held', heldOn: sent.plannedOn, wentWell: 'Goed.' }),
        ];
        return jsonResponse(checkpoints[0]);
      },
    });
    await openDossier();
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'IJkmomenten' });
    await user.click(
      await within(section).findByRole('button', { name: 'Vastleggen als gehouden Eerste terugblik' }),
    );
    const form = within(section).getByRole('form', { name: 'IJkmoment “Eerste terugblik” vastleggen' });
    await user.type(within(form).getByRole('textbox', { name: 'Wat ging goed?' }), 'Goed.');
    await user.click(within(form).getByRole('button', { name: 'IJkmoment vastleggen' }));

    expect(await within(form).findByText(/gepland op 1 februari 2099/)).toBeInTheDocument();
    await user.click(
      within(form).getByRole('button', { name: 'Datum naar vandaag verplaatsen en vastleggen' }),
    );
    expect(await within(section).findByRole('status')).toHaveTextContent(
      'Het ijkmoment “Eerste terugblik” is vastgelegd.',
    );
    const today = dayInAmsterdam(new Date());
    expect(callsTo(fetchMock, 'PATCH', path).map((call) => call.body)).toEqual([
      { wentWell: 'Goed.', held: true },
      { wentWell: 'Goed.', held: true, plannedOn: today },
    ]);
  });

  it('lists the klussen of the dossier with their state, and lets a manager in the team post one', async () => {
    me = buildMe({ roles: ['employee', 'manager'] });
    dossier = buildDossierDetail({ myRole: 'member', myStatus: 'active', team: [...TEAM, ANNA_MEMBER] });
    await openDossier();

    const tasks = await screen.findByRole('region', { name: 'Klussen in dit dossier' });
    const card = await within(tasks).findByRole('article');
    expect(card).toHaveTextContent('Inkoopdata op een rij');
    expect(card).toHaveTextContent('Bezig');
    expect(within(tasks).getByRole('link', { name: 'Klus plaatsen in dit dossier' })).toHaveAttribute(
      'href',
      `/klussen/nieuw?dossier=${DOSSIER_ID}`,
    );
    const asked = callsTo(fetchMock, 'GET', '/api/v1/tasks')[0]?.url.searchParams;
    expect(asked?.get('dossierId')).toBe(DOSSIER_ID);
    expect(asked?.getAll('status')).toEqual(['open', 'full', 'in-progress', 'completed']);
  });

  it('tells what happened, newest first, a page at a time', async () => {
    activity = [
      buildActivity({
        id: 'a3',
        type: 'checkpoint-held',
        at: '2027-02-01T15:00:00.000Z',
        checkpoint: { id: 'c1', title: 'Eerste terugblik' },
      }),
      buildActivity({
        id: 'a2',
        type: 'task-posted',
        task: { id: 't1', title: 'Inkoopdata op een rij' },
      }),
      buildActivity({ id: 'a1', type: 'member-joined', actor: FEMKE, subject: FEMKE }),
    ];
    serve({ [`GET ${ACTIVITY}`]: () => jsonResponse(pageOf(activity, { total: 25, pageSize: 10 })) });
    await openDossier();

    const feed = await screen.findByRole('region', { name: 'Wat er gebeurde' });
    const list = await within(feed).findByRole('list', { name: 'Wat er gebeurde' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Het ijkmoment “Eerste terugblik” is gehouden; Esther Maas (Gemeente Zeist) legde het vast.',
      'Esther Maas (Gemeente Zeist) plaatste de klus Inkoopdata op een rij.',
      'Femke Verhoeven (Gemeente Oss) doet mee.',
    ]);
    expect(within(feed).getByRole('link', { name: 'Inkoopdata op een rij' })).toHaveAttribute(
      'href',
      '/klussen/t1',
    );
    expect(within(feed).getByRole('link', { name: 'Volgende' })).toHaveAttribute(
      'href',
      `/dossiers/${DOSSIER_ID}?activiteit=2`,
    );
    expect(callsTo(fetchMock, 'GET', ACTIVITY)[0]?.url.searchParams.get('page')).toBe('1');
  });

  it('names no klus in the feed that the viewer may not see, and links to none', async () => {
    activity = [
      buildActivity({ id: 'a2', type: 'task-posted', actor: FEMKE, task: null }),
      buildActivity({ id: 'a1', type: 'task-completed', task: null }),
    ];
    await openDossier();

    const feed = await screen.findByRole('region', { name: 'Wat er gebeurde' });
    const list = await within(feed).findByRole('list', { name: 'Wat er gebeurde' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('p')?.textContent),
    ).toEqual(['Femke Verhoeven (Gemeente Oss) plaatste een klus.', 'Een klus is afgerond.']);
    expect(within(list).queryByRole('link')).not.toBeInTheDocument();
  });

  it('says plainly when the dossier does not exist or is not visible', async () => {
    serve({
      [`GET ${DOSSIER}`]: () => problemResponse(404, { title: 'Niet gevonden', code: 'not-found' }),
    });
    renderApp(`/dossiers/${DOSSIER_ID}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dossier niet gevonden' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/bestaat niet, of u kunt het niet zien/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar alle dossiers' })).toHaveAttribute('href', '/dossiers');
    expect(callsTo(fetchMock, 'GET', `${DOSSIER}/skill-gap`)).toHaveLength(0);
  });

  it('offers to try again when the dossier cannot be loaded', async () => {
    let fail = true;
    serve({
      [`GET ${DOSSIER}`]: () =>
        fail ? problemResponse(500, { title: 'Fout' }) : jsonResponse(buildDossierDetail()),
    });
    renderApp(`/dossiers/${DOSSIER_ID}`);
    const user = userEvent.setup();

    expect(await screen.findByRole('alert', {}, { timeout: 5_000 })).toHaveTextContent(
      'De gegevens konden niet worden geladen.',
    );
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Samen inkopen jeugdzorg' }),
    ).toBeInTheDocument();
  });
});
