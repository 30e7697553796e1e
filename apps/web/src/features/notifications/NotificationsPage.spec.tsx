import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildMe,
  callsTo,
  type FakeRequest,
  jsonResponse,
  mockFetch,
  streamOpened,
  problemResponse,
  renderApp,
  routeApi,
  stubEventSource,
  unauthenticated,
} from '../../test-utils';
import type { AppNotification } from './notification-api';
import {
  ACCEPTED_TASK_ID,
  buildNotification,
  MATCH_TASK_ID,
  notificationPage,
} from './notification-fixtures';
import { NotificationsPage } from './NotificationsPage';

const NOTIFICATIONS = '/api/v1/me/notifications';

const match = buildNotification();
const accepted = buildNotification({
  id: '9c1c1b8e-0000-4000-8000-000000000002',
  type: 'claim-accepted',
  data: { taskId: ACCEPTED_TASK_ID, claimId: 'c1', taskTitle: 'Subsidieregeling evalueren' },
  createdAt: '2026-11-29T08:00:00.000Z',
});
const welcome = buildNotification({
  id: '9c1c1b8e-0000-4000-8000-000000000003',
  type: 'welcome',
  data: { userId: buildMe().id },
  createdAt: '2026-11-01T08:00:00.000Z',
  readAt: '2026-11-01T09:00:00.000Z',
});
const application = buildNotification({
  id: '9c1c1b8e-0000-4000-8000-000000000004',
  type: 'application-received',
  data: { taskId: 'task-archive', claimId: 'c2', taskTitle: 'Archief ordenen' },
  createdAt: '2026-11-30T14:00:00.000Z',
});

describe(NotificationsPage.name, { timeout: 60_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let list: () => Response;
  let unreadCount: number;
  let signedIn: boolean;
  let markAnswer: ((request: FakeRequest) => Response) | undefined;

  const read = (notification: AppNotification) => ({ ...notification, readAt: '2026-11-30T15:00:00.000Z' });

  beforeEach(() => {
    fetchMock = mockFetch();
    stubEventSource();
    list = () => jsonResponse(notificationPage([match, accepted, welcome]));
    unreadCount = 2;
    signedIn = true;
    markAnswer = undefined;
    const markOne = (notification: AppNotification) => (request: FakeRequest) =>
      markAnswer ? markAnswer(request) : jsonResponse(read(notification));
    routeApi(fetchMock, {
      'GET /api/v1/me': () => (signedIn ? jsonResponse(buildMe()) : unauthenticated()),
      'POST /api/v1/auth/sso/logout': () => {
        signedIn = false;
        return jsonResponse({ endSessionUrl: null });
      },
      [`GET ${NOTIFICATIONS}`]: () => list(),
      [`GET ${NOTIFICATIONS}/unread-count`]: () => jsonResponse({ unreadCount }),
      [`PATCH ${NOTIFICATIONS}`]: () => jsonResponse({ unreadCount: 0 }),
      [`PATCH ${NOTIFICATIONS}/${match.id}`]: markOne(match),
      [`PATCH ${NOTIFICATIONS}/${accepted.id}`]: markOne(accepted),
    });
  });

  const menuLink = () =>
    within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: /^Meldingen/ });
  // The first render of a spec file can take over a second on a busy machine.
  const articles = async (name = 'Uw meldingen') =>
    within(await screen.findByRole('list', { name }, { timeout: 5_000 })).getAllByRole('article');

  it('lists my notifications newest first, unread ones marked, each linking to its klus', async () => {
    renderApp('/meldingen');

    const [first, second, third] = await articles();
    expect(screen.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Meldingen – Klussenbank'));
    expect(first).toHaveTextContent('Ongelezen');
    expect(within(first).getByRole('link')).toHaveAccessibleName(
      'Een nieuwe klus die bij u past: “Kaarten voor de omgevingsvisie”.',
    );
    expect(within(first).getByRole('link')).toHaveAttribute('href', `/klussen/${MATCH_TASK_ID}`);
    expect(first).toHaveTextContent('Waarom: GIS (expert), past in uw uren');
    expect(first).toHaveTextContent('30 november 2026 om 14:05');
    expect(within(first).getByRole('button', { name: 'Markeer als gelezen' })).toHaveAccessibleDescription(
      'Een nieuwe klus die bij u past: “Kaarten voor de omgevingsvisie”.',
    );
    expect(second).toHaveTextContent(
      'Uw aanmelding voor “Subsidieregeling evalueren” is geaccepteerd. U doet mee!',
    );
    expect(third).toHaveTextContent('Welkom bij Klussenbank!');
    expect(third).not.toHaveTextContent('Ongelezen');
    expect(within(third).queryByRole('link')).not.toBeInTheDocument();
    expect(within(third).queryByRole('button')).not.toBeInTheDocument();

    expect(screen.getByText('2 ongelezen')).toBeInTheDocument();
    await waitFor(() => expect(menuLink()).toHaveAccessibleName('Meldingen, 2 ongelezen'));
    expect(screen.getByRole('link', { name: 'Instellingen voor meldingen' })).toHaveAttribute(
      'href',
      '/mijn-profiel/meldingen',
    );
    expect(Object.fromEntries(callsTo(fetchMock, 'GET', NOTIFICATIONS)[0]?.url.searchParams ?? [])).toEqual({
      page: '1',
      pageSize: '20',
    });
    expect((await streamOpened()).url).toBe('/api/v1/me/notifications/stream');
  });

  it('words evaluation requests and reminders, linking to the klus page’s section', async () => {
    const evaluation = (id: string, type: string) =>
      buildNotification({
        id,
        type,
        data: { taskId: ACCEPTED_TASK_ID, userId: buildMe().id, taskTitle: 'Subsidieregeling evalueren' },
      });
    list = () =>
      jsonResponse(
        notificationPage([
          evaluation('9c1c1b8e-0000-4000-8000-000000000011', 'evaluation-requested'),
          evaluation('9c1c1b8e-0000-4000-8000-000000000012', 'evaluation-reminder'),
        ]),
      );
    renderApp('/meldingen');
    const [request, reminder] = await articles();
    expect(within(request).getByRole('link')).toHaveAccessibleName(
      'De klus “Subsidieregeling evalueren” is afgerond. Hoe ging het? Geef uw beoordeling.',
    );
    expect(within(request).getByRole('link')).toHaveAttribute(
      'href',
      `/klussen/${ACCEPTED_TASK_ID}#evaluatie`,
    );
    expect(within(reminder).getByRole('link')).toHaveAccessibleName(
      'Herinnering: u heeft nog niet laten weten hoe de klus “Subsidieregeling evalueren” ging.',
    );
    expect(within(reminder).getByRole('link')).toHaveAttribute(
      'href',
      `/klussen/${ACCEPTED_TASK_ID}#evaluatie`,
    );
  });

  it('marks one as read, keeping focus on it, and then all', async () => {
    const user = userEvent.setup();
    renderApp('/meldingen');
    const [first] = await articles();
    await waitFor(() => expect(menuLink()).toHaveAccessibleName('Meldingen, 2 ongelezen'));

    await user.click(within(first).getByRole('button', { name: 'Markeer als gelezen' }));

    await waitFor(() => expect(first).not.toHaveTextContent('Ongelezen'));
    expect(first).toHaveFocus();
    expect(callsTo(fetchMock, 'PATCH', `${NOTIFICATIONS}/${match.id}`)[0]?.body).toEqual({ read: true });
    expect(menuLink()).toHaveAccessibleName('Meldingen, 1 ongelezen');

    await user.click(screen.getByRole('button', { name: 'Alles als gelezen markeren' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Alle meldingen zijn als gelezen gemarkeerd.',
    );
    expect(callsTo(fetchMock, 'PATCH', NOTIFICATIONS)[0]?.body).toEqual({
      read: true,
      until: match.createdAt,
    });
    expect(screen.queryByText('Ongelezen')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Markeer als gelezen' })).not.toBeInTheDocument();
    expect(screen.getByText('Alles gelezen')).toBeInTheDocument();
    expect(menuLink()).toHaveAccessibleName('Meldingen');
  });

  it('says so when marking fails', async () => {
    markAnswer = () => problemResponse(404, { title: 'Niet gevonden', detail: 'Deze melding bestaat niet.' });
    const user = userEvent.setup();
    renderApp('/meldingen');
    const [first] = await articles();

    await user.click(within(first).getByRole('button', { name: 'Markeer als gelezen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Deze melding bestaat niet.');
    expect(first).toHaveTextContent('Ongelezen');
  });

  it('shows new notifications as they come, counts them and reads them out', async () => {
    renderApp('/meldingen');
    await articles();
    const stream = await streamOpened();
    act(() => {
      stream.open();
      stream.emit('unread-count', { unreadCount: 2 });
      stream.emit('notification', application);
    });

    const [first] = await articles();
    expect(first).toHaveTextContent('Er is een nieuwe aanmelding voor uw klus “Archief ordenen”.');
    expect(first).toHaveTextContent('Ongelezen');
    expect(menuLink()).toHaveAccessibleName('Meldingen, 3 ongelezen');
    expect(
      screen.getByText('Nieuwe melding: Er is een nieuwe aanmelding voor uw klus “Archief ordenen”.'),
    ).toHaveAttribute('aria-live', 'polite');

    // Another tab read them all.
    act(() => stream.emit('unread-count', { unreadCount: 0 }));
    expect(menuLink()).toHaveAccessibleName('Meldingen');

    // After a break in the stream, what was missed comes from the list.
    list = () => jsonResponse(notificationPage([application, match, accepted, welcome]));
    act(() => {
      stream.fail();
      stream.open();
    });
    await waitFor(() => expect(callsTo(fetchMock, 'GET', NOTIFICATIONS)).toHaveLength(2));
    await waitFor(async () => expect(await articles()).toHaveLength(4));
  });

  it('counts on every page, and closes the stream on signing out', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' });
    const stream = await streamOpened();
    act(() => {
      stream.open();
      stream.emit('unread-count', { unreadCount: 0 });
      stream.emit('notification', application);
    });
    expect(menuLink()).toHaveAccessibleName('Meldingen, 1 ongelezen');
    expect(menuLink()).toHaveTextContent('Meldingen1');
    expect(screen.getByText(/^Nieuwe melding: Er is een nieuwe aanmelding/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Uitloggen' }));
    await screen.findByRole('heading', { level: 1, name: 'Inloggen bij Klussenbank' });
    expect(stream.readyState).toBe(EventSource.CLOSED);
  });

  it('marks a notification read when its klus is opened', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/meldingen');
    const [, second] = await articles();

    await user.click(within(second).getByRole('link'));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/klussen/${ACCEPTED_TASK_ID}`));
    await waitFor(() =>
      expect(callsTo(fetchMock, 'PATCH', `${NOTIFICATIONS}/${accepted.id}`)).toHaveLength(1),
    );
  });

  it('pages through older notifications', async () => {
    list = () => jsonResponse(notificationPage([welcome], { page: 2, total: 45, unreadCount: 0 }));
    renderApp('/meldingen?page=2');

    await articles();
    expect(callsTo(fetchMock, 'GET', NOTIFICATIONS)[0]?.url.searchParams.get('page')).toBe('2');
    const pagination = screen.getByRole('navigation', { name: 'Paginering' });
    expect(within(pagination).getByRole('link', { name: 'Vorige' })).toHaveAttribute('href', '/meldingen');
    expect(within(pagination).getByRole('link', { name: 'Volgende' })).toHaveAttribute(
      'href',
      '/meldingen?page=3',
    );
  });

  it('says when there are none yet', async () => {
    list = () => jsonResponse(notificationPage([]));
    unreadCount = 0;
    renderApp('/meldingen');

    expect(await screen.findByText(/^U hebt nog geen meldingen./)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Uw meldingen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Alles als gelezen markeren' })).not.toBeInTheDocument();
  });

  it('offers a retry when the list cannot be loaded', async () => {
    let failing = true;
    list = () =>
      failing ? problemResponse(500, { title: 'Fout' }) : jsonResponse(notificationPage([match]));
    const user = userEvent.setup();
    renderApp('/meldingen');

    expect(await screen.findByRole('alert')).toHaveTextContent('De gegevens konden niet worden geladen.');
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await articles()).toHaveLength(1);
  });

  it('speaks English', async () => {
    renderApp('/meldingen', { language: 'en' });
    const [first] = await articles('Your notifications');
    expect(first).toHaveTextContent('A new klus that suits you: “Kaarten voor de omgevingsvisie”.');
    expect(first).toHaveTextContent('Why: GIS (expert), fits your hours');
    expect(first).toHaveTextContent('30 November 2026 at 14:05');
    expect(within(first).getByRole('button', { name: 'Mark as read' })).toBeInTheDocument();
  });
});
