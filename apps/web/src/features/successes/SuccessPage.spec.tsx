import { screen, within } from '@testing-library/react';
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
import type { SuccessDetail } from './success-api';
import { SuccessPage } from './SuccessPage';
import { SuccessWallPage } from './SuccessWallPage';

const ID = '5e1c1b8e-0000-4000-8000-000000000001';
const PATH = `/api/v1/successes/${ID}`;
const OSS = { id: '6f1c1b8e-0000-4000-8000-0000000000a1', name: 'Gemeente Oss' };
const ZEIST = { id: '6f1c1b8e-0000-4000-8000-0000000000a2', name: 'Gemeente Zeist' };

const success = (overrides: Partial<SuccessDetail> = {}): SuccessDetail => ({
  id: ID,
  milestone: 'task-completed',
  title: 'Archief ordenen',
  story: 'Het **archief** is op orde.',
  storyHtml: '<p>Het <strong>archief</strong> is op orde.</p>\n',
  createdAt: '2026-12-04T10:00:00.000Z',
  task: { id: '7e1c1b8e-0000-4000-8000-000000000001', name: 'Archief ordenen' },
  dossier: null,
  checkpoint: null,
  organisations: [OSS, ZEIST],
  partnerships: [{ id: '8e1c1b8e-0000-4000-8000-000000000001', name: 'Netwerk Anders Samenwerken' }],
  skills: [],
  hours: 7.5,
  named: [{ id: '9e1c1b8e-0000-4000-8000-000000000001', name: 'Nadia Haddou', organisation: ZEIST }],
  unnamedCount: 1,
  applause: { count: 2, mine: false },
  commentCount: 1,
  myNaming: 'asked',
  comments: [
    {
      id: 'ae1c1b8e-0000-4000-8000-000000000001',
      author: { id: '9e1c1b8e-0000-4000-8000-000000000002', name: 'Esther Maas', organisation: ZEIST },
      body: 'Mooi werk!',
      createdAt: '2026-12-04T11:00:00.000Z',
      canHide: true,
    },
  ],
  ...overrides,
});

describe(SuccessPage.name, () => {
  let fetchMock: ReturnType<typeof mockFetch>;

  beforeEach(() => {
    fetchMock = mockFetch();
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      [`GET ${PATH}`]: () => jsonResponse(success()),
      [`PUT ${PATH}/applause`]: () => jsonResponse({ count: 3, mine: true }),
      [`DELETE ${PATH}/applause`]: () => jsonResponse({ count: 2, mine: false }),
      [`PUT ${PATH}/naming`]: () => jsonResponse({ ...success(), myNaming: 'agreed', unnamedCount: 0 }),
      [`DELETE ${PATH}/comments/ae1c1b8e-0000-4000-8000-000000000001`]: () =>
        new Response(null, { status: 204 }),
    });
  });

  it('shows the story, the facts with the named people, and toggles applause with aria-pressed', async () => {
    const user = userEvent.setup();
    renderApp(`/successen/${ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Archief ordenen' })).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: 'Over dit succes' });
    expect(facts).toHaveTextContent('7,5 uur');
    expect(facts).toHaveTextContent(
      'Nadia Haddou (Gemeente Zeist) en 1 persoon die (nog) niet genoemd wil worden',
    );
    const applause = screen.getByRole('button', { name: 'Applaus geven' });
    expect(applause).toHaveAttribute('aria-pressed', 'false');
    await user.click(applause);
    expect(await screen.findByText('3 keer applaus')).toBeInTheDocument();
    expect(applause).toHaveAttribute('aria-pressed', 'true');
    await user.click(applause);
    expect(await screen.findByText('2 keer applaus')).toBeInTheDocument();
    expect(applause).toHaveAttribute('aria-pressed', 'false');
    expect(callsTo(fetchMock, 'PUT', `${PATH}/applause`)).toHaveLength(1);
    expect(callsTo(fetchMock, 'DELETE', `${PATH}/applause`)).toHaveLength(1);
  });

  it('asks whether the name may appear, and offers to withdraw after a yes', async () => {
    const user = userEvent.setup();
    renderApp(`/successen/${ID}`);
    const naming = await screen.findByRole('region', { name: 'Mag uw naam bij dit succes?' });
    expect(naming).toHaveTextContent('U heeft nog niet geantwoord; uw naam staat er niet bij.');
    await user.click(within(naming).getByRole('button', { name: 'Ja, mijn naam mag erbij' }));
    expect(callsTo(fetchMock, 'PUT', `${PATH}/naming`)[0].body).toEqual({ agree: true });
    expect(await within(naming).findByRole('button', { name: 'Mijn naam weghalen' })).toBeInTheDocument();
  });

  it('hides a comment only after a confirmation', async () => {
    const user = userEvent.setup();
    renderApp(`/successen/${ID}`);
    const comments = await screen.findByRole('region', { name: 'Reacties' });
    await user.click(within(comments).getByRole('button', { name: 'Verbergen' }));
    expect(
      callsTo(fetchMock, 'DELETE', `${PATH}/comments/ae1c1b8e-0000-4000-8000-000000000001`),
    ).toHaveLength(0);
    await user.click(within(comments).getByRole('button', { name: 'Ja, verbergen' }));
    expect(await within(comments).findByText('De reactie is verborgen.')).toBeInTheDocument();
    expect(within(comments).queryByText('Mooi werk!')).not.toBeInTheDocument();
  });

  it('says so when the success is not there or hidden', async () => {
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      [`GET ${PATH}`]: () => problemResponse(404, { code: 'not-found', title: 'Niet gevonden', status: 404 }),
    });
    renderApp(`/successen/${ID}`);
    expect(await screen.findByText('Dit succes bestaat niet of u kunt het niet zien.')).toBeInTheDocument();
  });
});

describe(SuccessWallPage.name, () => {
  it('shows the empty wall with what to do, and the successes once there are some', async () => {
    const fetchMock = mockFetch();
    let items: SuccessDetail[] = [];
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe()),
      'GET /api/v1/organisations': () =>
        jsonResponse({ items: [OSS, ZEIST], page: 1, pageSize: 100, total: 2 }),
      'GET /api/v1/successes': () => jsonResponse({ items, page: 1, pageSize: 10, total: items.length }),
    });
    const { unmount } = renderApp('/successen');
    expect(await screen.findByText(/Er zijn nog geen successen gedeeld/)).toBeInTheDocument();
    unmount();
    items = [success()];
    renderApp('/successen');
    const card = await screen.findByRole('article');
    expect(within(card).getByRole('link', { name: 'Archief ordenen' })).toHaveAttribute(
      'href',
      `/successen/${ID}`,
    );
    expect(card).toHaveTextContent('2 keer applaus · 1 reactie');
    expect(screen.getByRole('status')).toHaveTextContent('1 succes');
  });
});
