import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
} from '../../test-utils';
import type { TaskDetail } from '../tasks/task-api';
import { buildClaim, buildTaskDetail, TASK_ID } from '../tasks/task-fixtures';
import { TaskDetailPage } from './TaskDetailPage';

const TASK = `/api/v1/tasks/${TASK_ID}`;
const CLAIMS = `${TASK}/claims`;
const STATUS_CHANGES = `${TASK}/status-changes`;

const APPLICANT = buildClaim({
  id: '8b1c1b8e-0000-4000-8000-000000000202',
  status: 'applied',
  motivation: 'Ik ken het gebied goed.',
  user: {
    id: 'u-jan',
    name: 'Jan de Boer',
    organisation: { id: 'org-hi', name: 'Gemeente Hendrik-Ido-Ambacht' },
  },
});
const PARTICIPANT = buildClaim();

describe(TaskDetailPage.name, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let task: TaskDetail;
  let handlers: Record<string, (request: FakeRequest) => Response>;

  const serve = (extra: Record<string, (request: FakeRequest) => Response> = {}) => {
    handlers = {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      [`GET ${TASK}`]: () => jsonResponse(task),
      ...extra,
    };
    routeApi(fetchMock, handlers);
  };

  beforeEach(() => {
    fetchMock = mockFetch();
    task = buildTaskDetail();
    serve();
  });

  it('shows everything needed to decide, with the description as the API rendered it', async () => {
    renderApp(`/klussen/${TASK_ID}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bestemmingsplan Centrum doorlichten' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Bestemmingsplan Centrum doorlichten – Klussenbank'));
    const facts = screen.getByRole('region', { name: 'Over deze klus' });
    for (const text of [
      'Gemeente Zwijndrecht',
      'Pieter Bakker',
      '16 uur',
      '1 december 2026 t/m 31 januari 2027',
      'Op locatie: Zwijndrecht, Stadhuisplein 1',
      '2 van 3 plekken vrij',
      'Ruimtelijke ordening',
      'GIS',
      'Direct inschrijven: wie zich het eerst inschrijft, krijgt de plek.',
      'Alle samenwerkingsverbanden van Gemeente Zwijndrecht',
    ]) {
      expect(facts).toHaveTextContent(text);
    }
    expect(
      within(facts).getByRole('link', { name: 'pieter.bakker@zwijndrecht.klussenbank.test' }),
    ).toHaveAttribute('href', 'mailto:pieter.bakker@zwijndrecht.klussenbank.test');
    const description = screen.getByRole('region', { name: 'Beschrijving' });
    expect(within(description).getByText('bestemmingsplan', { selector: 'strong' })).toBeInTheDocument();
    // The description's own h1 moves below the page's headings.
    expect(within(description).getByRole('heading', { level: 3, name: 'Wat we vragen' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('signs up at once for an instant klus and says so', async () => {
    serve({
      [`POST ${CLAIMS}`]: () => {
        task = {
          ...task,
          placesLeft: 1,
          placesTaken: 2,
          myClaim: { id: 'c1', status: 'active', motivation: '' },
        };
        return jsonResponse({ id: 'c1', status: 'active', motivation: '' }, 201);
      },
    });
    renderApp(`/klussen/${TASK_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Inschrijven' }));

    expect(await screen.findByText('U bent ingeschreven.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('U bent ingeschreven.');
    expect(callsTo(fetchMock, 'POST', CLAIMS)[0]?.body).toEqual({});
    expect(await screen.findByRole('button', { name: 'Terugtrekken' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Meedoen' })).toHaveTextContent(
      'Uw inschrijving: Ingeschreven',
    );
  });

  it('tells that the line manager must consent first when the API says so', async () => {
    serve({
      [`POST ${CLAIMS}`]: () => jsonResponse({ id: 'c1', status: 'awaiting-consent', motivation: '' }, 201),
    });
    renderApp(`/klussen/${TASK_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Inschrijven' }));

    expect(await screen.findByText('Uw leidinggevende moet eerst toestemming geven.')).toBeInTheDocument();
  });

  it('shows the API’s reason in an alert when the klus filled up meanwhile', async () => {
    serve({
      [`POST ${CLAIMS}`]: () =>
        problemResponse(409, { title: 'Conflict', detail: 'Deze klus is vol', code: 'task-full' }),
    });
    renderApp(`/klussen/${TASK_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Inschrijven' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Deze klus is vol');
  });

  it('shows how many hours are left when the claim would go over the hour cap', async () => {
    const detail =
      'Deze klus past niet binnen uw maximum van 16 uur per maand: in maart 2027 heeft u nog 6 uur over en deze klus vraagt daar 8 uur. De uren van een klus zijn gelijk verdeeld over de dagen waarop hij loopt.';
    serve({
      [`POST ${CLAIMS}`]: () =>
        problemResponse(409, {
          title: 'Maximum aantal uren bereikt',
          detail,
          code: 'hour-cap-exceeded',
          hoursLeft: 6,
          month: '2027-03',
        }),
    });
    renderApp(`/klussen/${TASK_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Inschrijven' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(detail);
  });

  it('asks for a motivation before applying, then sends it', async () => {
    task = buildTaskDetail({ claimMode: 'application' });
    serve({
      [`POST ${CLAIMS}`]: () => jsonResponse({ id: 'c1', status: 'applied', motivation: 'x' }, 201),
    });
    renderApp(`/klussen/${TASK_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Aanmelden' }));
    const motivation = screen.getByRole('textbox', { name: 'Motivatie' });
    expect(motivation).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Aanmelding versturen' }));

    expect(motivation).toHaveAttribute('aria-invalid', 'true');
    expect(motivation).toHaveAccessibleDescription(
      expect.stringContaining('Vertel kort waarom u deze klus wilt doen.'),
    );
    expect(callsTo(fetchMock, 'POST', CLAIMS)).toHaveLength(0);

    await user.type(motivation, 'Ik heb dit eerder gedaan in Dordrecht.');
    await user.click(screen.getByRole('button', { name: 'Aanmelding versturen' }));

    expect(await screen.findByText('Uw aanmelding is verstuurd.')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', CLAIMS)[0]?.body).toEqual({
      motivation: 'Ik heb dit eerder gedaan in Dordrecht.',
    });
  });

  it('withdraws only after confirming', async () => {
    task = buildTaskDetail({ myClaim: { id: 'my-claim', status: 'active', motivation: '' } });
    serve({
      [`PATCH ${CLAIMS}/my-claim`]: () => {
        task = { ...task, myClaim: { id: 'my-claim', status: 'withdrawn', motivation: '' } };
        return jsonResponse({ id: 'my-claim', status: 'withdrawn', motivation: '' });
      },
    });
    renderApp(`/klussen/${TASK_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Terugtrekken' }));
    const confirm = screen.getByRole('form', { name: 'Wilt u zich terugtrekken van deze klus?' });
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveTextContent('Uw plek komt dan vrij voor een ander.');
    await user.click(within(confirm).getByRole('button', { name: 'Terug' }));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Terugtrekken' })).toHaveFocus();
    expect(callsTo(fetchMock, 'PATCH', `${CLAIMS}/my-claim`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Terugtrekken' }));
    await user.click(screen.getByRole('button', { name: 'Ja, terugtrekken' }));

    expect(await screen.findByText('U hebt zich teruggetrokken.')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'PATCH', `${CLAIMS}/my-claim`)[0]?.body).toEqual({ status: 'withdrawn' });
    expect(await screen.findByRole('button', { name: 'Inschrijven' })).toBeInTheDocument();
  });

  it('says when no place is free or the klus is closed, without a button', async () => {
    task = buildTaskDetail({ status: 'full', placesLeft: 0, placesTaken: 3 });
    renderApp(`/klussen/${TASK_ID}`);

    expect(await screen.findByText('Deze klus is vol: er is nu geen plek vrij.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Inschrijven' })).not.toBeInTheDocument();
  });

  it('shows the poster participants and applicants with their organisation, and accepts an applicant', async () => {
    task = buildTaskDetail({ isPoster: true, claimMode: 'application', claims: [PARTICIPANT, APPLICANT] });
    serve({
      [`PATCH ${CLAIMS}/${APPLICANT.id}`]: () => {
        task = {
          ...task,
          claims: [PARTICIPANT, { ...APPLICANT, status: 'active' }],
          placesTaken: 2,
          placesLeft: 1,
        };
        return jsonResponse({ id: APPLICANT.id, status: 'active', motivation: APPLICANT.motivation });
      },
    });
    renderApp(`/klussen/${TASK_ID}`);
    const user = userEvent.setup();

    const participants = await screen.findByRole('region', { name: 'Deelnemers' });
    expect(within(participants).getAllByRole('listitem')).toHaveLength(1);
    expect(participants).toHaveTextContent('Fatima el Amrani, Gemeente Papendrecht');
    const applicants = screen.getByRole('region', { name: 'Aanmeldingen' });
    expect(applicants).toHaveTextContent('Jan de Boer, Gemeente Hendrik-Ido-Ambacht');
    expect(applicants).toHaveTextContent('Ik ken het gebied goed.');
    expect(screen.queryByRole('button', { name: 'Inschrijven' })).not.toBeInTheDocument();

    await user.click(within(applicants).getByRole('button', { name: 'Accepteren Jan de Boer' }));

    expect(await screen.findByText('Jan de Boer doet mee aan de klus.')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'PATCH', `${CLAIMS}/${APPLICANT.id}`)[0]?.body).toEqual({ status: 'active' });
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Deelnemers' })).toHaveTextContent('Jan de Boer'),
    );
    expect(screen.getByRole('region', { name: 'Aanmeldingen' })).toHaveTextContent(
      'Geen openstaande aanmeldingen.',
    );
  });

  it('declines an applicant with an optional message', async () => {
    task = buildTaskDetail({ isPoster: true, claimMode: 'application', claims: [APPLICANT] });
    serve({
      [`PATCH ${CLAIMS}/${APPLICANT.id}`]: () =>
        jsonResponse({ id: APPLICANT.id, status: 'declined', motivation: '' }),
    });
    renderApp(`/klussen/${TASK_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Afwijzen Jan de Boer' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Bericht aan de aanmelder (niet verplicht)' }),
      'We kozen iemand met GIS-ervaring.',
    );
    await user.click(screen.getByRole('button', { name: 'Ja, aanmelding afwijzen' }));

    expect(await screen.findByText('De aanmelding van Jan de Boer is afgewezen.')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'PATCH', `${CLAIMS}/${APPLICANT.id}`)[0]?.body).toEqual({
      status: 'declined',
      message: 'We kozen iemand met GIS-ervaring.',
    });
  });

  it('removes a participant only with a reason', async () => {
    task = buildTaskDetail({ isPoster: true, claims: [PARTICIPANT] });
    serve({
      [`PATCH ${CLAIMS}/${PARTICIPANT.id}`]: () =>
        jsonResponse({ id: PARTICIPANT.id, status: 'removed', motivation: '' }),
    });
    renderApp(`/klussen/${TASK_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Verwijderen Fatima el Amrani' }));
    await user.click(screen.getByRole('button', { name: 'Ja, deelnemer verwijderen' }));

    const reason = screen.getByRole('textbox', { name: 'Reden' });
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveFocus();
    expect(callsTo(fetchMock, 'PATCH', `${CLAIMS}/${PARTICIPANT.id}`)).toHaveLength(0);

    await user.type(reason, 'De klus gaat over een ander gebied.');
    await user.click(screen.getByRole('button', { name: 'Ja, deelnemer verwijderen' }));

    expect(await screen.findByText('Fatima el Amrani is van de klus verwijderd.')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'PATCH', `${CLAIMS}/${PARTICIPANT.id}`)[0]?.body).toEqual({
      status: 'removed',
      message: 'De klus gaat over een ander gebied.',
    });
  });

  it('starts, then completes with the hours each participant worked', async () => {
    task = buildTaskDetail({ isPoster: true, claims: [PARTICIPANT] });
    serve({
      [`POST ${STATUS_CHANGES}`]: ({ body }) => {
        const action = (body as { action: string }).action;
        const status = action === 'start' ? 'in-progress' : action === 'complete' ? 'completed' : 'cancelled';
        task = { ...task, status };
        return jsonResponse(task);
      },
    });
    renderApp(`/klussen/${TASK_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Klus starten' }));
    expect(await screen.findByText('De klus is gestart.')).toBeInTheDocument();
    expect(screen.getByText('Bezig')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Afronden' }));
    const hours = screen.getByRole('textbox', { name: 'Gewerkte uren van Fatima el Amrani' });
    expect(hours).toHaveValue('16');
    await user.clear(hours);
    await user.click(screen.getByRole('button', { name: 'Klus afronden' }));
    expect(hours).toHaveAccessibleDescription(expect.stringContaining('Vul het aantal gewerkte uren in.'));
    await user.type(hours, '12,5');
    const shown = screen.getByRole('group', {
      name: 'Welke vaardigheden liet Fatima el Amrani zien? Die komen als aangetoond op het profiel.',
    });
    await user.click(within(shown).getByRole('checkbox', { name: 'GIS' }));
    await user.click(screen.getByRole('button', { name: 'Klus afronden' }));

    expect(await screen.findByText('De klus is afgerond. Dank aan alle deelnemers!')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', STATUS_CHANGES).map((call) => call.body)).toEqual([
      { action: 'start' },
      {
        action: 'complete',
        actualHours: [
          {
            claimId: PARTICIPANT.id,
            hours: 12.5,
            demonstratedSkillIds: ['5a1c1b8e-0000-4000-8000-000000000302'],
          },
        ],
      },
    ]);
    expect(screen.queryByRole('button', { name: 'Klus intrekken' })).not.toBeInTheDocument();
  });

  it('cancels only with a reason, after confirming', async () => {
    task = buildTaskDetail({ isPoster: true, status: 'draft', placesTaken: 0, placesLeft: 3 });
    serve({
      [`POST ${STATUS_CHANGES}`]: () => {
        task = { ...task, status: 'cancelled', cancelReason: 'Niet meer nodig.' };
        return jsonResponse(task);
      },
    });
    renderApp(`/klussen/${TASK_ID}`);
    const user = userEvent.setup();

    expect(await screen.findByRole('button', { name: 'Publiceren' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bewerken' })).toHaveAttribute(
      'href',
      `/klussen/${TASK_ID}/bewerken`,
    );
    await user.click(screen.getByRole('button', { name: 'Klus intrekken' }));
    await user.click(screen.getByRole('button', { name: 'Ja, klus intrekken' }));
    expect(screen.getByRole('textbox', { name: 'Reden van intrekken' })).toHaveAccessibleDescription(
      'Geef een reden.',
    );
    await user.type(screen.getByRole('textbox', { name: 'Reden van intrekken' }), 'Niet meer nodig.');
    await user.click(screen.getByRole('button', { name: 'Ja, klus intrekken' }));

    expect(await screen.findByText('De klus is ingetrokken.')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', STATUS_CHANGES)[0]?.body).toEqual({
      action: 'cancel',
      reason: 'Niet meer nodig.',
    });
    expect(
      screen.getByText('Deze klus is afgesloten en kan niet meer worden gewijzigd.'),
    ).toBeInTheDocument();
  });

  it('shows the poster why an action was refused', async () => {
    task = buildTaskDetail({ isPoster: true, placesTaken: 0 });
    serve({
      [`POST ${STATUS_CHANGES}`]: () =>
        problemResponse(409, {
          title: 'Conflict',
          detail: 'Er doet nog niemand mee aan deze klus.',
          code: 'nobody-on-it',
        }),
    });
    renderApp(`/klussen/${TASK_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Klus starten' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Er doet nog niemand mee aan deze klus.');
  });

  it('shows a not-found page when the API says 404 (unknown or not visible)', async () => {
    serve({
      [`GET ${TASK}`]: () =>
        problemResponse(404, {
          title: 'Niet gevonden',
          detail: 'Deze klus bestaat niet.',
          code: 'not-found',
        }),
    });
    renderApp(`/klussen/${TASK_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Klus niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar alle klussen' })).toHaveAttribute('href', '/klussen');
    await waitFor(() => expect(document.title).toBe('Klus niet gevonden – Klussenbank'));
  });
});
