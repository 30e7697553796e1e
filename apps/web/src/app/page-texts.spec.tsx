import { describe, expect, it, vi } from 'vitest';
import { mockFetch, routeFetch, unauthenticated } from '../test-utils';

// Fresh modules: no texts handed over up front, as in the browser (the test setup provides all texts).
async function freshApp(path: string) {
  vi.resetModules();
  const [{ render, screen }, { App }, { routes }, i18n, { createMemoryRouter }] = await Promise.all([
    import('@testing-library/react'),
    import('./App'),
    import('./routes'),
    import('../i18n/i18n'),
    import('react-router'),
  ]);
  const instance = i18n.createI18n('nl');
  const view = render(
    <App router={createMemoryRouter(routes, { initialEntries: [path] })} i18n={instance} />,
  );
  return { instance, screen, view };
}

describe('page texts', () => {
  it('shows the login page with the texts of its group, not all texts', async () => {
    routeFetch(mockFetch(), { 'GET /api/v1/me': unauthenticated });
    const { instance, screen, view } = await freshApp('/inloggen');

    expect(await screen.findByLabelText('E-mailadres')).toBeInTheDocument();
    expect(instance.exists('login.submit')).toBe(true);
    expect(instance.exists('start.title')).toBe(false);
    view.unmount();
  });
});
