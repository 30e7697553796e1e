import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
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
import type { TaskDetail } from '../tasks/task-api';
import { buildTaskDetail, TASK_ID } from '../tasks/task-fixtures';
import { buildSkill, skillPage } from '../my-profile/profile-fixtures';
import { NewTaskPage } from './TaskFormPage';

const TASKS = '/api/v1/tasks';
const TASK = `${TASKS}/${TASK_ID}`;
const MANAGER = buildMe({ roles: ['employee', 'manager'] });

/** Date inputs take their value as one change, as a browser's date picker gives it. */
const setDate = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** Pasting instead of typing: one render per field keeps the tests of this big form fast. */
async function fill(user: UserEvent, label: string, value: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}

/** Suggestions wait for a pause in typing, and this machine may be busy. */
const SUGGESTIONS = { timeout: 5_000 };

/** What GET /skills finds: Ruimtelijke ordening for "ruimt", nothing for anything else. */
const PLANNING = buildSkill({ id: '5a1c1b8e-0000-4000-8000-000000000301', label: 'Ruimtelijke ordening' });
const findSkills = ({ url }: FakeRequest) =>
  jsonResponse(skillPage(url.searchParams.get('q')?.startsWith('ruimt') ? [PLANNING] : []));

/** Chooses a skill of the taxonomy and proposes a new one in the picker for required skills. */
async function chooseSkills(user: UserEvent) {
  const picker = screen.getByRole('combobox', { name: 'Vereiste vaardigheden' });
  await user.click(picker);
  await user.paste('ruimt');
  await user.click(await screen.findByRole('option', { name: 'Ruimtelijke ordening' }, SUGGESTIONS));
  await user.paste('rapporteren');
  await user.click(
    await screen.findByRole(
      'option',
      { name: '‘rapporteren’ voorstellen als nieuwe vaardigheid' },
      SUGGESTIONS,
    ),
  );
}

async function fillIn(user: UserEvent) {
  await fill(user, 'Titel', 'Bestemmingsplan Centrum doorlichten');
  await fill(user, 'Beschrijving', 'Loop het plan na.');
  await chooseSkills(user);
  await fill(user, 'Geschatte uren', '2,5');
  setDate('Begindatum', '2026-12-01');
  setDate('Einddatum', '2027-01-31');
}

// A big form: rendering it in jsdom takes a while on a busy machine.
describe(NewTaskPage.name, { timeout: 60_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let me: Me;
  let task: TaskDetail;
  let handlers: Record<string, (request: FakeRequest) => Response>;

  const serve = (extra: Record<string, (request: FakeRequest) => Response> = {}) => {
    handlers = {
      'GET /api/v1/me': () => jsonResponse(me),
      [`GET ${TASK}`]: () => jsonResponse(task),
      [`POST ${TASKS}`]: () => jsonResponse(task, 201),
      'GET /api/v1/skills': findSkills,
      ...extra,
    };
    routeApi(fetchMock, handlers);
  };

  beforeEach(() => {
    fetchMock = mockFetch();
    me = MANAGER;
    task = buildTaskDetail({ isPoster: true });
    serve();
  });

  it('lists every problem at once above the form, linked to its field, and beside each field', async () => {
    renderApp('/klussen/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Klus plaatsen' });
    await waitFor(() => expect(document.title).toBe('Klus plaatsen – Klussenbank'));
    expect(
      within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', {
        name: 'Klus plaatsen',
      }),
    ).toHaveAttribute('aria-current', 'page');

    await user.clear(screen.getByLabelText('Aantal plekken'));
    await user.click(screen.getByRole('radio', { name: 'Op locatie' }));
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));

    const summary = screen.getByRole('alert');
    expect(
      within(summary).getByRole('heading', { name: 'Er zijn 7 problemen met uw invoer' }),
    ).toBeInTheDocument();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Vul een titel in.', '#task-title'],
      ['Beschrijf de klus.', '#task-description'],
      ['Vul het geschatte aantal uren in.', '#task-estimatedHours'],
      ['Vul een begindatum in.', '#task-startDate'],
      ['Vul een einddatum in.', '#task-endDate'],
      ['Vul de gemeente in waar het werk is.', '#task-municipality'],
      ['Vul een heel aantal plekken in.', '#task-capacity'],
    ]);
    expect(summary.closest('.kb-error-summary')).toHaveFocus();
    const title = screen.getByLabelText('Titel');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(expect.stringContaining('Vul een titel in.'));
    expect(screen.getByLabelText('Gemeente')).toHaveAccessibleDescription(
      expect.stringContaining('Vul de gemeente in waar het werk is.'),
    );
    expect(callsTo(fetchMock, 'POST', TASKS)).toHaveLength(0);

    await user.click(within(summary).getByRole('link', { name: 'Beschrijf de klus.' }));
    expect(screen.getByLabelText('Beschrijving')).toHaveFocus();
  });

  it('blocks an end date before the start date', async () => {
    renderApp('/klussen/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Klus plaatsen' });

    await fillIn(user);
    setDate('Einddatum', '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));

    expect(screen.getByRole('alert')).toHaveTextContent('De einddatum ligt voor de begindatum.');
    expect(screen.getByLabelText('Einddatum')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Begindatum')).not.toHaveAttribute('aria-invalid');
    expect(callsTo(fetchMock, 'POST', TASKS)).toHaveLength(0);
  });

  it('checks the end date on leaving it, clears the error once valid, and keeps its room so nothing shifts', async () => {
    renderApp('/klussen/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Klus plaatsen' });
    const start = screen.getByLabelText('Begindatum');
    const end = screen.getByLabelText('Einddatum');
    const slot = screen.getByTestId('task-endDate-error-slot');
    const radioBelow = screen.getByRole('radio', { name: 'Op locatie' });
    const noError = () => {
      expect(end).not.toHaveAttribute('aria-invalid');
      expect(within(slot).queryByText(/./)).not.toBeInTheDocument();
    };

    // From the start date to the end date: focusing the empty end date shows nothing yet.
    await user.click(start);
    setDate('Begindatum', '2026-12-01');
    await user.click(end);
    expect(end).toHaveFocus();
    noError();

    // An invalid date shows nothing while typing, only on leaving the field.
    setDate('Einddatum', '2026-11-30');
    noError();
    await user.click(screen.getByLabelText('Aantal plekken'));
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(within(slot).getByText('De einddatum ligt voor de begindatum.')).toBeInTheDocument();
    expect(end).toHaveAccessibleDescription(expect.stringContaining('De einddatum ligt voor de begindatum.'));

    // Corrected: the error goes at once, before leaving the field.
    await user.click(end);
    setDate('Einddatum', '2027-01-31');
    expect(end).toHaveFocus();
    noError();

    // The error's room is the same element throughout: reserved, never inserted or removed, so the
    // radio buttons below keep their place (the browser test measures it in pixels).
    expect(screen.getByTestId('task-endDate-error-slot')).toBe(slot);
    expect(slot).toHaveClass('kb-error-slot');
    expect(screen.getByRole('radio', { name: 'Op locatie' })).toBe(radioBelow);
    await user.click(radioBelow);
    expect(radioBelow).toBeChecked();
  });

  it('keeps dates in the years 1900 to 9999, in the inputs and in clear words', async () => {
    // The API's own reason, as it would be worded for another field: the form words a date's itself.
    serve({
      [`POST ${TASKS}`]: () =>
        problemResponse(400, {
          title: 'Ongeldige invoer',
          detail: '1 veld is niet goed ingevuld.',
          code: 'invalid-input',
          invalidParams: [
            {
              name: 'endDate',
              code: 'out-of-range',
              reason: 'Deze waarde valt buiten het toegestane bereik.',
            },
          ],
        }),
    });
    renderApp('/klussen/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Klus plaatsen' });
    expect(screen.getByLabelText('Begindatum')).toHaveAttribute('min', '1900-01-01');
    expect(screen.getByLabelText('Begindatum')).toHaveAttribute('max', '9999-12-31');
    expect(screen.getByLabelText('Einddatum')).toHaveAttribute('max', '9999-12-31');

    await fillIn(user);
    setDate('Begindatum', '1899-12-01');
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));
    const message = 'Kies een datum in de jaren 1900 tot en met 9999.';
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(screen.getByLabelText('Begindatum')).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(callsTo(fetchMock, 'POST', TASKS)).toHaveLength(0);

    setDate('Begindatum', '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Einddatum')).toHaveAccessibleDescription(
        expect.stringContaining(message),
      ),
    );
    expect(callsTo(fetchMock, 'POST', TASKS)).toHaveLength(1);
  });

  it('asks which partnership when only one may see the klus, from the user’s own', async () => {
    renderApp('/klussen/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Klus plaatsen' });
    expect(screen.queryByRole('combobox', { name: 'Samenwerkingsverband' })).not.toBeInTheDocument();

    await fillIn(user);
    await user.click(screen.getByRole('radio', { name: 'Eén samenwerkingsverband' }));
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));

    const select = screen.getByRole('combobox', { name: 'Samenwerkingsverband' });
    expect(select).toHaveAccessibleDescription('Kies het samenwerkingsverband dat de klus ziet.');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Kies een samenwerkingsverband', 'Drechtsteden', 'Netwerk Anders Samenwerken']);

    await user.selectOptions(select, 'Drechtsteden');
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));

    await waitFor(() => expect(callsTo(fetchMock, 'POST', TASKS)).toHaveLength(1));
    expect(callsTo(fetchMock, 'POST', TASKS)[0]?.body).toMatchObject({
      visibility: 'partnership',
      partnershipId: '6f1c1b8e-0000-4000-8000-0000000000b1',
    });
  });

  it('posts the klus and goes to its page', async () => {
    const { router } = renderApp('/klussen/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Klus plaatsen' });

    await fillIn(user);
    await user.click(screen.getByRole('radio', { name: /Aanmelden met motivatie/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Ook geschikt om te leren' }));
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bestemmingsplan Centrum doorlichten' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/klussen/${TASK_ID}`);
    expect(screen.getByText('De klus is geplaatst.')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', TASKS)[0]?.body).toEqual({
      title: 'Bestemmingsplan Centrum doorlichten',
      description: 'Loop het plan na.',
      requiredSkills: ['rapporteren'],
      requiredSkillIds: [PLANNING.id],
      niceToHaveSkills: [],
      niceToHaveSkillIds: [],
      estimatedHours: 2.5,
      startDate: '2026-12-01',
      endDate: '2027-01-31',
      location: { type: 'remote' },
      capacity: 1,
      claimMode: 'application',
      visibility: 'all-partnerships',
      learningSuitable: true,
      publish: true,
    });
  });

  it('keeps it a draft with "Opslaan als concept"', async () => {
    renderApp('/klussen/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Klus plaatsen' });

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    expect(await screen.findByText(/De klus is opgeslagen als concept/)).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', TASKS)[0]?.body).toMatchObject({ publish: false });
  });

  it('puts the API’s reasons on the fields they belong to', async () => {
    serve({
      [`POST ${TASKS}`]: () =>
        problemResponse(400, {
          title: 'Ongeldige invoer',
          detail: '2 velden zijn niet goed ingevuld.',
          code: 'invalid-input',
          invalidParams: [
            {
              name: 'estimatedHours',
              code: 'max',
              reason: 'Een klus kost hoogstens 400 uur; groter werk is een project.',
            },
            { name: 'location.municipality', code: 'length', reason: 'Deze gemeente kennen we niet.' },
          ],
        }),
    });
    renderApp('/klussen/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Klus plaatsen' });

    await fillIn(user);
    await user.click(screen.getByRole('radio', { name: 'Hybride' }));
    await fill(user, 'Gemeente', 'Atlantis');
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Gemeente')).toHaveAccessibleDescription(
        expect.stringContaining('Deze gemeente kennen we niet.'),
      ),
    );
    expect(screen.getByLabelText('Geschatte uren')).toHaveAttribute('aria-invalid', 'true');
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Deze gemeente kennen we niet.' })).toHaveAttribute(
      'href',
      '#task-municipality',
    );
    expect(screen.getByRole('button', { name: 'Plaatsen' })).not.toHaveAttribute('aria-busy');
  });

  it('shows a preview of the klus as it will look', async () => {
    renderApp('/klussen/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Klus plaatsen' });

    await fillIn(user);
    await fill(user, 'Beschrijving', 'Het **bestemmingsplan** nalopen.');
    const toggle = screen.getByRole('button', { name: 'Voorbeeld' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const preview = screen.getByRole('region', { name: 'Voorbeeld' });
    expect(
      within(preview).getByRole('heading', { name: 'Bestemmingsplan Centrum doorlichten' }),
    ).toBeInTheDocument();
    expect(preview).toHaveTextContent('Gemeente Dordrecht');
    expect(preview).toHaveTextContent('2,5 uur');
    expect(preview).toHaveTextContent('1 december 2026 t/m 31 januari 2027');
    expect(preview).toHaveTextContent('1 van 1 plek vrij');
    expect(within(preview).getByText('bestemmingsplan', { selector: 'strong' })).toBeInTheDocument();

    await user.click(toggle);
    expect(screen.queryByRole('region', { name: 'Voorbeeld' })).not.toBeInTheDocument();
  });

  it('tells employees without the manager role that posting is for managers', async () => {
    me = buildMe();
    renderApp('/klussen/nieuw');

    expect(await screen.findByText(/Alleen managers kunnen klussen plaatsen/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Plaatsen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Klus plaatsen' })).not.toBeInTheDocument();
  });

  it('edits a klus, sending only what changed', async () => {
    serve({
      [`PATCH ${TASK}`]: ({ body }) => {
        task = { ...task, ...(body as Partial<TaskDetail>) };
        return jsonResponse(task);
      },
    });
    const { router } = renderApp(`/klussen/${TASK_ID}/bewerken`);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Klus bewerken' });
    expect(screen.getByLabelText('Titel')).toHaveValue('Bestemmingsplan Centrum doorlichten');
    expect(screen.getByLabelText('Gemeente')).toHaveValue('Zwijndrecht');
    expect(screen.getByRole('list', { name: 'Gekozen: Vereiste vaardigheden' })).toHaveTextContent(
      'Ruimtelijke ordening',
    );
    expect(screen.getByRole('list', { name: 'Gekozen: Gewenste vaardigheden' })).toHaveTextContent('GIS');

    await fill(user, 'Titel', 'Bestemmingsplan Centrum 2027');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/klussen/${TASK_ID}`));
    expect(callsTo(fetchMock, 'PATCH', TASK)[0]?.body).toEqual({ title: 'Bestemmingsplan Centrum 2027' });
    expect(await screen.findByText('De wijzigingen zijn opgeslagen.')).toBeInTheDocument();
  });

  it('shows why the API refused an edit when people are on the klus', async () => {
    const detail =
      'Er hebben zich al mensen voor deze klus gemeld. Uren, data, plaats en een lager aantal plekken dan er bezet zijn veranderen alleen in overleg.';
    serve({
      [`PATCH ${TASK}`]: () =>
        problemResponse(409, { title: 'Conflict', detail, code: 'task-has-participants' }),
    });
    renderApp(`/klussen/${TASK_ID}/bewerken`);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Klus bewerken' });

    await fill(user, 'Geschatte uren', '40');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(detail);
    expect(callsTo(fetchMock, 'PATCH', TASK)[0]?.body).toEqual({ estimatedHours: 40 });
  });
});
