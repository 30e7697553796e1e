import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildMe,
  callsTo,
  jsonResponse,
  mockFetch,
  problemResponse,
  renderApp,
  routeApi,
} from '../../test-utils';
import { buildProfile } from '../my-profile/profile-fixtures';
import { CalendarFeedSection } from './CalendarFeedSection';

const FEED = '/api/v1/me/calendar-feed';
const URL_1 = `https://klussenbank.example/api/v1/calendar-feeds/${'a'.repeat(43)}.ics`;
const URL_2 = `https://klussenbank.example/api/v1/calendar-feeds/${'b'.repeat(43)}.ics`;
const LOAD = { timeout: 5_000 };

describe(CalendarFeedSection.name, { timeout: 30_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let feed: { exists: boolean; createdAt: string | null };
  let next: string[];
  let getAnswer: (() => Response) | undefined;
  let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;

  beforeEach(() => {
    fetchMock = mockFetch();
    feed = { exists: false, createdAt: null };
    next = [URL_1, URL_2];
    getAnswer = undefined;
    writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      'GET /api/v1/me/profile': () => jsonResponse(buildProfile()),
      [`GET ${FEED}`]: () => getAnswer?.() ?? jsonResponse(feed),
      [`POST ${FEED}`]: () => {
        feed = { exists: true, createdAt: '2026-12-05T09:30:00.000Z' };
        return jsonResponse({ ...feed, url: next.shift() }, 201);
      },
      [`DELETE ${FEED}`]: () => {
        feed = { exists: false, createdAt: null };
        return new Response(null, { status: 204 });
      },
    });
  });

  /** userEvent brings its own clipboard; ours goes in after it, so the test sees what was copied. */
  const setUp = () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    return user;
  };
  const section = () => screen.findByRole('region', { name: 'Agenda' }, LOAD);

  it('explains the feed, makes a link, shows it once and copies it with a confirmation', async () => {
    const user = setUp();
    renderApp('/mijn-profiel');
    const agenda = await section();
    expect(agenda).toHaveTextContent('Agenda toevoegen’ → ‘Abonneren vanaf internet');
    expect(await within(agenda).findByText('U hebt nog geen agendalink.')).toBeInTheDocument();

    await user.click(within(agenda).getByRole('button', { name: 'Agendalink maken' }));
    const link = await within(agenda).findByRole('textbox', { name: 'Uw agendalink' });
    expect(link).toHaveValue(URL_1);
    expect(link).toHaveAttribute('readonly');
    expect(agenda).toHaveTextContent('u ziet hem hierna niet meer');
    expect(agenda).toHaveTextContent('U hebt een agendalink sinds 5 december 2026 om 10:30.');

    await user.click(within(agenda).getByRole('button', { name: 'Link kopiëren' }));
    expect(writeText).toHaveBeenCalledWith(URL_1);
    expect(
      await within(agenda).findByText('De link is gekopieerd. Plak hem in uw agenda.'),
    ).toBeInTheDocument();
  });

  it('asks before a new link replaces the old one, and shows the new link', async () => {
    feed = { exists: true, createdAt: '2026-11-01T08:00:00.000Z' };
    next = [URL_2];
    const user = setUp();
    renderApp('/mijn-profiel');
    const agenda = await section();
    expect(
      await within(agenda).findByText('U hebt een agendalink sinds 1 november 2026 om 09:00.'),
    ).toBeInTheDocument();
    expect(within(agenda).queryByRole('textbox')).not.toBeInTheDocument(); // only a hash is kept

    await user.click(within(agenda).getByRole('button', { name: 'Nieuwe link maken' }));
    expect(agenda).toHaveTextContent('De oude link werkt dan meteen niet meer.');
    await user.click(within(agenda).getByRole('button', { name: 'Terug' }));
    expect(callsTo(fetchMock, 'POST', FEED)).toHaveLength(0);

    await user.click(within(agenda).getByRole('button', { name: 'Nieuwe link maken' }));
    await user.click(within(agenda).getByRole('button', { name: 'Ja, maak een nieuwe link' }));
    expect(await within(agenda).findByRole('textbox', { name: 'Uw agendalink' })).toHaveValue(URL_2);
    expect(callsTo(fetchMock, 'POST', FEED)).toHaveLength(1);
  });

  it('asks before revoking, then says the link no longer works', async () => {
    feed = { exists: true, createdAt: '2026-11-01T08:00:00.000Z' };
    const user = setUp();
    renderApp('/mijn-profiel');
    const agenda = await section();
    await user.click(await within(agenda).findByRole('button', { name: 'Link intrekken' }, LOAD));
    expect(callsTo(fetchMock, 'DELETE', FEED)).toHaveLength(0);
    await user.click(within(agenda).getByRole('button', { name: 'Ja, trek de link in' }));
    expect(
      await within(agenda).findByText('Uw agendalink is ingetrokken. Hij werkt niet meer.'),
    ).toBeInTheDocument();
    expect(callsTo(fetchMock, 'DELETE', FEED)).toHaveLength(1);
    expect(within(agenda).getByRole('button', { name: 'Agendalink maken' })).toBeInTheDocument();
  });

  it('lets the person copy by hand when the clipboard refuses', async () => {
    writeText.mockRejectedValue(new Error('not allowed'));
    const user = setUp();
    renderApp('/mijn-profiel');
    const agenda = await section();
    await user.click(await within(agenda).findByRole('button', { name: 'Agendalink maken' }, LOAD));
    await user.click(await within(agenda).findByRole('button', { name: 'Link kopiëren' }));
    expect(await within(agenda).findByText(/Kopiëren lukte niet/)).toBeInTheDocument();
  });

  it('shows a load error with a retry', async () => {
    getAnswer = () => problemResponse(503, { title: 'Niet beschikbaar', code: 'service-unavailable' });
    const user = setUp();
    renderApp('/mijn-profiel');
    const agenda = await section();
    const retry = await within(agenda).findByRole('button', { name: 'Opnieuw proberen' }, LOAD);
    getAnswer = undefined;
    await user.click(retry);
    expect(await within(agenda).findByText('U hebt nog geen agendalink.')).toBeInTheDocument();
  });
});
