import { render, waitFor } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { App } from './app/App';
import { routes } from './app/routes';
import type { Me } from './features/auth/auth-api';
import { createI18n, type Language } from './i18n/i18n';

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problemResponse(status: number, problem: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ status, ...problem }), {
    status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8' },
  });
}

export const unauthenticated = () =>
  problemResponse(401, { title: 'Niet ingelogd', detail: 'U bent niet ingelogd.', code: 'unauthenticated' });

const urlOf = (input: string | URL | Request) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

export function mockFetch() {
  const fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Answers by "METHOD path"; anything else fails the test loudly. */
export function routeFetch(
  fetchMock: ReturnType<typeof mockFetch>,
  handlers: Record<string, () => Response>,
) {
  fetchMock.mockImplementation((input, init) => {
    const key = `${init?.method ?? 'GET'} ${urlOf(input)}`;
    const handler = handlers[key];
    if (!handler) return Promise.reject(new Error(`Unexpected request: ${key}`));
    return Promise.resolve(handler());
  });
}

export function requestsTo(fetchMock: ReturnType<typeof mockFetch>, method: string, path: string) {
  return fetchMock.mock.calls.filter(
    ([input, init]) => urlOf(input) === path && (init?.method ?? 'GET') === method,
  );
}

export function setCookie(name: string, value: string): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/`;
}

export function clearCookies(): void {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
  }
}

export function buildMe(overrides: Partial<Me> = {}): Me {
  return {
    id: '6f1c1b8e-0000-4000-8000-000000000001',
    email: 'anna.de.vries@dordrecht.klussenbank.test',
    displayName: 'Anna de Vries',
    jobTitle: 'Beleidsmedewerker ruimtelijke ordening',
    roles: ['employee'],
    locale: 'nl',
    organisation: {
      id: '6f1c1b8e-0000-4000-8000-0000000000a1',
      name: 'Gemeente Dordrecht',
      slug: 'gemeente-dordrecht',
      kind: 'municipality',
    },
    partnerships: [
      { id: '6f1c1b8e-0000-4000-8000-0000000000b1', name: 'Drechtsteden' },
      { id: '6f1c1b8e-0000-4000-8000-0000000000b2', name: 'Netwerk Anders Samenwerken' },
    ],
    lineManager: { id: '6f1c1b8e-0000-4000-8000-000000000002', name: 'Marloes de Wit' },
    ...overrides,
  };
}

/** The whole app (real routes, providers and components) at `path`, with only fetch faked. */
/** Without `language` the app starts as it would in a browser: remembered language, else Dutch. */
export function renderApp(path: string, { language }: { language?: Language } = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(<App router={router} i18n={createI18n(language)} />);
  return { ...view, router };
}

export interface FakeRequest {
  method: string;
  url: URL;
  /** The JSON body, parsed. */
  body: unknown;
}

/** Like routeFetch, but keys name the path without its query, and handlers see the request. */
export function routeApi(
  fetchMock: ReturnType<typeof mockFetch>,
  handlers: Record<string, (request: FakeRequest) => Response>,
) {
  fetchMock.mockImplementation((input, init) => {
    const url = new URL(urlOf(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const handler = handlers[`${method} ${url.pathname}`];
    if (!handler) return Promise.reject(new Error(`Unexpected request: ${method} ${url.pathname}`));
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    try {
      return Promise.resolve(handler({ method, url, body }));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** The requests made to a path (query ignored), oldest first. */
export function callsTo(
  fetchMock: ReturnType<typeof mockFetch>,
  method: string,
  pathname: string,
): FakeRequest[] {
  return fetchMock.mock.calls.flatMap(([input, init]) => {
    const url = new URL(urlOf(input), 'http://localhost');
    if (url.pathname !== pathname || (init?.method ?? 'GET') !== method) return [];
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    return [{ method, url, body }];
  });
}

/**
 * The browser's EventSource, which jsdom lacks, stood in for at the window level: a test opens the
 * connection and pushes events through it as the API would.
 */
export class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];

  readyState: number = FakeEventSource.CONNECTING;
  readonly withCredentials: boolean;

  constructor(
    readonly url: string,
    init?: EventSourceInit,
  ) {
    super();
    this.withCredentials = init?.withCredentials ?? false;
    FakeEventSource.instances.push(this);
  }

  /** The connection is up (again). */
  open(): void {
    this.readyState = FakeEventSource.OPEN;
    this.dispatchEvent(new Event('open'));
  }

  emit(type: string, data: unknown): void {
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data) }));
  }

  /** A dropped connection the browser retries, or (`closed`) one it gave up on. */
  fail({ closed = false } = {}): void {
    this.readyState = closed ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING;
    this.dispatchEvent(new Event('error'));
  }

  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }
}

export function stubEventSource(): typeof FakeEventSource {
  FakeEventSource.instances = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  return FakeEventSource;
}

/** The one stream the app has open now. */
export function openStream(): FakeEventSource {
  const open = FakeEventSource.instances.filter((source) => source.readyState !== FakeEventSource.CLOSED);
  if (open.length !== 1) throw new Error(`Expected one open EventSource, found ${open.length}`);
  return open[0];
}

/** The one stream the app has open, once it has opened it: the app opens it in an effect after the page shows. */
export function streamOpened(): Promise<FakeEventSource> {
  return waitFor(openStream);
}
