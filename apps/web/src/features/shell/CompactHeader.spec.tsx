import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMe, jsonResponse, mockFetch, renderApp, routeApi, stubEventSource } from '../../test-utils';
import { CompactHeader } from './CompactHeader';

/** A phone: every media query of the layout (they all ask for a narrow screen) matches. */
function onPhone() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: true,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

describe(CompactHeader.name, () => {
  let unreadCount: number;

  beforeEach(() => {
    onPhone();
    stubEventSource();
    unreadCount = 0;
    routeApi(mockFetch(), {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      'GET /api/v1/me/notifications/unread-count': () => jsonResponse({ unreadCount }),
      'GET /api/v1/me/recommended-tasks': () => jsonResponse({ items: [] }),
      'GET /api/v1/me/claims': () => jsonResponse({ items: [] }),
      'GET /api/v1/me/tasks': () => jsonResponse({ items: [] }),
      'GET /api/v1/me/consent-requests': () => jsonResponse({ items: [] }),
      'GET /api/v1/me/hour-cap': () => jsonResponse(null),
      'GET /api/v1/me/hours': () => jsonResponse({ items: [] }),
      'GET /api/v1/dossiers': () => jsonResponse({ items: [], page: 1, pageSize: 20, total: 0 }),
    });
  });

  const menuButton = () => screen.getByRole('button', { name: /^Menu/ });

  it('folds the menu and the user tools behind a button in the header', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' });

    const button = menuButton();
    const menu = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Menu' })).toBe(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(menu).not.toBeVisible();
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Uitloggen' })).not.toBeInTheDocument();

    await userEvent.setup().click(button);

    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(menu).toBeVisible();
    const navigation = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(menu).toContainElement(navigation);
    expect(within(navigation).getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
    expect(screen.getByText('Anna de Vries')).toBeVisible();
  });

  it('closes on Escape and gives focus back to the button', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' });

    await user.click(menuButton());
    await user.tab();
    expect(screen.getByRole('link', { name: 'Start' })).toHaveFocus();
    await user.keyboard('{Escape}');

    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton()).toHaveFocus();
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).not.toBeInTheDocument();

    // From the keyboard alone: Enter opens, Escape on the button itself closes.
    await user.keyboard('{Enter}');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes after navigating, and focus goes to the new page', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' });

    await user.click(menuButton());
    await user.click(screen.getByRole('link', { name: 'Dossiers' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Dossiers' });
    expect(router.state.location.pathname).toBe('/dossiers');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('shows the unread count on the button while the menu is closed', async () => {
    unreadCount = 3;
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' });

    await waitFor(() => expect(menuButton()).toHaveAccessibleName('Menu, 3 ongelezen meldingen'));
    expect(within(menuButton()).getByText('3')).toHaveAttribute('aria-hidden', 'true');
  });

  it('keeps the full header and menu on a wide screen', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' });

    expect(screen.queryByRole('button', { name: /^Menu/ })).not.toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
  });
});
