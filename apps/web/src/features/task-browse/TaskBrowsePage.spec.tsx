import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildMe,
  callsTo,
  jsonResponse,
  mockFetch,
  problemResponse,
  renderApp,
  routeApi,
} from '../../test-utils';
import type { Page, TaskSummary } from '../tasks/task-api';
import { buildTaskSummary, OTHER_ORGANISATION, pageOf } from '../tasks/task-fixtures';
import type { Recommendation } from './RecommendedTasks';
import { TaskBrowsePage } from './TaskBrowsePage';

const TASKS = '/api/v1/tasks';
const RECOMMENDED = '/api/v1/me/recommended-tasks';

describe(TaskBrowsePage.name, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let results: Page<TaskSummary>;
  let recommended: () => Response;

  beforeEach(() => {
    fetchMock = mockFetch();
    results = pageOf([buildTaskSummary()]);
    recommended = () => jsonResponse({ items: [] });
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      [`GET ${TASKS}`]: () => jsonResponse(results),
      [`GET ${RECOMMENDED}`]: () => recommended(),
      'GET /api/v1/organisations': () =>
        jsonResponse(pageOf([OTHER_ORGANISATION, { id: 'org-dordrecht', name: 'Gemeente Dordrecht' }])),
      'GET /api/v1/partnerships': () => jsonResponse(pageOf([{ id: 'p-drecht', name: 'Drechtsteden' }])),
    });
  });

  const lastSearch = () => callsTo(fetchMock, 'GET', TASKS).at(-1)?.url.searchParams;

  it('shows what a klus is about in each result, with the count announced', async () => {
    results = pageOf(
      [
        buildTaskSummary({ learningSuitable: true }),
        buildTaskSummary({
          id: 'full-one',
          title: 'Archief ordenen',
          status: 'full',
          placesLeft: 0,
          location: { type: 'remote', municipality: null },
          claimMode: 'application',
          estimatedHours: 2.5,
        }),
      ],
      { total: 12 },
    );
    renderApp('/klussen');

    expect(await screen.findByRole('heading', { level: 1, name: 'Klussen' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('12 klussen gevonden'));
    const [first, second] = screen.getAllByRole('article');
    expect(within(first).getByRole('link', { name: 'Bestemmingsplan Centrum doorlichten' })).toHaveAttribute(
      'href',
      '/klussen/7a1c1b8e-0000-4000-8000-000000000101',
    );
    expect(first).toHaveTextContent('Gemeente Zwijndrecht');
    expect(first).toHaveTextContent('16 uur');
    expect(first).toHaveTextContent('1 december 2026 t/m 31 januari 2027');
    expect(first).toHaveTextContent('Op locatie: Zwijndrecht');
    expect(first).toHaveTextContent('2 van 3 plekken vrij');
    expect(first).toHaveTextContent('Ruimtelijke ordening, GIS');
    expect(first).toHaveTextContent('Geschikt om te leren');
    expect(second).toHaveTextContent('Vol');
    expect(second).toHaveTextContent('2,5 uur');
    expect(second).toHaveTextContent('Op afstand');
    expect(second).toHaveTextContent('Aanmelden met motivatie');
    await waitFor(() => expect(document.title).toBe('Klussen – Klussenbank'));
    expect(lastSearch()?.toString()).toBe('pageSize=20');
  });

  it('reads the search and its filters from the URL and asks the API for exactly those', async () => {
    renderApp(
      '/klussen?q=bestemmingsplannen&location=on-site&hasPlaces=true&minHours=4&organisationId=org-dordrecht&page=2',
    );

    await screen.findAllByRole('article');
    expect(Object.fromEntries(lastSearch() ?? [])).toEqual({
      q: 'bestemmingsplannen',
      organisationId: 'org-dordrecht',
      minHours: '4',
      location: 'on-site',
      hasPlaces: 'true',
      page: '2',
      pageSize: '20',
    });
    expect(screen.getByRole('searchbox', { name: 'Zoeken in klussen' })).toHaveValue('bestemmingsplannen');
    expect(screen.getByRole('radio', { name: 'Op locatie' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Alleen met vrije plekken' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Geschikt om te leren' })).not.toBeChecked();
    expect(screen.getByLabelText('Minimaal')).toHaveValue('4');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Organisatie' })).toHaveValue('org-dordrecht'),
    );
    // Without a status in the URL the API shows open and full klussen; the form says so.
    expect(screen.getByRole('checkbox', { name: 'Open' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Vol' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Afgerond' })).not.toBeChecked();
  });

  it('writes a search into the URL, and the back button brings the earlier search back', async () => {
    const { router } = renderApp('/klussen?q=archief');
    const user = userEvent.setup();
    await screen.findAllByRole('article');

    const search = screen.getByRole('searchbox', { name: 'Zoeken in klussen' });
    await user.clear(search);
    await user.type(search, 'GIS');
    await user.click(screen.getByRole('checkbox', { name: 'Geschikt om te leren' }));
    await user.click(screen.getByRole('checkbox', { name: 'Afgerond' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sorteren op' }), 'endDate');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?q=GIS&status=open%2Cfull%2Ccompleted&learningSuitable=true&sort=endDate',
      ),
    );
    await waitFor(() => expect(lastSearch()?.get('q')).toBe('GIS'));
    expect(lastSearch()?.get('status')).toBe('open,full,completed');

    await router.navigate(-1);

    await waitFor(() =>
      expect(screen.getByRole('searchbox', { name: 'Zoeken in klussen' })).toHaveValue('archief'),
    );
    expect(screen.getByRole('checkbox', { name: 'Geschikt om te leren' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Afgerond' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Sorteren op' })).toHaveValue('relevance');
    await waitFor(() => expect(lastSearch()?.get('q')).toBe('archief'));
  });

  it('sends no sort the person did not choose, and shows relevance as the default for words', async () => {
    const { router } = renderApp('/klussen');
    const user = userEvent.setup();
    await screen.findAllByRole('article');
    const sort = screen.getByRole('combobox', { name: 'Sorteren op' });
    expect(sort).toHaveValue('newest');

    await user.type(screen.getByRole('searchbox', { name: 'Zoeken in klussen' }), 'Dordrecht');
    expect(sort).toHaveValue('relevance');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    await waitFor(() => expect(router.state.location.search).toBe('?q=Dordrecht'));
    await waitFor(() => expect(lastSearch()?.get('q')).toBe('Dordrecht'));
    expect(lastSearch()?.has('sort')).toBe(false);
    expect(screen.getByRole('combobox', { name: 'Sorteren op' })).toHaveValue('relevance');

    // A sort the person picks is sent, also when it is what the default was before the words.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sorteren op' }), 'newest');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=Dordrecht&sort=newest'));
    await waitFor(() => expect(lastSearch()?.get('sort')).toBe('newest'));
  });

  it('starts again at page 1 when the filters change, and links every other page', async () => {
    results = pageOf([buildTaskSummary()], { total: 45, page: 2 });
    const { router } = renderApp('/klussen?skill=GIS&page=2');
    const user = userEvent.setup();
    await screen.findAllByRole('article');

    const pagination = screen.getByRole('navigation', { name: 'Paginering' });
    expect(within(pagination).getByRole('link', { name: 'Pagina 2' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(pagination).getByRole('link', { name: 'Volgende' })).toHaveAttribute(
      'href',
      '/klussen?skill=GIS&page=3',
    );
    expect(within(pagination).getByRole('link', { name: 'Vorige' })).toHaveAttribute(
      'href',
      '/klussen?skill=GIS',
    );

    await user.click(within(pagination).getByRole('link', { name: 'Volgende' }));
    await waitFor(() => expect(router.state.location.search).toBe('?skill=GIS&page=3'));
    expect(screen.getByRole('heading', { level: 2, name: 'Resultaten' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Filters toepassen' }));
    await waitFor(() => expect(router.state.location.search).toBe('?skill=GIS'));
  });

  it('shows a clear empty state with a hint and a way to clear the filters', async () => {
    results = pageOf([]);
    renderApp('/klussen?q=zeppelin&hasPlaces=true');

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Geen klussen gevonden'));
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByText(/Probeer andere of minder zoekwoorden/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alle zoekwoorden en filters wissen' })).toHaveAttribute(
      'href',
      '/klussen',
    );
  });

  it('refuses an upside-down hour range before touching the URL', async () => {
    const { router } = renderApp('/klussen');
    const user = userEvent.setup();
    await screen.findAllByRole('article');

    await user.type(screen.getByLabelText('Minimaal'), '10');
    await user.type(screen.getByLabelText('Maximaal'), '4');
    await user.click(screen.getByRole('button', { name: 'Filters toepassen' }));

    const max = screen.getByLabelText('Maximaal');
    expect(max).toHaveAttribute('aria-invalid', 'true');
    expect(max).toHaveAccessibleDescription('Het maximum is lager dan het minimum.');
    expect(max).toHaveFocus();
    expect(router.state.location.search).toBe('');
  });

  it('offers a retry when the search fails', async () => {
    let failing = true;
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      [`GET ${TASKS}`]: () =>
        failing
          ? jsonResponse({ status: 500, title: 'Fout' }, 500)
          : jsonResponse(pageOf([buildTaskSummary()])),
      'GET /api/v1/organisations': () => jsonResponse(pageOf([])),
      'GET /api/v1/partnerships': () => jsonResponse(pageOf([])),
    });
    renderApp('/klussen');
    const user = userEvent.setup();

    expect(await screen.findByRole('alert')).toHaveTextContent('De gegevens konden niet worden geladen.');
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('article')).toBeInTheDocument();
  });
  describe('Aanbevolen voor u', () => {
    const recommendation = (id: string, title: string, overrides: Partial<Recommendation> = {}) => ({
      task: buildTaskSummary({ id, title }),
      score: 80,
      reasons: [],
      ...overrides,
    });

    it('shows the five best klussen above the results, each saying why', async () => {
      const items: Recommendation[] = [
        recommendation('r1', 'Kaarten voor de omgevingsvisie', {
          score: 92,
          reasons: [
            { kind: 'required', skill: 'GIS', level: 'expert', demonstrated: false },
            { kind: 'learning-goal', skill: 'projectleiding' },
            { kind: 'hours' },
          ],
        }),
        recommendation('r2', 'Subsidieregeling evalueren', {
          reasons: [
            { kind: 'required', skill: 'Beleidsadvisering', level: 'advanced', demonstrated: true },
            { kind: 'nice-to-have', skill: 'Subsidies', level: 'basic' },
            { kind: 'location' },
          ],
        }),
        ...['r3', 'r4', 'r5', 'r6'].map((id) => recommendation(id, `Klus ${id}`)),
      ];
      recommended = () => jsonResponse({ items });
      renderApp('/klussen');

      const section = await screen.findByRole('region', { name: 'Aanbevolen voor u' });
      const cards = await within(section).findAllByRole('article');
      expect(cards).toHaveLength(5);
      expect(within(cards[0]).getByRole('heading', { level: 3 })).toHaveTextContent(
        'Kaarten voor de omgevingsvisie',
      );
      expect(cards[0]).toHaveTextContent('Waarom: GIS (expert), leerdoel: projectleiding, past in uw uren');
      expect(cards[1]).toHaveTextContent(
        'Waarom: Beleidsadvisering (gevorderd, aangetoond), Subsidies (basis), past bij waar u wilt werken',
      );
      expect(cards[2]).not.toHaveTextContent('Waarom');
      // Above the results, which are there as ever.
      const results = screen.getByRole('region', { name: 'Resultaten' });
      expect(section.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(await within(results).findByRole('article')).toBeInTheDocument();
    });

    it('points to Mijn profiel when there is nothing to recommend yet', async () => {
      renderApp('/klussen');

      const section = await screen.findByRole('region', { name: 'Aanbevolen voor u' });
      expect(
        await within(section).findByText(/Nog geen aanbevelingen. Vul uw vaardigheden en leerdoelen in op/),
      ).toHaveTextContent('Nog geen aanbevelingen. Vul uw vaardigheden en leerdoelen in op Mijn profiel.');
      expect(within(section).getByRole('link', { name: 'Mijn profiel' })).toHaveAttribute(
        'href',
        '/mijn-profiel',
      );
    });

    it('leaves the browse page working when recommendations fail, with a quiet note and a retry', async () => {
      let failing = true;
      recommended = () =>
        failing
          ? problemResponse(500, { title: 'Fout' })
          : jsonResponse({ items: [recommendation('r1', 'Kaarten voor de omgevingsvisie')] });
      const user = userEvent.setup();
      renderApp('/klussen');

      const section = await screen.findByRole('region', { name: 'Aanbevolen voor u' });
      expect(
        await within(section).findByText(
          'De aanbevelingen konden nu niet worden geladen. Zoeken in alle klussen werkt gewoon.',
        ),
      ).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(
        await within(screen.getByRole('region', { name: 'Resultaten' })).findByRole('article'),
      ).toBeInTheDocument();

      failing = false;
      await user.click(within(section).getByRole('button', { name: 'Aanbevelingen opnieuw laden' }));
      expect(await within(section).findByRole('article')).toHaveTextContent('Kaarten voor de omgevingsvisie');
    });

    it('steps aside while the user searches or filters', async () => {
      renderApp('/klussen?q=archief');
      await screen.findAllByRole('article');
      expect(screen.queryByRole('region', { name: 'Aanbevolen voor u' })).not.toBeInTheDocument();
      expect(callsTo(fetchMock, 'GET', RECOMMENDED)).toHaveLength(0);
    });

    it('speaks English', async () => {
      renderApp('/klussen', { language: 'en' });
      const section = await screen.findByRole('region', { name: 'Recommended for you' });
      expect(await within(section).findByRole('link', { name: 'My profile' })).toBeInTheDocument();
    });
  });

  it('offers "Naar de resultaten" right after the search box, past the filters', async () => {
    renderApp('/klussen');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Klussen' });

    await user.click(screen.getByRole('searchbox', { name: 'Zoeken in klussen' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Zoeken' })).toHaveFocus();
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Naar de resultaten' });
    expect(skip).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2, name: 'Resultaten' })).toHaveFocus();
  });
});
