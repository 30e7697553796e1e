import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildMe, callsTo, jsonResponse, mockFetch, renderApp, routeApi } from '../../test-utils';
import type { Page } from '../tasks/task-api';
import type { DossierSummary } from './dossier-api';
import { buildDossierSummary, DOSSIER_ID, OSS, pageOf, PARTNERSHIP } from './dossier-fixtures';
import { DossierListPage } from './DossierListPage';

const DOSSIERS = '/api/v1/dossiers';

/** The page loads when first visited, which a busy machine may take a while over. */
async function openList(path: string) {
  const view = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: 'Dossiers' }, { timeout: 5_000 });
  return view;
}

describe(DossierListPage.name, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let results: Page<DossierSummary>;

  beforeEach(() => {
    fetchMock = mockFetch();
    results = pageOf([buildDossierSummary()]);
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      [`GET ${DOSSIERS}`]: () => jsonResponse(results),
    });
  });

  const lastSearch = () => callsTo(fetchMock, 'GET', DOSSIERS).at(-1)?.url.searchParams;

  it('shows per dossier its goal, partnership, status, trekkers, team spread and skills, with the count announced', async () => {
    results = pageOf(
      [
        buildDossierSummary(),
        buildDossierSummary({
          id: 'other',
          title: 'Eén loket voor ondernemers',
          status: 'active',
          joinPolicy: 'on-request',
          teamCap: null,
          teamSize: 1,
          organisations: [{ ...OSS, count: 1 }],
          trekkers: [{ id: 'u-luuk', name: 'Luuk Bosch', organisation: OSS }],
          skills: [],
          endDate: null,
          myRole: 'trekker',
          myStatus: 'active',
        }),
      ],
      { total: 2 },
    );
    await openList('/dossiers');

    await waitFor(() => expect(document.title).toBe('Dossiers – Klussenbank'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 dossiers gevonden'));
    const [first, second] = screen.getAllByRole('article');
    expect(within(first).getByRole('link', { name: 'Samen inkopen jeugdzorg' })).toHaveAttribute(
      'href',
      `/dossiers/${DOSSIER_ID}`,
    );
    for (const text of [
      'Eén inkoopstrategie voor jeugdzorg, die alle vier gemeenten dragen.',
      'Netwerk Anders Samenwerken',
      'Esther Maas (Gemeente Zeist)',
      '3 van hoogstens 10 mensen uit 2 organisaties',
      'Gemeente Zeist (2), Gemeente Oss (1)',
      'Inkoop, Jeugdzorg',
      '1 december 2026 t/m 30 juni 2027',
      'Verkennen',
    ]) {
      expect(first).toHaveTextContent(text);
    }
    expect(second).toHaveTextContent('Actief');
    expect(second).toHaveTextContent('Meedoen op verzoek');
    expect(second).toHaveTextContent('1 persoon');
    expect(second).toHaveTextContent('Luuk Bosch (Gemeente Oss)');
    expect(second).toHaveTextContent('Nog niet genoemd');
    expect(second).toHaveTextContent('Vanaf 1 december 2026');
    expect(second).toHaveTextContent('U bent trekker');
    expect(screen.getByRole('link', { name: 'Dossier starten' })).toHaveAttribute('href', '/dossiers/nieuw');
    expect(lastSearch()?.toString()).toBe('pageSize=20');
  });

  it('reads the search and its filters from the URL and asks the API for exactly those', async () => {
    await openList(
      `/dossiers?q=jeugdzorg&partnershipId=${PARTNERSHIP.id}&status=active&status=completed&skill=Inkoop&mine=true&page=2`,
    );

    await screen.findAllByRole('article');
    const asked = lastSearch();
    expect(asked?.get('q')).toBe('jeugdzorg');
    expect(asked?.get('partnershipId')).toBe(PARTNERSHIP.id);
    expect(asked?.getAll('status')).toEqual(['active', 'completed']);
    expect(asked?.get('skill')).toBe('Inkoop');
    expect(asked?.get('mine')).toBe('true');
    expect(asked?.get('page')).toBe('2');
    expect(screen.getByRole('searchbox', { name: 'Zoeken in dossiers' })).toHaveValue('jeugdzorg');
    expect(screen.getByRole('checkbox', { name: 'Alleen mijn dossiers' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Samenwerkingsverband' })).toHaveValue(PARTNERSHIP.id);
    // The skill picker shows the filter's skill as its one choice, with a button to take it away.
    expect(screen.getByRole('list', { name: 'Gekozen: Vaardigheid' })).toHaveTextContent('Inkoop');
    expect(screen.getByRole('button', { name: 'Inkoop verwijderen' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Vaardigheid' })).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Verkennen' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Actief' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Afgerond' })).toBeChecked();
  });

  it('keeps a search in the URL, and the back button brings the earlier one back', async () => {
    const { router } = await openList('/dossiers?q=loket');
    const user = userEvent.setup();
    await screen.findAllByRole('article');
    // The API's default: exploring and active dossiers.
    expect(screen.getByRole('checkbox', { name: 'Verkennen' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Actief' })).toBeChecked();

    const search = screen.getByRole('searchbox', { name: 'Zoeken in dossiers' });
    await user.clear(search);
    await user.type(search, 'jeugdzorg');
    await user.click(screen.getByRole('checkbox', { name: 'Alleen mijn dossiers' }));
    await user.click(screen.getByRole('checkbox', { name: 'Verkennen' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Samenwerkingsverband' }),
      PARTNERSHIP.name,
    );
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        `?q=jeugdzorg&partnershipId=${PARTNERSHIP.id}&status=active&mine=true`,
      ),
    );
    await waitFor(() => expect(lastSearch()?.get('q')).toBe('jeugdzorg'));
    expect(lastSearch()?.getAll('status')).toEqual(['active']);

    await router.navigate(-1);
    await waitFor(() =>
      expect(screen.getByRole('searchbox', { name: 'Zoeken in dossiers' })).toHaveValue('loket'),
    );
    expect(screen.getByRole('checkbox', { name: 'Alleen mijn dossiers' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Verkennen' })).toBeChecked();
  });

  it('says so when there are no dossiers yet, and invites to start one', async () => {
    results = pageOf([]);
    await openList('/dossiers');

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Geen dossiers gevonden.'));
    expect(screen.getByText(/Er zijn nog geen dossiers in uw samenwerkingsverbanden/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start het eerste dossier' })).toHaveAttribute(
      'href',
      '/dossiers/nieuw',
    );
  });

  it('offers to clear the filters when a search finds nothing', async () => {
    results = pageOf([]);
    const { router } = await openList('/dossiers?q=onvindbaar&mine=true');
    const user = userEvent.setup();

    await screen.findByText(/Geen dossiers gevonden met deze zoekwoorden of filters/);
    await user.click(screen.getByRole('link', { name: 'Alle filters wissen' }));

    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(lastSearch()?.toString()).toBe('pageSize=20'));
  });

  it('links every page of results', async () => {
    results = pageOf([buildDossierSummary()], { total: 45, page: 2 });
    await openList('/dossiers?skill=Inkoop&page=2');
    await screen.findAllByRole('article');

    const pagination = screen.getByRole('navigation', { name: 'Paginering' });
    expect(within(pagination).getByRole('link', { name: 'Volgende' })).toHaveAttribute(
      'href',
      '/dossiers?skill=Inkoop&page=3',
    );
    expect(within(pagination).getByRole('link', { name: 'Vorige' })).toHaveAttribute(
      'href',
      '/dossiers?skill=Inkoop',
    );
  });
});
