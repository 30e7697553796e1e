import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../auth/auth-api';
import type { Checkpoint, DossierSummary } from '../dossiers/dossier-api';
import { buildCheckpoint, buildDossierSummary, pageOf } from '../dossiers/dossier-fixtures';
import type { AppNotification } from '../notifications/notification-api';
import { buildNotification, notificationPage } from '../notifications/notification-fixtures';
import type { MyClaim } from '../tasks/task-api';
import { buildMyClaim, buildMyTask, buildTaskSummary } from '../tasks/task-fixtures';
import {
  buildMe,
  callsTo,
  jsonResponse,
  mockFetch,
  problemResponse,
  renderApp,
  routeApi,
  streamOpened,
  stubEventSource,
} from '../../test-utils';
import { StartPage } from './StartPage';

const API = '/api/v1';
const DOSSIER_A = '9d1c1b8e-0000-4000-8000-0000000005a1';
const DOSSIER_B = '9d1c1b8e-0000-4000-8000-0000000005b1';
const MANAGER_SECTIONS = [
  'Mijn komende klussen',
  'Komende ijkmomenten',
  'Ongelezen meldingen',
  'Wacht op mijn besluit',
  'Aanbevolen klussen',
];

const claimOn = (id: string, title: string, startDate: string, endDate: string, status: MyClaim['status']) =>
  buildMyClaim({ id: `claim-${id}`, status, task: buildTaskSummary({ id, title, startDate, endDate }) });

describe(StartPage.name, { timeout: 30_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let me: Me;
  let claims: () => Response;
  let tasks: () => Response;
  let notifications: () => Response;
  let recommended: () => Response;
  let dossiers: () => Response;
  let checkpoints: Record<string, Checkpoint[]>;
  let unreadCount: number;

  beforeEach(() => {
    // Only the clock: "today" is 1 December 2026 in Amsterdam; timers stay real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
    fetchMock = mockFetch();
    stubEventSource();
    me = buildMe();
    claims = () => jsonResponse({ items: [] });
    tasks = () => jsonResponse({ items: [] });
    notifications = () => jsonResponse(notificationPage([]));
    recommended = () => jsonResponse({ items: [] });
    dossiers = () => jsonResponse(pageOf<DossierSummary>([]));
    checkpoints = {};
    unreadCount = 0;
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      'GET /api/v1/me/notifications/unread-count': () => jsonResponse({ unreadCount }),
      'GET /api/v1/me/claims': () => claims(),
      'GET /api/v1/me/tasks': () => tasks(),
      'GET /api/v1/me/notifications': () => notifications(),
      'GET /api/v1/me/recommended-tasks': () => recommended(),
      'GET /api/v1/dossiers': () => dossiers(),
      [`GET ${API}/dossiers/${DOSSIER_A}/checkpoints`]: () => jsonResponse({ items: checkpoints[DOSSIER_A] }),
      [`GET ${API}/dossiers/${DOSSIER_B}/checkpoints`]: () => jsonResponse({ items: checkpoints[DOSSIER_B] }),
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const block = (name: string) => screen.getByRole('region', { name });
  const links = (name: string) =>
    within(within(block(name)).getByRole('list'))
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);

  it('greets me and shows each block with an empty state that says what to do next', async () => {
    renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Start – Klussenbank'));
    // An employee decides on no applications: that block is for those who post klussen.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      MANAGER_SECTIONS.filter((name) => name !== 'Wacht op mijn besluit'),
    );
    await waitFor(() => expect(block('Mijn komende klussen')).toHaveTextContent('Nog geen klussen gepland.'));
    expect(
      within(block('Mijn komende klussen')).getByRole('link', { name: 'Bekijk de klussen' }),
    ).toHaveAttribute('href', '/klussen');
    await waitFor(() =>
      expect(block('Komende ijkmomenten')).toHaveTextContent('U zit nog niet in het team van een dossier.'),
    );
    expect(
      within(block('Komende ijkmomenten')).getByRole('link', { name: 'Bekijk de dossiers' }),
    ).toHaveAttribute('href', '/dossiers');
    await waitFor(() =>
      expect(block('Ongelezen meldingen')).toHaveTextContent('U hebt geen ongelezen meldingen.'),
    );
    await waitFor(() => expect(block('Aanbevolen klussen')).toHaveTextContent('Nog geen aanbevelingen.'));
    expect(
      within(block('Aanbevolen klussen')).getByRole('link', { name: 'Vul uw profiel aan' }),
    ).toHaveAttribute('href', '/mijn-profiel');
    expect(callsTo(fetchMock, 'GET', `${API}/me/tasks`)).toHaveLength(0);
  });

  it('shows my live klussen that have not ended, soonest first, at most five, with the full list a link away', async () => {
    claims = () =>
      jsonResponse({
        items: [
          claimOn('late', 'Archief ordenen', '2027-01-10', '2027-02-10', 'active'),
          claimOn('soon', 'Subsidies toetsen', '2026-12-03', '2026-12-20', 'applied'),
          claimOn('running', 'Notuleren raad', '2026-11-20', '2026-12-01', 'awaiting-consent'),
          claimOn('ended', 'Kaart maken', '2026-11-01', '2026-11-30', 'active'),
          claimOn('gone', 'Teruggetrokken klus', '2026-12-05', '2026-12-09', 'withdrawn'),
          claimOn('k1', 'Klus 1', '2027-03-01', '2027-03-02', 'active'),
          claimOn('k2', 'Klus 2', '2027-03-03', '2027-03-04', 'active'),
          claimOn('k3', 'Klus 3', '2027-03-05', '2027-03-06', 'active'),
        ],
      });
    renderApp('/');

    await waitFor(() =>
      expect(within(block('Mijn komende klussen')).getAllByRole('listitem')).toHaveLength(5),
    );
    expect(links('Mijn komende klussen')).toEqual([
      ['Notuleren raad', '/klussen/running'],
      ['Subsidies toetsen', '/klussen/soon'],
      ['Archief ordenen', '/klussen/late'],
      ['Klus 1', '/klussen/k1'],
      ['Klus 2', '/klussen/k2'],
    ]);
    const [first, second] = within(block('Mijn komende klussen')).getAllByRole('listitem');
    expect(first).toHaveTextContent(
      '20 november 2026 t/m 1 december 2026 · Wacht op toestemming van de leidinggevende',
    );
    expect(second).toHaveTextContent(
      '3 december 2026 t/m 20 december 2026 · Aangemeld, wacht op de opdrachtgever',
    );
    expect(
      within(block('Mijn komende klussen')).getByRole('link', { name: 'Alle klussen waaraan ik meedoe' }),
    ).toHaveAttribute('href', '/mijn-klussen');
  });

  it('shows the planned checkpoints from today on across my running dossiers, with their dossier', async () => {
    dossiers = () =>
      jsonResponse(
        pageOf([
          buildDossierSummary({ id: DOSSIER_A, title: 'Samen inkopen jeugdzorg', myStatus: 'active' }),
          buildDossierSummary({ id: DOSSIER_B, title: 'Eén loket wonen', myStatus: 'active' }),
        ]),
      );
    checkpoints = {
      [DOSSIER_A]: [
        buildCheckpoint({ id: 'cp-a1', title: 'Tweede terugblik', plannedOn: '2027-02-01' }),
        buildCheckpoint({ id: 'cp-a2', title: 'Al gehouden', plannedOn: '2026-12-10', status: 'held' }),
        buildCheckpoint({ id: 'cp-a3', title: 'Vorige maand', plannedOn: '2026-11-15' }),
      ],
      [DOSSIER_B]: [buildCheckpoint({ id: 'cp-b1', title: 'Start loket', plannedOn: '2026-12-01' })],
    };
    renderApp('/');

    await waitFor(() =>
      expect(within(block('Komende ijkmomenten')).getAllByRole('listitem')).toHaveLength(2),
    );
    expect(links('Komende ijkmomenten')).toEqual([
      ['Start loket', `/dossiers/${DOSSIER_B}`],
      ['Tweede terugblik', `/dossiers/${DOSSIER_A}`],
    ]);
    expect(block('Komende ijkmomenten')).toHaveTextContent('1 december 2026 · Eén loket wonen');
    expect(block('Komende ijkmomenten')).toHaveTextContent('1 februari 2027 · Samen inkopen jeugdzorg');
    // Only the dossiers I am in that still run.
    const [asked] = callsTo(fetchMock, 'GET', `${API}/dossiers`);
    expect(asked.url.searchParams.get('mine')).toBe('true');
    expect(asked.url.searchParams.getAll('status')).toEqual(['exploring', 'active']);
  });

  it('says so when my dossiers have no checkpoints ahead, and links to them', async () => {
    dossiers = () => jsonResponse(pageOf([buildDossierSummary({ id: DOSSIER_A, myStatus: 'active' })]));
    checkpoints = { [DOSSIER_A]: [buildCheckpoint({ plannedOn: '2026-11-01' })] };
    renderApp('/');

    await waitFor(() =>
      expect(block('Komende ijkmomenten')).toHaveTextContent(
        'Er zijn geen ijkmomenten gepland in uw dossiers.',
      ),
    );
    expect(
      within(block('Komende ijkmomenten')).getByRole('link', { name: 'Bekijk mijn dossiers' }),
    ).toHaveAttribute('href', '/dossiers?mine=true');
  });

  it('shows only my unread notifications, linking to what they are about, with the count of all unread', async () => {
    const unread: AppNotification = buildNotification({
      id: 'n1',
      type: 'claim-accepted',
      data: { taskId: 'task-1', claimId: 'c1', taskTitle: 'Subsidieregeling evalueren' },
    });
    const read = buildNotification({ id: 'n2', readAt: '2026-11-30T15:00:00.000Z' });
    notifications = () => jsonResponse(notificationPage([unread, read], { unreadCount: 7 }));
    unreadCount = 7;
    renderApp('/');

    await waitFor(() =>
      expect(within(block('Ongelezen meldingen')).getAllByRole('listitem')).toHaveLength(1),
    );
    const [[text, href]] = links('Ongelezen meldingen');
    expect(text).toMatch(/Subsidieregeling evalueren/);
    expect(href).toBe('/klussen/task-1');
    expect(block('Ongelezen meldingen')).toHaveTextContent('30 november 2026 om 14:05');
    expect(
      within(block('Ongelezen meldingen')).getByRole('link', { name: 'Alle meldingen (7 ongelezen)' }),
    ).toHaveAttribute('href', '/meldingen');
  });

  it('adds a notification that arrives while the page is open', async () => {
    renderApp('/');
    await waitFor(() =>
      expect(block('Ongelezen meldingen')).toHaveTextContent('U hebt geen ongelezen meldingen.'),
    );

    const stream = await streamOpened();
    act(() => {
      stream.open();
      stream.emit('unread-count', { unreadCount: 0 });
      stream.emit(
        'notification',
        buildNotification({
          id: 'live',
          type: 'claim-accepted',
          data: { taskId: 'task-live', claimId: 'c9', taskTitle: 'Live binnengekomen' },
        }),
      );
    });
    await waitFor(() => expect(links('Ongelezen meldingen')[0]?.[1]).toBe('/klussen/task-live'));
    expect(
      within(block('Ongelezen meldingen')).getByRole('link', { name: 'Alle meldingen (1 ongelezen)' }),
    ).toBeInTheDocument();
  });

  it('shows a manager the klussen whose applications wait for a decision, the most waiting first', async () => {
    me = buildMe({ roles: ['employee', 'manager'] });
    tasks = () =>
      jsonResponse({
        items: [
          buildMyTask({ id: 'one', title: 'Eén aanmelding', awaitingDecision: 1 }),
          buildMyTask({ id: 'none', title: 'Niets te beslissen', awaitingDecision: 0, applicants: 1 }),
          buildMyTask({ id: 'three', title: 'Drie aanmeldingen', awaitingDecision: 3 }),
        ],
      });
    renderApp('/');

    await waitFor(() =>
      expect(within(block('Wacht op mijn besluit')).getAllByRole('listitem')).toHaveLength(2),
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(MANAGER_SECTIONS);
    expect(links('Wacht op mijn besluit')).toEqual([
      ['Drie aanmeldingen', '/klussen/three'],
      ['Eén aanmelding', '/klussen/one'],
    ]);
    expect(block('Wacht op mijn besluit')).toHaveTextContent('3 aanmeldingen wachten op uw besluit');
    expect(block('Wacht op mijn besluit')).toHaveTextContent('1 aanmelding wacht op uw besluit');
    expect(screen.getByRole('link', { name: 'Een klus plaatsen' })).toHaveAttribute('href', '/klussen/nieuw');
  });

  it('tells a manager with nothing to decide what to do next', async () => {
    me = buildMe({ roles: ['employee', 'manager'] });
    renderApp('/');

    await waitFor(() =>
      expect(block('Wacht op mijn besluit')).toHaveTextContent('Er wachten geen aanmeldingen op uw besluit.'),
    );
  });

  it('shows recommended klussen with why they fit', async () => {
    recommended = () =>
      jsonResponse({
        items: [
          {
            task: buildTaskSummary({ id: 'rec', title: 'Bomenkaart actualiseren' }),
            score: 90,
            reasons: [{ kind: 'required', skill: 'GIS', level: 'expert', demonstrated: false }],
          },
        ],
      });
    renderApp('/');

    await waitFor(() =>
      expect(links('Aanbevolen klussen')).toEqual([['Bomenkaart actualiseren', '/klussen/rec']]),
    );
    expect(block('Aanbevolen klussen')).toHaveTextContent('Waarom: GIS (expert)');
    expect(within(block('Aanbevolen klussen')).getByRole('link', { name: 'Alle klussen' })).toHaveAttribute(
      'href',
      '/klussen',
    );
  });

  it('keeps the other blocks when one fails, and lets that one try again', async () => {
    let failing = true;
    claims = () =>
      failing
        ? problemResponse(500, { title: 'Internal Server Error', status: 500 })
        : jsonResponse({ items: [claimOn('back', 'Weer terug', '2026-12-02', '2026-12-03', 'active')] });
    dossiers = () => problemResponse(500, { title: 'Internal Server Error', status: 500 });
    renderApp('/');

    const upcoming = await waitFor(() => within(block('Mijn komende klussen')).getByRole('alert'));
    expect(upcoming).toHaveTextContent('De gegevens konden niet worden geladen.');
    await waitFor(() => expect(within(block('Komende ijkmomenten')).getByRole('alert')).toBeInTheDocument());
    await waitFor(() =>
      expect(block('Ongelezen meldingen')).toHaveTextContent('U hebt geen ongelezen meldingen.'),
    );
    expect(within(block('Ongelezen meldingen')).queryByRole('alert')).not.toBeInTheDocument();

    failing = false;
    await userEvent.click(
      within(block('Mijn komende klussen')).getByRole('button', { name: 'Opnieuw proberen' }),
    );
    await waitFor(() => expect(links('Mijn komende klussen')).toEqual([['Weer terug', '/klussen/back']]));
  });

  it('shows a loading state per block while it waits', async () => {
    notifications = () => new Promise<Response>(() => undefined) as unknown as Response;
    renderApp('/');

    await waitFor(() => expect(block('Mijn komende klussen')).toHaveTextContent('Nog geen klussen gepland.'));
    expect(within(block('Ongelezen meldingen')).getByRole('status')).toHaveTextContent('Wordt geladen…');
  });

  it('speaks English to an English reader', async () => {
    renderApp('/', { language: 'en' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Anna de Vries' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(block('My upcoming klussen')).toHaveTextContent('No klussen planned yet.'));
    expect(block('Unread notifications')).toBeInTheDocument();
  });
});
