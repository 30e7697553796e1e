import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Me } from '../auth/auth-api';
import {
  buildMe,
  callsTo,
  jsonResponse,
  mockFetch,
  problemResponse,
  renderApp,
  routeApi,
} from '../../test-utils';
import type { SkillProposal } from './skill-proposal-api';
import { SkillProposalsPage } from './SkillProposalsPage';

const PROPOSALS = '/api/v1/skills/proposals';
const WIJKGERICHT = '6f1c1b8e-0000-4000-8000-00000000c001';
const ARCHIEF = '6f1c1b8e-0000-4000-8000-00000000c002';
const SHARED = '6f1c1b8e-0000-4000-8000-00000000c0ff';

function buildProposal(overrides: Partial<SkillProposal> = {}): SkillProposal {
  return {
    id: WIJKGERICHT,
    label: 'Wijkgericht werken',
    organisationId: buildMe().organisation.id,
    organisationName: 'Gemeente Dordrecht',
    createdAt: '2026-12-01T09:30:00.000Z',
    tasks: 3,
    dossiers: 1,
    ...overrides,
  };
}

const detail = (proposal: SkillProposal, status: 'accepted' | 'rejected') => ({
  id: proposal.id,
  label: proposal.label,
  labelNl: proposal.label,
  labelEn: null,
  altLabels: [],
  category: null,
  verified: false,
  status,
  description: null,
  active: true,
  mergedInto: null,
});

/** The page loads when first visited, which a busy machine may take a while over. */
async function openPage(path = '/vaardigheden/voorstellen') {
  const view = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: 'Voorgestelde vaardigheden' }, { timeout: 5_000 });
  return view;
}

const proposalNamed = (name: string) => screen.getByRole('article', { name });

describe(SkillProposalsPage.name, () => {
  let me: Me;
  let fetchMock: ReturnType<typeof mockFetch>;
  let waiting: SkillProposal[];
  let acceptAnswer: (proposal: SkillProposal) => Response;

  beforeEach(() => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    waiting = [
      buildProposal(),
      buildProposal({ id: ARCHIEF, label: 'Archiefbeheer', tasks: 0, dossiers: 2 }),
    ];
    acceptAnswer = (proposal) => jsonResponse(detail(proposal, 'accepted'));
    fetchMock = mockFetch();
    const decide = (status: 'accepted' | 'rejected') => (id: string) => {
      const proposal = waiting.find((p) => p.id === id);
      if (!proposal) {
        return problemResponse(409, {
          title: 'Al besloten',
          detail: 'Over deze vaardigheid is al beslist; er wacht geen voorstel.',
          code: 'skill-not-a-proposal',
        });
      }
      if (status === 'accepted') {
        const answer = acceptAnswer(proposal);
        if (answer.ok) waiting = waiting.filter((p) => p.id !== id);
        return answer;
      }
      waiting = waiting.filter((p) => p.id !== id);
      return jsonResponse(detail(proposal, status));
    };
    const accept = decide('accepted');
    const reject = decide('rejected');
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      [`GET ${PROPOSALS}`]: () =>
        jsonResponse({ items: waiting, page: 1, pageSize: 20, total: waiting.length }),
      [`POST /api/v1/skills/${WIJKGERICHT}/acceptance`]: () => accept(WIJKGERICHT),
      [`POST /api/v1/skills/${ARCHIEF}/acceptance`]: () => accept(ARCHIEF),
      [`POST /api/v1/skills/${WIJKGERICHT}/rejection`]: () => reject(WIJKGERICHT),
      [`POST /api/v1/skills/${ARCHIEF}/rejection`]: () => reject(ARCHIEF),
      [`POST /api/v1/skills/${WIJKGERICHT}/merges`]: () => {
        waiting = waiting.filter((p) => p.id !== WIJKGERICHT);
        return jsonResponse({
          target: { ...detail(buildProposal({ id: SHARED, label: 'Wijkgericht werken' }), 'accepted') },
          labelsMoved: 1,
          referencesMoved: { task_skills: 3, dossier_skills: 1 },
        });
      },
    });
  });

  it('lists the proposals with where they are used, who proposed them and when', async () => {
    await openPage();

    const first = await screen.findByRole('article', { name: 'Wijkgericht werken' });
    expect(first).toHaveTextContent('Gebruikt in 3 klussen en 1 dossier.');
    expect(first).toHaveTextContent('Voorgesteld door Gemeente Dordrecht op 1 december 2026.');
    expect(proposalNamed('Archiefbeheer')).toHaveTextContent('Gebruikt in 2 dossiers.');
    expect(screen.getByText(/Accepteren: de vaardigheid komt in de gedeelde lijst/)).toBeInTheDocument();
    expect(screen.getByText(/U ziet de voorstellen van Gemeente Dordrecht/)).toBeInTheDocument();
    expect(callsTo(fetchMock, 'GET', PROPOSALS)[0].url.searchParams.get('page')).toBe('1');
    await waitFor(() => expect(document.title).toBe('Voorgestelde vaardigheden – Klussenbank'));
  });

  it('accepts a proposal, says what that means and takes it off the list', async () => {
    const user = userEvent.setup();
    await openPage();

    await user.click(
      within(await screen.findByRole('article', { name: 'Wijkgericht werken' })).getByRole('button', {
        name: 'Accepteren',
      }),
    );

    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent(
      '‘Wijkgericht werken’ is geaccepteerd. Alle partnerorganisaties kunnen deze vaardigheid nu kiezen',
    );
    expect(status.closest('.kb-feedback')).toHaveFocus();
    expect(callsTo(fetchMock, 'POST', `/api/v1/skills/${WIJKGERICHT}/acceptance`)).toHaveLength(1);
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Wijkgericht werken' })).toBeNull());
    expect(proposalNamed('Archiefbeheer')).toBeInTheDocument();
  });

  it('rejects a proposal only after confirmation, and Terug returns to the button', async () => {
    const user = userEvent.setup();
    await openPage();
    const item = await screen.findByRole('article', { name: 'Archiefbeheer' });

    await user.click(within(item).getByRole('button', { name: 'Afwijzen' }));
    const panel = within(item).getByRole('form', { name: '‘Archiefbeheer’ afwijzen?' });
    expect(panel).toHaveFocus();
    expect(panel).toHaveTextContent(
      'De naam blijft alleen staan bij de klussen en dossiers die hem nu noemen.',
    );
    await user.click(within(panel).getByRole('button', { name: 'Terug' }));
    expect(within(item).getByRole('button', { name: 'Afwijzen' })).toHaveFocus();
    expect(callsTo(fetchMock, 'POST', `/api/v1/skills/${ARCHIEF}/rejection`)).toHaveLength(0);

    await user.click(within(item).getByRole('button', { name: 'Afwijzen' }));
    await user.click(within(item).getByRole('button', { name: 'Ja, wijs af' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      '‘Archiefbeheer’ is afgewezen. De naam blijft alleen staan bij de klussen en dossiers die hem noemen.',
    );
    expect(callsTo(fetchMock, 'POST', `/api/v1/skills/${ARCHIEF}/rejection`)).toHaveLength(1);
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Archiefbeheer' })).toBeNull());
  });

  it('explains a 409 skill-exists and sends an org-admin to a platform admin for the merge', async () => {
    acceptAnswer = () =>
      problemResponse(409, {
        title: 'Bestaat al',
        detail: 'Er is al een vaardigheid met de naam ‘Wijkgericht werken’.',
        code: 'skill-exists',
        existingSkillId: SHARED,
        existingLabel: 'Wijkgericht werken',
      });
    const user = userEvent.setup();
    await openPage();
    const item = await screen.findByRole('article', { name: 'Wijkgericht werken' });

    await user.click(within(item).getByRole('button', { name: 'Accepteren' }));

    const alert = await within(item).findByRole('alert');
    expect(alert).toHaveTextContent('Er is al een gedeelde vaardigheid met de naam ‘Wijkgericht werken’.');
    expect(alert).toHaveTextContent(
      'Een platformbeheerder kan dit voorstel samenvoegen met ‘Wijkgericht werken’.',
    );
    expect(alert.closest('.kb-feedback')).toHaveFocus();
    expect(within(item).queryByRole('button', { name: /Samenvoegen/ })).toBeNull();
    expect(within(item).queryByRole('button', { name: 'Accepteren' })).toBeNull();
    expect(within(item).getByRole('button', { name: 'Afwijzen' })).toBeInTheDocument();
  });

  it('lets a platform admin merge a proposal into the shared skill after a 409 skill-exists', async () => {
    me = buildMe({ roles: ['employee', 'platform-admin'] });
    acceptAnswer = () =>
      problemResponse(409, {
        title: 'Bestaat al',
        code: 'skill-exists',
        existingSkillId: SHARED,
        existingLabel: 'Wijkgericht werken',
      });
    const user = userEvent.setup();
    await openPage();
    expect(await screen.findByText(/de voorstellen van alle organisaties/)).toBeInTheDocument();
    const item = await screen.findByRole('article', { name: 'Wijkgericht werken' });

    await user.click(within(item).getByRole('button', { name: 'Accepteren' }));
    await user.click(
      await within(item).findByRole('button', { name: 'Samenvoegen met ‘Wijkgericht werken’' }),
    );

    expect(await screen.findByRole('status')).toHaveTextContent(
      '‘Wijkgericht werken’ is samengevoegd met ‘Wijkgericht werken’.',
    );
    expect(callsTo(fetchMock, 'POST', `/api/v1/skills/${WIJKGERICHT}/merges`)[0].body).toEqual({
      targetId: SHARED,
    });
  });

  it('says so when another admin decided first, and shows the list as it is now', async () => {
    const user = userEvent.setup();
    await openPage();
    const item = await screen.findByRole('article', { name: 'Wijkgericht werken' });
    waiting = waiting.filter((p) => p.id !== WIJKGERICHT);

    await user.click(within(item).getByRole('button', { name: 'Accepteren' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Over deze vaardigheid is al beslist; er wacht geen voorstel.',
    );
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Wijkgericht werken' })).toBeNull());
  });

  it('says there are no proposals when none wait', async () => {
    waiting = [];
    await openPage();

    expect(await screen.findByText('Er zijn geen voorgestelde vaardigheden.')).toBeInTheDocument();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('offers to try again when the list cannot be loaded', async () => {
    let fail = true;
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      [`GET ${PROPOSALS}`]: () =>
        fail
          ? problemResponse(503, { title: 'Niet beschikbaar', code: 'unavailable' })
          : jsonResponse({ items: waiting, page: 1, pageSize: 20, total: waiting.length }),
    });
    const user = userEvent.setup();
    await openPage();

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('article', { name: 'Wijkgericht werken' })).toBeInTheDocument();
  });

  it('is found by admins from the navigation and from Beheer', async () => {
    renderApp('/beheer');

    const navigation = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(navigation).getByRole('link', { name: 'Voorgestelde vaardigheden' })).toHaveAttribute(
      'href',
      '/vaardigheden/voorstellen',
    );
    // The page itself loads lazily, after the shell.
    const sections = await screen.findByRole('list', { name: 'Onderdelen van Beheer' });
    expect(within(sections).getByRole('link', { name: 'Voorgestelde vaardigheden' })).toHaveAttribute(
      'href',
      '/vaardigheden/voorstellen',
    );
  });

  it('is not shown to an employee, and the page itself asks the API nothing', async () => {
    me = buildMe({ roles: ['employee', 'manager'] });
    const { unmount } = renderApp('/mijn-gegevens');
    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    expect(screen.queryByRole('link', { name: 'Voorgestelde vaardigheden' })).toBeNull();
    unmount();

    await openPage();
    expect(screen.getByText(/Deze pagina is voor beheerders/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accepteren' })).toBeNull();
    expect(callsTo(fetchMock, 'GET', PROPOSALS)).toHaveLength(0);
  });

  it('speaks English when the person chose it', async () => {
    renderApp('/vaardigheden/voorstellen', { language: 'en' });

    await screen.findByRole('heading', { level: 1, name: 'Proposed skills' }, { timeout: 5_000 });
    expect(await screen.findByRole('article', { name: 'Wijkgericht werken' })).toHaveTextContent(
      'Used in 3 tasks and 1 dossier.',
    );
    expect(screen.getAllByRole('button', { name: 'Accept' })).toHaveLength(2);
  });
});
