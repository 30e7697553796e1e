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
import type { ConsentRequest, MyClaim, MyTask } from '../tasks/task-api';
import { buildConsentRequest, buildMyClaim, buildMyTask, buildTaskSummary } from '../tasks/task-fixtures';
import { MyTasksPage } from './MyTasksPage';

const SECTIONS = ['Ingeschreven en aangemeld', 'Afgerond', 'Geplaatst door mij', 'Toestemming gevraagd'];

describe(MyTasksPage.name, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let me: Me;
  let claims: MyClaim[];
  let tasks: MyTask[];
  let requests: ConsentRequest[];
  let consentAnswer: () => Response;
  let hourCap: Record<string, unknown>;

  beforeEach(() => {
    fetchMock = mockFetch();
    me = buildMe();
    claims = [];
    tasks = [];
    requests = [];
    hourCap = {
      userId: me.id,
      cap: null,
      organisationCap: null,
      personalCap: null,
      mode: 'refuse',
      month: '2026-12',
      plannedHours: 0,
      hoursLeft: null,
    };
    consentAnswer = () => {
      requests = [];
      return jsonResponse({ id: 'c', status: 'active', motivation: '' });
    };
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      'GET /api/v1/me/claims': () => jsonResponse({ items: claims }),
      'GET /api/v1/me/tasks': () => jsonResponse({ items: tasks }),
      'GET /api/v1/me/consent-requests': () => jsonResponse({ items: requests }),
      'GET /api/v1/me/hour-cap': () => jsonResponse(hourCap),
      'PATCH /api/v1/consent-requests/8b1c1b8e-0000-4000-8000-000000000401': () => consentAnswer(),
    });
  });

  const section = (name: string) => screen.getByRole('region', { name });

  it('shows its four sections, each with an empty state', async () => {
    renderApp('/mijn-klussen');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn klussen' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Mijn klussen – Klussenbank'));
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(
      SECTIONS,
    );
    await waitFor(() =>
      expect(section('Ingeschreven en aangemeld')).toHaveTextContent('U doet nog niet mee'),
    );
    expect(
      within(section('Ingeschreven en aangemeld')).getByRole('link', { name: 'Zoek een klus' }),
    ).toHaveAttribute('href', '/klussen');
    expect(section('Afgerond')).toHaveTextContent('U hebt nog geen klussen afgerond.');
    expect(section('Geplaatst door mij')).toHaveTextContent('U hebt nog geen klussen geplaatst.');
    expect(section('Toestemming gevraagd')).toHaveTextContent('Niemand wacht op uw toestemming.');
    // Posting is for managers.
    expect(screen.queryByRole('link', { name: 'Een klus plaatsen' })).not.toBeInTheDocument();
  });

  it('shows the hours planned this month against my cap, and says how they are counted', async () => {
    hourCap = { ...hourCap, cap: 16, organisationCap: 16, plannedHours: 12, hoursLeft: 4 };
    renderApp('/mijn-klussen');

    expect(await screen.findByText('Gepland deze maand: 12 van 16 uur.')).toBeInTheDocument();
    expect(screen.getByText(/Er zijn nog 4 uur over\./)).toBeInTheDocument();
    expect(screen.getByText(/gelijk verdeeld over de dagen waarop hij loopt/)).toBeInTheDocument();
  });

  it('says there is no maximum when nobody set one, with hours in Dutch notation', async () => {
    hourCap = { ...hourCap, plannedHours: 7.5 };
    renderApp('/mijn-klussen');

    expect(await screen.findByText('Gepland deze maand: 7,5 uur (geen maximum).')).toBeInTheDocument();
    expect(screen.queryByText(/uur over/)).not.toBeInTheDocument();
  });

  it('sorts my claims into live and completed ones, with their status', async () => {
    claims = [
      buildMyClaim({
        id: 'a',
        status: 'active',
        task: buildTaskSummary({ id: 't1', title: 'Archief ordenen' }),
      }),
      buildMyClaim({
        id: 'b',
        status: 'applied',
        task: buildTaskSummary({ id: 't2', title: 'Subsidies toetsen' }),
      }),
      buildMyClaim({
        id: 'c',
        status: 'completed',
        task: buildTaskSummary({ id: 't3', title: 'Website teksten', status: 'completed' }),
      }),
      buildMyClaim({
        id: 'd',
        status: 'withdrawn',
        task: buildTaskSummary({ id: 't4', title: 'Teruggetrokken' }),
      }),
    ];
    renderApp('/mijn-klussen');

    await waitFor(() =>
      expect(within(section('Ingeschreven en aangemeld')).getAllByRole('article')).toHaveLength(2),
    );
    const live = within(section('Ingeschreven en aangemeld')).getAllByRole('article');
    expect(within(live[0]).getByRole('link', { name: 'Archief ordenen' })).toHaveAttribute(
      'href',
      '/klussen/t1',
    );
    expect(live[0]).toHaveTextContent('Uw status: Ingeschreven');
    expect(live[1]).toHaveTextContent('Uw status: Aangemeld, wacht op de opdrachtgever');
    const completed = within(section('Afgerond')).getAllByRole('article');
    expect(completed).toHaveLength(1);
    expect(completed[0]).toHaveTextContent('Website teksten');
    expect(screen.queryByText('Teruggetrokken')).not.toBeInTheDocument();
  });

  it('shows what I posted with its applicants and participants', async () => {
    me = buildMe({ roles: ['employee', 'manager'] });
    tasks = [
      buildMyTask({ applicants: 2, participants: 1 }),
      buildMyTask({ id: 'draft', title: 'Concept', status: 'draft', applicants: 0, participants: 0 }),
    ];
    renderApp('/mijn-klussen');

    await waitFor(() =>
      expect(within(section('Geplaatst door mij')).getAllByRole('article')).toHaveLength(2),
    );
    const [first, draft] = within(section('Geplaatst door mij')).getAllByRole('article');
    expect(first).toHaveTextContent('2 aanmeldingen · 1 deelnemer');
    expect(draft).toHaveTextContent('Concept');
    expect(draft).toHaveTextContent('0 aanmeldingen · 0 deelnemers');
    expect(
      within(section('Geplaatst door mij')).getByRole('link', { name: 'Een klus plaatsen' }),
    ).toHaveAttribute('href', '/klussen/nieuw');
  });

  it('lets the line manager give consent, and says so', async () => {
    requests = [buildConsentRequest()];
    renderApp('/mijn-klussen');
    const user = userEvent.setup();

    const request = await within(
      await screen.findByRole('region', { name: 'Toestemming gevraagd' }),
    ).findByRole('article');
    expect(request).toHaveTextContent('Joost Verbeek wil meedoen en vraagt uw toestemming.');
    expect(request).toHaveTextContent('Subsidieregeling evalueren');
    expect(within(request).getByRole('button', { name: 'Weigeren Joost Verbeek' })).toBeInTheDocument();

    await user.click(within(request).getByRole('button', { name: 'Toestemming geven Joost Verbeek' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'U hebt Joost Verbeek toestemming gegeven voor “Subsidieregeling evalueren”.',
    );
    expect(
      callsTo(fetchMock, 'PATCH', '/api/v1/consent-requests/8b1c1b8e-0000-4000-8000-000000000401')[0]?.body,
    ).toEqual({ decision: 'granted' });
    await waitFor(() =>
      expect(section('Toestemming gevraagd')).toHaveTextContent('Niemand wacht op uw toestemming.'),
    );
  });

  it('shows the API’s reason when a consent decision fails', async () => {
    requests = [buildConsentRequest()];
    consentAnswer = () =>
      problemResponse(404, { title: 'Niet gevonden', detail: 'Dit toestemmingsverzoek bestaat niet.' });
    renderApp('/mijn-klussen');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Weigeren Joost Verbeek' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Dit toestemmingsverzoek bestaat niet.');
    expect(
      callsTo(fetchMock, 'PATCH', '/api/v1/consent-requests/8b1c1b8e-0000-4000-8000-000000000401')[0]?.body,
    ).toEqual({
      decision: 'declined',
    });
  });
});
