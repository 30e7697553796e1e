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
import type { DossierDetail } from './dossier-api';
import { buildDossierDetail, DOSSIER_ID, pageOf, PARTNERSHIP } from './dossier-fixtures';
import { NewDossierPage } from './DossierFormPage';
import { buildSkill, skillPage } from '../my-profile/profile-fixtures';

const INKOOP = buildSkill(
  { id: '5a1c1b8e-0000-4000-8000-000000000401', label: 'Inkoop' },
  { matchedLabel: 'aanbesteden' },
);

const DOSSIERS = '/api/v1/dossiers';
const DOSSIER = `${DOSSIERS}/${DOSSIER_ID}`;

/** Date inputs take their value as one change, as a browser's date picker gives it. */
const setDate = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function fill(user: UserEvent, label: string, value: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}

describe(NewDossierPage.name, { timeout: 60_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let me: Me;
  let dossier: DossierDetail;
  let handlers: Record<string, (request: FakeRequest) => Response>;

  const serve = (extra: Record<string, (request: FakeRequest) => Response> = {}) => {
    handlers = {
      'GET /api/v1/me': () => jsonResponse(me),
      [`POST ${DOSSIERS}`]: () => jsonResponse(dossier, 201),
      [`GET ${DOSSIER}`]: () => jsonResponse(dossier),
      [`GET ${DOSSIER}/skill-gap`]: () => jsonResponse({ items: [] }),
      [`GET ${DOSSIER}/checkpoints`]: () => jsonResponse({ items: [] }),
      [`GET ${DOSSIER}/activity`]: () => jsonResponse(pageOf([])),
      'GET /api/v1/tasks': () => jsonResponse(pageOf([])),
      // "inko" finds Inkoop (by its synonym aanbesteden, as the API would say); nothing else is found.
      'GET /api/v1/skills': ({ url }) =>
        jsonResponse(skillPage(url.searchParams.get('q') === 'inko' ? [INKOOP] : [])),
      ...extra,
    };
    routeApi(fetchMock, handlers);
  };

  beforeEach(() => {
    fetchMock = mockFetch();
    me = buildMe();
    dossier = buildDossierDetail({ canEdit: true, myRole: 'trekker', myStatus: 'active' });
    serve();
  });

  it('lists every problem at once above the form, linked to its field, and beside each field', async () => {
    renderApp('/dossiers/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Dossier starten' });
    await waitFor(() => expect(document.title).toBe('Dossier starten – Klussenbank'));

    await fill(user, 'Grootte van het team (niet verplicht)', '0');
    await user.click(screen.getByRole('button', { name: 'Dossier starten' }));

    const summary = screen.getByRole('alert');
    expect(summary.closest('.kb-error-summary')).toHaveFocus();
    expect(
      within(summary).getByRole('heading', { name: 'Er zijn 5 problemen met uw invoer' }),
    ).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Vul een titel in.', '#dossier-title'],
      ['Beschrijf wat u samen wilt bereiken.', '#dossier-goal'],
      ['Kies het samenwerkingsverband waar het dossier bij hoort.', '#dossier-partnershipId'],
      ['Vul een begindatum in.', '#dossier-startDate'],
      ['Vul een aantal van 1 tot en met 200 in, of laat het veld leeg.', '#dossier-teamCap'],
    ]);
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveAccessibleDescription(
      expect.stringContaining('Vul een titel in.'),
    );
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveAttribute('aria-invalid', 'true');

    await user.click(links[1]);
    expect(screen.getByRole('textbox', { name: 'Wat willen we samen bereiken?' })).toHaveFocus();
    expect(callsTo(fetchMock, 'POST', DOSSIERS)).toHaveLength(0);
  });

  it('checks the dates as the API would', async () => {
    renderApp('/dossiers/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Dossier starten' });

    await fill(user, 'Titel', 'Samen inkopen jeugdzorg');
    await fill(user, 'Wat willen we samen bereiken?', 'Eén inkoopstrategie.');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Samenwerkingsverband' }),
      PARTNERSHIP.name,
    );
    setDate('Begindatum', '2026-12-01');
    setDate('Einddatum (niet verplicht)', '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Dossier starten' }));

    const summary = within(screen.getByRole('alert'));
    expect(summary.getByRole('link', { name: 'De einddatum ligt voor de begindatum.' })).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', DOSSIERS)).toHaveLength(0);
  });

  it('keeps the dates in the years 1900 to 9999', async () => {
    renderApp('/dossiers/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Dossier starten' });
    for (const label of ['Begindatum', 'Einddatum (niet verplicht)']) {
      expect(screen.getByLabelText(label)).toHaveAttribute('max', '9999-12-31');
    }
    expect(screen.getByLabelText('Begindatum')).toHaveAttribute('min', '1900-01-01');

    await fill(user, 'Titel', 'Samen inkopen jeugdzorg');
    await fill(user, 'Wat willen we samen bereiken?', 'Eén inkoopstrategie.');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Samenwerkingsverband' }),
      PARTNERSHIP.name,
    );
    setDate('Begindatum', '2026-12-01');
    setDate('Einddatum (niet verplicht)', '10000-01-01');
    await user.click(screen.getByRole('button', { name: 'Dossier starten' }));

    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Kies een datum in de jaren 1900 tot en met 9999.',
      }),
    ).toHaveAttribute('href', '#dossier-endDate');
    expect(callsTo(fetchMock, 'POST', DOSSIERS)).toHaveLength(0);
  });

  it('starts the dossier and opens it, confirming that the starter is its trekker', async () => {
    const { router } = renderApp('/dossiers/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Dossier starten' });

    await fill(user, 'Titel', 'Samen inkopen jeugdzorg');
    await fill(user, 'Wat willen we samen bereiken?', 'Eén inkoopstrategie voor jeugdzorg.');
    await fill(user, 'Beschrijving (niet verplicht)', 'We beginnen met **wat**.');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Samenwerkingsverband' }),
      PARTNERSHIP.name,
    );
    setDate('Begindatum', '2026-12-01');
    await fill(user, 'Grootte van het team (niet verplicht)', '12');
    await user.click(screen.getByRole('radio', { name: 'Meedoen op verzoek' }));
    const picker = screen.getByRole('combobox', {
      name: 'Vaardigheden die het dossier nodig heeft (niet verplicht)',
    });
    await user.click(picker);
    await user.paste('inko');
    await user.click(await screen.findByRole('option', { name: 'Inkoop (aanbesteden)' }, { timeout: 5_000 }));
    await user.paste('Jeugdzorg');
    await screen.findByRole(
      'option',
      { name: '‘Jeugdzorg’ voorstellen als nieuwe vaardigheid' },
      { timeout: 5_000 },
    );
    await user.keyboard('{ArrowDown}{Enter}');
    const chosen = within(screen.getByRole('list', { name: /^Gekozen: Vaardigheden/ }));
    expect(chosen.getAllByRole('listitem').map((chip) => chip.textContent)).toEqual([
      'Inkoop×',
      'Jeugdzorgvoorstel×',
    ]);
    await user.click(screen.getByRole('button', { name: 'Dossier starten' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/dossiers/${DOSSIER_ID}`));
    expect(callsTo(fetchMock, 'POST', DOSSIERS)[0]?.body).toEqual({
      title: 'Samen inkopen jeugdzorg',
      goal: 'Eén inkoopstrategie voor jeugdzorg.',
      description: 'We beginnen met **wat**.',
      partnershipId: PARTNERSHIP.id,
      startDate: '2026-12-01',
      teamCap: 12,
      joinPolicy: 'on-request',
      skills: ['Jeugdzorg'],
      skillIds: [INKOOP.id],
    });
    // The dossier page loads when first visited.
    expect(
      await screen.findByText(/Het dossier is gestart\. U bent de trekker/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it('puts the API’s reasons on the fields they belong to', async () => {
    serve({
      [`POST ${DOSSIERS}`]: () =>
        problemResponse(400, {
          title: 'Ongeldige invoer',
          invalidParams: [
            { name: 'partnershipId', code: 'not-member', reason: 'Uw organisatie zit niet in dit verband.' },
            { name: 'skills.1', code: 'maxLength', reason: 'Een vaardigheid heeft hoogstens 80 tekens.' },
            { name: 'somethingElse', code: 'x', reason: 'Iets anders klopt niet.' },
          ],
        }),
    });
    renderApp('/dossiers/nieuw');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Dossier starten' });
    await fill(user, 'Titel', 'Samen inkopen jeugdzorg');
    await fill(user, 'Wat willen we samen bereiken?', 'Eén inkoopstrategie.');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Samenwerkingsverband' }),
      PARTNERSHIP.name,
    );
    setDate('Begindatum', '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Dossier starten' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Uw organisatie zit niet in dit verband.' }),
    ).toHaveAttribute('href', '#dossier-partnershipId');
    expect(summary).toHaveTextContent('Iets anders klopt niet.');
    expect(screen.getByRole('combobox', { name: 'Samenwerkingsverband' })).toHaveAccessibleDescription(
      expect.stringContaining('Uw organisatie zit niet in dit verband.'),
    );
  });

  it('chooses the partnership itself when the user has only one', async () => {
    me = buildMe({ partnerships: [PARTNERSHIP] });
    renderApp('/dossiers/nieuw');

    expect(await screen.findByRole('combobox', { name: 'Samenwerkingsverband' })).toHaveValue(PARTNERSHIP.id);
  });

  it('explains that starting a dossier needs a partnership', async () => {
    me = buildMe({ partnerships: [] });
    renderApp('/dossiers/nieuw');

    expect(
      await screen.findByText(/Uw organisatie zit nog niet in een samenwerkingsverband/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Dossier starten' })).not.toBeInTheDocument();
  });

  it('lets a trekker edit the dossier, sending only what changed', async () => {
    serve({ [`PATCH ${DOSSIER}`]: () => jsonResponse(dossier) });
    const { router } = renderApp(`/dossiers/${DOSSIER_ID}/bewerken`);
    const user = userEvent.setup();

    expect(await screen.findByRole('textbox', { name: 'Titel' })).toHaveValue('Samen inkopen jeugdzorg');
    // The partnership is the dossier's own and stays.
    expect(screen.queryByRole('combobox', { name: 'Samenwerkingsverband' })).not.toBeInTheDocument();
    await fill(user, 'Grootte van het team (niet verplicht)', '2');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent(
      'Er zitten al 3 mensen in het team; kies een grens van minstens 3.',
    );

    await user.clear(screen.getByLabelText('Grootte van het team (niet verplicht)'));
    setDate('Einddatum (niet verplicht)', '');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/dossiers/${DOSSIER_ID}`));
    expect(callsTo(fetchMock, 'PATCH', DOSSIER)[0]?.body).toEqual({ endDate: null, teamCap: null });
    expect(
      await screen.findByText('De wijzigingen zijn opgeslagen.', {}, { timeout: 5_000 }),
    ).toBeInTheDocument();
  });

  it('tells a member that only trekkers edit', async () => {
    dossier = buildDossierDetail({ canEdit: false });
    renderApp(`/dossiers/${DOSSIER_ID}/bewerken`);

    expect(
      await screen.findByText('Alleen de trekkers van een dossier kunnen het bewerken.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Titel' })).not.toBeInTheDocument();
  });
});
