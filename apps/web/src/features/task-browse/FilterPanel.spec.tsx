import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTaskSummary, pageOf } from '../tasks/task-fixtures';
import { buildMe, callsTo, jsonResponse, mockFetch, renderApp, routeApi } from '../../test-utils';
import { FilterToggle } from '../../shared/FilterPanel';

// Vitest leaves CSS out of components; the test reads the rules that fold the filters itself.
const layoutCss = readFileSync(resolve(import.meta.dirname, '../shell/layout.css'), 'utf8');

function screenIs(narrow: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: narrow,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

describe(FilterToggle.name, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let style: HTMLStyleElement;

  beforeEach(() => {
    // The folding is done by the stylesheet: give jsdom the rules, so visibility is what a browser shows.
    style = document.createElement('style');
    style.textContent = layoutCss;
    document.head.append(style);
    screenIs(true);
    fetchMock = mockFetch();
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      'GET /api/v1/tasks': () => jsonResponse(pageOf([buildTaskSummary()])),
      'GET /api/v1/me/recommended-tasks': () => jsonResponse({ items: [] }),
      'GET /api/v1/organisations': () => jsonResponse(pageOf([])),
      'GET /api/v1/partnerships': () => jsonResponse(pageOf([])),
      'GET /api/v1/dossiers': () => jsonResponse({ items: [], page: 1, pageSize: 20, total: 0 }),
    });
  });
  afterEach(() => style.remove());

  it('folds the Klussen filters on a phone behind a button that counts the ones set, results first', async () => {
    const user = userEvent.setup();
    renderApp('/klussen?q=archief&learningSuitable=true&minHours=2&maxHours=8');
    await screen.findByRole('heading', { level: 1, name: 'Klussen' });

    const toggle = screen.getByRole('button', { name: 'Filters (2)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const form = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(form).toHaveRole('search');
    expect(form).toContainElement(toggle);
    // The words stay in sight; the filters do not.
    expect(screen.getByLabelText('Zoeken in klussen')).toBeVisible();
    expect(screen.getByLabelText('Sorteren op')).not.toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Geschikt om te leren', hidden: true })).not.toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveFocus();
    expect(screen.getByLabelText('Sorteren op')).toBeVisible();

    // Applying folds them again so the results are in view; focus goes back to the button.
    await user.click(screen.getByRole('checkbox', { name: 'Alleen met vrije plekken' }));
    await user.click(screen.getByRole('button', { name: 'Filters toepassen' }));
    await waitFor(() =>
      expect(callsTo(fetchMock, 'GET', '/api/v1/tasks').at(-1)?.url.searchParams.get('hasPlaces')).toBe(
        'true',
      ),
    );
    const folded = await screen.findByRole('button', { name: 'Filters (3)' });
    expect(folded).toHaveAttribute('aria-expanded', 'false');
    expect(folded).toHaveFocus();
    expect(screen.getByLabelText('Sorteren op')).not.toBeVisible();
  });

  it('unfolds by itself to show a field that needs correcting', async () => {
    const user = userEvent.setup();
    renderApp('/klussen');
    await screen.findByRole('heading', { level: 1, name: 'Klussen' });
    const toggle = screen.getByRole('button', { name: 'Filters' });

    toggle.focus();
    await user.keyboard('{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Minimaal' }), 'veel');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('textbox', { name: 'Minimaal' })).toHaveFocus();
  });

  it('folds the dossier filters the same way', async () => {
    const user = userEvent.setup();
    renderApp('/dossiers?mine=true');
    await screen.findByRole('heading', { level: 1, name: 'Dossiers' });

    const toggle = screen.getByRole('button', { name: 'Filters (1)' });
    const form = screen.getByRole('search', { name: /dossiers/i });
    expect(within(form).getByLabelText('Zoeken in dossiers')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Alleen mijn dossiers', hidden: true })).not.toBeVisible();
    await user.click(toggle);
    expect(screen.getByRole('checkbox', { name: 'Alleen mijn dossiers' })).toBeVisible();
  });

  it('shows the filters beside the results on a wide screen, without a button', async () => {
    screenIs(false);
    renderApp('/klussen?learningSuitable=true');
    await screen.findByRole('heading', { level: 1, name: 'Klussen' });

    expect(screen.queryByRole('button', { name: /^Filters( \(\d+\))?$/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Sorteren op')).toBeVisible();
  });
});
