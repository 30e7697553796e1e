import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildMe,
  callsTo,
  type FakeRequest,
  jsonResponse,
  mockFetch,
  problemResponse,
  renderApp,
  routeApi,
} from '../test-utils';
import { buildNotification, notificationPage } from '../features/notifications/notification-fixtures';
import { buildTaskDetail, TASK_ID } from '../features/tasks/task-fixtures';
import { buildDossierDetail, DOSSIER_ID, PARTNERSHIP } from '../features/dossiers/dossier-fixtures';

/** How the rest of the app leads to a dossier: notifications, the klus form and the klus page. */
const DOSSIER = `/api/v1/dossiers/${DOSSIER_ID}`;

describe('links to dossiers', { timeout: 60_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let handlers: Record<string, (request: FakeRequest) => Response>;

  const serve = (extra: Record<string, (request: FakeRequest) => Response>) => {
    handlers = {
      'GET /api/v1/me': () => jsonResponse(buildMe({ roles: ['employee', 'manager'] })),
      [`GET ${DOSSIER}`]: () => jsonResponse(buildDossierDetail()),
      ...extra,
    };
    routeApi(fetchMock, handlers);
  };

  beforeEach(() => {
    fetchMock = mockFetch();
  });

  it('words each dossier notification and links it to the dossier', async () => {
    const data = { dossierId: DOSSIER_ID, dossierTitle: 'Samen inkopen jeugdzorg' };
    const notifications = [
      ['dossier-match', {}],
      ['dossier-join-requested', { userName: 'Femke Verhoeven' }],
      ['dossier-request-accepted', {}],
      ['dossier-request-declined', {}],
      ['dossier-invited', {}],
      ['dossier-checkpoint-upcoming', { checkpointTitle: 'Eerste terugblik', plannedOn: '2027-02-01' }],
      ['dossier-task-posted', { taskId: TASK_ID, taskTitle: 'Inkoopdata op een rij' }],
    ].map(([type, extra], index) =>
      buildNotification({ id: `n-${index}`, type: type as string, data: { ...data, ...(extra as object) } }),
    );
    serve({
      'GET /api/v1/me/notifications': () => jsonResponse(notificationPage(notifications)),
      'GET /api/v1/me/notifications/unread-count': () => jsonResponse({ unreadCount: 7 }),
    });
    renderApp('/meldingen');

    const list = await screen.findByRole('list', { name: 'Uw meldingen' }, { timeout: 5_000 });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Een nieuw dossier zoekt vaardigheden die u hebt of wilt leren: “Samen inkopen jeugdzorg”.',
      'Femke Verhoeven vraagt om mee te doen aan uw dossier “Samen inkopen jeugdzorg”.',
      'U doet mee aan het dossier “Samen inkopen jeugdzorg”: uw verzoek is geaccepteerd.',
      'Uw verzoek om mee te doen aan het dossier “Samen inkopen jeugdzorg” is niet geaccepteerd.',
      'U bent uitgenodigd om mee te doen aan het dossier “Samen inkopen jeugdzorg”.',
      'Het ijkmoment “Eerste terugblik” van het dossier “Samen inkopen jeugdzorg” is op 1 februari 2027.',
      'Een nieuwe klus in het dossier “Samen inkopen jeugdzorg”: “Inkoopdata op een rij”.',
    ]);
    for (const link of links) expect(link).toHaveAttribute('href', `/dossiers/${DOSSIER_ID}`);
  });

  it('posts a klus in a dossier: says which, shows it to the dossier’s partnership, and sends the dossier', async () => {
    serve({ 'POST /api/v1/tasks': () => jsonResponse(buildTaskDetail({ isPoster: true }), 201) });
    renderApp(`/klussen/nieuw?dossier=${DOSSIER_ID}`);
    const user = userEvent.setup();

    const note = await screen.findByText(/Deze klus komt in het dossier/, {}, { timeout: 5_000 });
    expect(within(note).getByRole('link', { name: 'Samen inkopen jeugdzorg' })).toHaveAttribute(
      'href',
      `/dossiers/${DOSSIER_ID}`,
    );
    expect(screen.getByRole('radio', { name: 'Eén samenwerkingsverband' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Samenwerkingsverband' })).toHaveValue(PARTNERSHIP.id);

    const fill = async (u: UserEvent, label: string, value: string) => {
      await u.click(screen.getByLabelText(label));
      await u.paste(value);
    };
    await fill(user, 'Titel', 'Inkoopdata op een rij');
    await fill(user, 'Beschrijving', 'Zet de cijfers van vier gemeenten naast elkaar.');
    await fill(user, 'Geschatte uren', '8');
    fireEvent.change(screen.getByLabelText('Begindatum'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText('Einddatum'), { target: { value: '2026-12-31' } });
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));

    await waitFor(() => expect(callsTo(fetchMock, 'POST', '/api/v1/tasks')).toHaveLength(1));
    expect(callsTo(fetchMock, 'POST', '/api/v1/tasks')[0]?.body).toMatchObject({
      dossierId: DOSSIER_ID,
      visibility: 'partnership',
      partnershipId: PARTNERSHIP.id,
    });
  });

  it('still lets a manager post the klus when the dossier is not visible', async () => {
    serve({ [`GET ${DOSSIER}`]: () => problemResponse(404, { title: 'Niet gevonden' }) });
    renderApp(`/klussen/nieuw?dossier=${DOSSIER_ID}`);

    expect(
      await screen.findByText(/bestaat niet of u kunt het niet zien/, {}, { timeout: 5_000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('radio', { name: 'Alle samenwerkingsverbanden van Gemeente Dordrecht' }),
    ).toBeChecked();
  });

  it('links a klus to its dossier', async () => {
    serve({
      [`GET /api/v1/tasks/${TASK_ID}`]: () => jsonResponse(buildTaskDetail({ dossierId: DOSSIER_ID })),
    });
    renderApp(`/klussen/${TASK_ID}`);

    const link = await screen.findByRole('link', { name: 'Samen inkopen jeugdzorg' }, { timeout: 5_000 });
    expect(link).toHaveAttribute('href', `/dossiers/${DOSSIER_ID}`);
    expect(link.closest('p')).toHaveTextContent('Deze klus hoort bij het dossier Samen inkopen jeugdzorg.');
  });
});
