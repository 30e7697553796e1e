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
import type { Page } from '../tasks/task-api';
import type { Profile, ProfileInput } from './profile-api';
import type { SkillHit } from '../skills/skill-api';
import { buildProfile, buildSkill, GIS, PLANNING, POLICY, PROJECTS, skillPage } from './profile-fixtures';
import { MyProfilePage } from './MyProfilePage';

const PROFILE = '/api/v1/me/profile';
const SKILLS = '/api/v1/skills';
const CARTOGRAPHY = { id: '5a1c1b8e-0000-4000-8000-000000000005', label: 'Cartografie' };
// The first render of a spec file can take over a second on a busy machine.
const LOAD = { timeout: 5_000 };
const LABELS = new Map(
  [GIS, PROJECTS, POLICY, PLANNING, CARTOGRAPHY].map((skill) => [skill.id, skill.label]),
);

/** What the API answers to a PUT: the profile as sent, with names and the parts one cannot set. */
function saved(body: ProfileInput, before: Profile): Profile {
  const ref = (id: string) => ({ id, label: LABELS.get(id) ?? id });
  return {
    ...before,
    hoursPerMonth: body.hoursPerMonth,
    locationPreference: body.locationPreference,
    maxDistanceKm: body.maxDistanceKm ?? null,
    skills: body.skills.map(({ skillId, level }) => ({ skill: ref(skillId), level })),
    learningGoals: body.learningGoals.map(ref),
    findableByPartners: body.findableByPartners ?? before.findableByPartners,
  };
}

// Whole forms typed key by key: slower than most specs.
describe(MyProfilePage.name, { timeout: 60_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let profile: Profile | (() => Response);
  let putAnswer: ((request: FakeRequest) => Response) | undefined;
  let found: Page<SkillHit>;

  beforeEach(() => {
    fetchMock = mockFetch();
    profile = buildProfile();
    putAnswer = undefined;
    found = skillPage([]);
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      [`GET ${PROFILE}`]: () => (typeof profile === 'function' ? profile() : jsonResponse(profile)),
      [`PUT ${PROFILE}`]: (request) => {
        if (putAnswer) return putAnswer(request);
        const before = typeof profile === 'function' ? buildProfile() : profile;
        return jsonResponse(saved(request.body as ProfileInput, before));
      },
      [`GET ${SKILLS}`]: () => jsonResponse(found),
      'GET /api/v1/me/calendar-feed': () => jsonResponse({ exists: false, createdAt: null }),
      'GET /api/v1/me/data-exports': () => jsonResponse({ items: [] }),
    });
  });

  const lastPut = () => callsTo(fetchMock, 'PUT', PROFILE).at(-1)?.body as ProfileInput | undefined;
  const region = (name: string) => screen.getByRole('region', { name });

  it('shows my skills with their level, and what I demonstrated apart from them', async () => {
    renderApp('/mijn-profiel');

    const skills = await screen.findByRole('region', { name: 'Vaardigheden' }, LOAD);
    expect(screen.getByRole('heading', { level: 1, name: 'Mijn profiel' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Mijn profiel – Klussenbank'));
    expect(within(skills).getByRole('combobox', { name: 'GIS' })).toHaveValue('advanced');
    expect(within(skills).getByRole('combobox', { name: 'Beleidsadvisering' })).toHaveValue('basic');
    expect(within(skills).getByRole('button', { name: 'GIS verwijderen' })).toHaveTextContent('Verwijderen');

    const demonstrated = region('Aangetoond in klussen');
    expect(demonstrated).toHaveTextContent('Ruimtelijke ordening');
    expect(demonstrated).toHaveTextContent('aangetoond');
    expect(demonstrated).toHaveTextContent('Niveau: expert');
    expect(demonstrated).toHaveTextContent('Bevestigd door Pieter Bakker');
    expect(within(demonstrated).getByRole('link')).toHaveAccessibleName(
      'Bestemmingsplan Centrum doorlichten',
    );
    expect(within(demonstrated).getByRole('link')).toHaveAttribute(
      'href',
      '/klussen/7a1c1b8e-0000-4000-8000-000000000101',
    );
    expect(within(demonstrated).queryByRole('button')).not.toBeInTheDocument();
    expect(within(demonstrated).queryByRole('combobox')).not.toBeInTheDocument();

    const goals = region('Leerdoelen');
    expect(
      within(goals).getByRole('button', { name: 'Leerdoel Projectleiding verwijderen' }),
    ).toBeInTheDocument();
  });

  it('shows where and how much I want to work, and is in the menu after Mijn klussen', async () => {
    profile = buildProfile({ locationPreference: 'nearby', maxDistanceKm: 25 });
    renderApp('/mijn-profiel');

    await screen.findByRole('region', { name: 'Vaardigheden' }, LOAD);
    expect(screen.getByRole('textbox', { name: 'Uren per maand voor klussen' })).toHaveValue('8');
    expect(screen.getByRole('group', { name: 'Waar wilt u werken?' })).toHaveAccessibleDescription(
      '‘In de buurt’ rekenen we vanaf Dordrecht, de gemeente van uw organisatie.',
    );
    expect(screen.getByRole('radio', { name: 'In de buurt' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Binnen hoeveel kilometer?' })).toHaveValue('25');
    expect(screen.getByRole('link', { name: 'Instellingen voor meldingen' })).toHaveAttribute(
      'href',
      '/mijn-profiel/meldingen',
    );
    const navigation = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    const links = [...navigation.querySelectorAll('a')].map((link) => link.textContent);
    expect(links.indexOf('Mijn profiel')).toBe(links.indexOf('Mijn klussen') + 1);
    expect(within(navigation).getByRole('link', { name: 'Mijn profiel' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('names what is still empty', async () => {
    profile = buildProfile({ skills: [], demonstratedSkills: [], learningGoals: [], hoursPerMonth: null });
    renderApp('/mijn-profiel');

    await screen.findByRole('region', { name: 'Vaardigheden' }, LOAD);
    expect(region('Vaardigheden')).toHaveTextContent('U hebt nog geen vaardigheden opgegeven.');
    expect(region('Aangetoond in klussen')).toHaveTextContent('Nog geen aangetoonde vaardigheden.');
    expect(region('Leerdoelen')).toHaveTextContent('U hebt nog geen leerdoelen opgegeven.');
    expect(screen.getByRole('textbox', { name: 'Uren per maand voor klussen' })).toHaveValue('');
    expect(screen.getByRole('radio', { name: 'Maakt niet uit' })).toBeChecked();
    expect(screen.queryByRole('textbox', { name: 'Binnen hoeveel kilometer?' })).not.toBeInTheDocument();
  });

  it('finds a skill, adds it, takes its level and saves the whole profile', async () => {
    found = skillPage(
      [
        buildSkill(GIS, { matchedLabel: 'Geografisch informatiesysteem' }),
        buildSkill(CARTOGRAPHY, { matchedLabel: 'geo-informatie' }),
      ],
      14,
    );
    const user = userEvent.setup();
    renderApp('/mijn-profiel');
    await screen.findByRole('region', { name: 'Vaardigheden' }, LOAD);
    const skills = region('Vaardigheden');

    await user.type(within(skills).getByRole('combobox', { name: 'Vaardigheid zoeken' }), 'geo');

    const results = await within(skills).findByRole(
      'listbox',
      { name: 'Voorstellen uit de lijst met vaardigheden' },
      LOAD,
    );
    expect(skills).toHaveTextContent('14 vaardigheden gevonden, de eerste 2 staan hier.');
    const [gis, cartography] = within(results).getAllByRole('option');
    expect(gis).toHaveTextContent('GIS (Geografisch informatiesysteem) — al gekozen');
    expect(gis).toHaveAttribute('aria-disabled', 'true');
    expect(cartography).toHaveTextContent('Cartografie (geo-informatie)');
    const search = callsTo(fetchMock, 'GET', SKILLS)[0]?.url.searchParams;
    expect(Object.fromEntries(search ?? [])).toEqual({ q: 'geo', pageSize: '8' });
    // A profile takes skills of the taxonomy only: nothing to propose.
    expect(within(results).queryByText(/voorstellen als nieuwe vaardigheid/)).not.toBeInTheDocument();

    await user.click(cartography);

    const level = within(skills).getByRole('combobox', { name: 'Cartografie' });
    expect(level).toHaveFocus();
    expect(level).toHaveValue('basic');
    expect(
      screen.getByText('Cartografie is toegevoegd aan uw vaardigheden. Kies uw niveau.'),
    ).toBeInTheDocument();
    await user.selectOptions(level, 'expert');
    await user.selectOptions(within(skills).getByRole('combobox', { name: 'GIS' }), 'expert');
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Uw profiel is opgeslagen.');
    expect(lastPut()).toEqual({
      hoursPerMonth: 8,
      locationPreference: 'any',
      maxDistanceKm: null,
      skills: [
        { skillId: GIS.id, level: 'expert' },
        { skillId: POLICY.id, level: 'basic' },
        { skillId: CARTOGRAPHY.id, level: 'expert' },
      ],
      learningGoals: [PROJECTS.id],
      findableByPartners: false,
    });
  });

  it('lets me choose to be findable for trekkers of partner organisations, off until I do', async () => {
    renderApp('/mijn-profiel');
    const user = userEvent.setup();

    const findable = await screen.findByRole(
      'checkbox',
      { name: 'Vindbaar voor trekkers en managers van partnerorganisaties' },
      LOAD,
    );
    expect(findable).not.toBeChecked();
    expect(findable).toHaveAccessibleDescription(/Standaard staat dit uit/);
    expect(screen.getByRole('heading', { level: 2, name: 'Vindbaarheid' })).toBeInTheDocument();

    await user.click(findable);
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Uw profiel is opgeslagen.');
    expect(lastPut()?.findableByPartners).toBe(true);
    expect(screen.getByRole('checkbox', { name: /Vindbaar voor trekkers/ })).toBeChecked();
  });

  it('removes a skill, adds a learning goal and says when nothing is found', async () => {
    const user = userEvent.setup();
    renderApp('/mijn-profiel');
    await screen.findByRole('region', { name: 'Vaardigheden' }, LOAD);
    const skills = region('Vaardigheden');
    const goals = region('Leerdoelen');

    await user.click(within(skills).getByRole('button', { name: 'Beleidsadvisering verwijderen' }));
    expect(within(skills).queryByRole('combobox', { name: 'Beleidsadvisering' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Vaardigheden' })).toHaveFocus();
    expect(screen.getByText('Beleidsadvisering is verwijderd uit uw vaardigheden.')).toBeInTheDocument();

    await user.type(within(skills).getByRole('combobox', { name: 'Vaardigheid zoeken' }), 'zeppelin');
    expect(
      await within(skills).findByText(
        'Geen vaardigheid gevonden. Probeer een ander of korter woord, of een synoniem.',
        {},
        LOAD,
      ),
    ).toBeInTheDocument();
    expect(within(skills).getByRole('combobox', { name: 'Vaardigheid zoeken' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );

    found = skillPage([buildSkill(PROJECTS), buildSkill(GIS)]);
    const goalSearch = within(goals).getByRole('combobox', { name: 'Leerdoel zoeken' });
    await user.type(goalSearch, 'p');
    const results = await within(goals).findByRole('listbox', {}, LOAD);
    expect(within(results).getAllByRole('option')[0]).toHaveTextContent('Projectleiding — al gekozen');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');

    expect(goalSearch).toHaveFocus();
    expect(within(goals).getByRole('button', { name: 'Leerdoel GIS verwijderen' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Uw profiel is opgeslagen.');
    expect(lastPut()).toMatchObject({
      skills: [{ skillId: GIS.id, level: 'advanced' }],
      learningGoals: [PROJECTS.id, GIS.id],
    });
  });

  it('checks the rules before sending, and the summary leads to each field', async () => {
    found = skillPage([buildSkill(GIS)]);
    const user = userEvent.setup();
    renderApp('/mijn-profiel');
    await screen.findByRole('region', { name: 'Vaardigheden' }, LOAD);
    const goals = region('Leerdoelen');

    await user.selectOptions(screen.getByRole('combobox', { name: 'GIS' }), 'expert');
    await user.type(within(goals).getByRole('combobox', { name: 'Leerdoel zoeken' }), 'gis');
    await user.click(await within(goals).findByRole('option', { name: 'GIS' }, LOAD));
    const hours = screen.getByRole('textbox', { name: 'Uren per maand voor klussen' });
    await user.clear(hours);
    await user.type(hours, '200');
    await user.click(screen.getByRole('radio', { name: 'In de buurt' }));
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Er zijn 3 problemen met uw invoer');
    expect(summary.closest('.kb-error-summary')).toHaveFocus();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Leerdoel GIS: Deze vaardigheid beheerst u al als expert; kies een ander leerdoel.',
      'Vul 0 tot en met 160 uur per maand in.',
      'Vul in binnen hoeveel kilometer u wilt werken.',
    ]);
    expect(
      within(goals).getByRole('button', { name: 'Leerdoel GIS verwijderen' }),
    ).toHaveAccessibleDescription('Deze vaardigheid beheerst u al als expert; kies een ander leerdoel.');
    expect(hours).toHaveAttribute('aria-invalid', 'true');
    const distance = screen.getByRole('textbox', { name: 'Binnen hoeveel kilometer?' });
    expect(distance).toHaveAccessibleDescription(
      expect.stringContaining('Vul in binnen hoeveel kilometer u wilt werken.'),
    );
    expect(callsTo(fetchMock, 'PUT', PROFILE)).toHaveLength(0);

    await user.click(
      within(summary).getByRole('link', { name: 'Vul in binnen hoeveel kilometer u wilt werken.' }),
    );
    expect(distance).toHaveFocus();
    await user.type(distance, '25');
    await user.clear(hours);
    // Leaving a field checks it again; the summary follows.
    expect(screen.getByRole('alert')).toHaveTextContent('Er zijn 2 problemen met uw invoer');
    await user.type(hours, '16');
    await user.click(within(goals).getByRole('button', { name: 'Leerdoel GIS verwijderen' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Uw profiel is opgeslagen.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(lastPut()).toMatchObject({
      hoursPerMonth: 16,
      locationPreference: 'nearby',
      maxDistanceKm: 25,
      learningGoals: [PROJECTS.id],
    });
  });

  it("puts the API's refusals on the rows and fields they name", async () => {
    putAnswer = () =>
      problemResponse(400, {
        title: 'Ongeldige invoer',
        detail: 'Het profiel is niet opgeslagen.',
        code: 'invalid-input',
        invalidParams: [
          {
            name: 'skills[1].skillId',
            code: 'unknown-skill',
            reason: 'Deze vaardigheid bestaat niet (meer).',
          },
          {
            name: 'learningGoals[0]',
            code: 'unknown-skill',
            reason: 'Deze vaardigheid bestaat niet (meer).',
          },
          { name: 'hoursPerMonth', code: 'max', reason: 'Hoogstens 160 uur per maand.' },
        ],
      });
    const user = userEvent.setup();
    renderApp('/mijn-profiel');
    await screen.findByRole('region', { name: 'Vaardigheden' }, LOAD);

    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Beleidsadvisering: Deze vaardigheid bestaat niet (meer).',
      'Leerdoel Projectleiding: Deze vaardigheid bestaat niet (meer).',
      'Hoogstens 160 uur per maand.',
    ]);
    const policy = screen.getByRole('combobox', { name: 'Beleidsadvisering' });
    expect(policy).toHaveAttribute('aria-invalid', 'true');
    expect(policy).toHaveAccessibleDescription('Deze vaardigheid bestaat niet (meer).');
    expect(screen.getByRole('combobox', { name: 'GIS' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByRole('button', { name: 'Leerdoel Projectleiding verwijderen' }),
    ).toHaveAccessibleDescription('Deze vaardigheid bestaat niet (meer).');
    expect(screen.getByRole('textbox', { name: 'Uren per maand voor klussen' })).toHaveAccessibleDescription(
      expect.stringContaining('Hoogstens 160 uur per maand.'),
    );

    await user.click(within(summary).getByRole('link', { name: /^Beleidsadvisering:/ }));
    expect(policy).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Beleidsadvisering verwijderen' }));
    expect(screen.getByRole('alert')).not.toHaveTextContent('Beleidsadvisering');
  });

  it('says so when saving fails for another reason', async () => {
    putAnswer = () => problemResponse(503, { title: 'Niet beschikbaar' });
    const user = userEvent.setup();
    renderApp('/mijn-profiel');
    await screen.findByRole('region', { name: 'Vaardigheden' }, LOAD);

    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Opslaan is niet gelukt. Probeer het opnieuw.',
    );
  });

  it('offers a retry when the profile cannot be loaded', async () => {
    let failing = true;
    profile = () =>
      failing ? problemResponse(500, { title: 'Fout' }) : jsonResponse(buildProfile({ skills: [] }));
    const user = userEvent.setup();
    renderApp('/mijn-profiel');

    expect(await screen.findByRole('alert')).toHaveTextContent('De gegevens konden niet worden geladen.');
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('region', { name: 'Vaardigheden' }, LOAD)).toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes, and lets go once saved', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/mijn-profiel');
    await screen.findByRole('region', { name: 'Vaardigheden' }, LOAD);
    const navigation = screen.getByRole('navigation', { name: 'Hoofdmenu' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'GIS' }), 'expert');
    await user.click(within(navigation).getByRole('link', { name: 'Mijn klussen' }));

    const question = await screen.findByRole('alertdialog');
    expect(question).toHaveTextContent('U hebt wijzigingen in uw profiel die nog niet zijn opgeslagen.');
    expect(question).toHaveFocus();
    expect(router.state.location.pathname).toBe('/mijn-profiel');
    await user.click(within(question).getByRole('button', { name: 'Op deze pagina blijven' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(within(navigation).getByRole('link', { name: 'Mijn klussen' })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'GIS' })).toHaveValue('expert');

    await user.click(within(navigation).getByRole('link', { name: 'Start' }));
    await user.click(await screen.findByRole('button', { name: 'Pagina verlaten' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    // Pages load lazily: the profile stays on screen until the start page has come.
    await screen.findByRole('heading', { level: 1, name: /^Welkom/ }, LOAD);

    await router.navigate('/mijn-profiel');
    await screen.findByRole('button', { name: 'Profiel opslaan' }, LOAD);
    await user.selectOptions(screen.getByRole('combobox', { name: 'GIS' }), 'basic');
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));
    await screen.findByRole('status');
    await user.click(within(navigation).getByRole('link', { name: 'Mijn klussen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/mijn-klussen'));
  });

  it('speaks English and searches English labels when asked', async () => {
    found = skillPage([buildSkill(CARTOGRAPHY, { label: 'Cartography' })]);
    const user = userEvent.setup();
    renderApp('/mijn-profiel', { language: 'en' });

    const skills = await screen.findByRole('region', { name: 'Skills' }, LOAD);
    expect(screen.getByRole('heading', { level: 1, name: 'My profile' })).toBeInTheDocument();
    expect(within(skills).getByRole('combobox', { name: 'GIS' })).toHaveDisplayValue('Advanced');
    await user.type(within(skills).getByRole('combobox', { name: 'Search for a skill' }), 'carto');
    expect(await within(skills).findByRole('option', { name: 'Cartography' }, LOAD)).toBeInTheDocument();
    expect(callsTo(fetchMock, 'GET', SKILLS)[0]?.url.searchParams.get('lang')).toBe('en');
    expect(screen.getByRole('radio', { name: 'No preference' })).toBeChecked();
    expect(region('Demonstrated in klussen')).toHaveTextContent('Level: expert');
  });
});
