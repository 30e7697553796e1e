import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildMe,
  callsTo,
  jsonResponse,
  mockFetch,
  renderApp,
  routeApi,
  unauthenticated,
} from '../../test-utils';
import { StatementPage } from './StatementPage';

const LOAD = { timeout: 5_000 };
const me = buildMe({ roles: ['employee', 'org-admin'] });
const STATEMENTS = `/api/v1/organisations/${me.organisation.id}/statements`;

describe(StatementPage.name, { timeout: 30_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let signedIn: boolean;
  let own: Record<string, { markdown: string; html: string } | null>;

  beforeEach(() => {
    fetchMock = mockFetch();
    signedIn = false;
    own = { privacy: null, accessibility: null };
    const statement = (kind: string) => () =>
      jsonResponse({
        kind,
        organisationId: me.organisation.id,
        markdown: own[kind]?.markdown ?? null,
        html: own[kind]?.html ?? null,
        updatedAt: own[kind] ? '2026-12-05T10:00:00.000Z' : null,
      });
    routeApi(fetchMock, {
      'GET /api/v1/me': () => (signedIn ? jsonResponse(me) : unauthenticated()),
      'GET /api/v1/me/notifications/unread-count': () => jsonResponse({ count: 0 }),
      [`GET ${STATEMENTS}/privacy`]: statement('privacy'),
      [`GET ${STATEMENTS}/accessibility`]: statement('accessibility'),
      [`PUT ${STATEMENTS}/privacy`]: ({ body }) => {
        const markdown = (body as { markdown: string }).markdown.trim();
        own.privacy = markdown ? { markdown, html: `<p>${markdown}</p>` } : null;
        return statement('privacy')();
      },
    });
  });

  it('shows the default statement without a session, and every page links to both', async () => {
    renderApp('/privacyverklaring');
    expect(await screen.findByRole('heading', { level: 1, name: 'Privacyverklaring' }, LOAD)).toBeVisible();
    expect(screen.getByText(/standaardtekst van Klussenbank/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Uw rechten' })).toBeVisible();
    const footer = screen.getByRole('navigation', { name: 'Over Klussenbank' });
    expect(within(footer).getByRole('link', { name: 'Privacyverklaring' })).toHaveAttribute(
      'href',
      '/privacyverklaring',
    );
    expect(within(footer).getByRole('link', { name: 'Toegankelijkheidsverklaring' })).toHaveAttribute(
      'href',
      '/toegankelijkheidsverklaring',
    );
    expect(callsTo(fetchMock, 'GET', `${STATEMENTS}/privacy`)).toHaveLength(0);
  });

  it('the accessibility statement follows the model: status, measures, contact', async () => {
    renderApp('/toegankelijkheidsverklaring');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }, LOAD),
    ).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Status',
      'Maatregelen',
      'Bekende beperkingen',
      'Contact en feedback',
    ]);
  });

  it('the login page links to both too', async () => {
    renderApp('/inloggen');
    const footer = await screen.findByRole('navigation', { name: 'Over Klussenbank' }, LOAD);
    expect(within(footer).getAllByRole('link')).toHaveLength(2);
  });

  it("signed in, one reads one's organisation's own text where it wrote one", async () => {
    signedIn = true;
    own.privacy = { markdown: '# Eigen\nOnze tekst.', html: '<h1>Eigen</h1>\n<p>Onze tekst.</p>' };
    renderApp('/privacyverklaring');
    expect(await screen.findByText('Onze tekst.', {}, LOAD)).toBeVisible();
    expect(screen.getByText(`De verklaring van ${me.organisation.name}.`)).toBeVisible();
    // The page keeps its one h1: the organisation's top heading becomes an h2.
    expect(screen.getByRole('heading', { level: 2, name: 'Eigen' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('StatementSettings: an org-admin writes the text, starts from the default, and empties it back to the default', async () => {
    signedIn = true;
    const user = userEvent.setup();
    renderApp('/beheer/organisatie');
    const privacy = await screen.findByRole(
      'textbox',
      { name: 'Privacyverklaring van uw organisatie' },
      LOAD,
    );
    await user.click(
      within(privacy.closest('form')!).getByRole('button', { name: 'Begin met de standaardtekst' }),
    );
    expect((privacy as HTMLTextAreaElement).value).toContain('## Uw rechten');
    await user.clear(privacy);
    await user.type(privacy, 'Onze eigen tekst');
    await user.click(within(privacy.closest('form')!).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De privacyverklaring is opgeslagen.')).toBeVisible();
    expect(callsTo(fetchMock, 'PUT', `${STATEMENTS}/privacy`).at(-1)?.body).toEqual({
      markdown: 'Onze eigen tekst',
    });
    await user.clear(privacy);
    await user.click(within(privacy.closest('form')!).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De privacyverklaring is terug naar de standaardtekst.')).toBeVisible();
  });
});
