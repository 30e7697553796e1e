import createClient, {
  type Client,
  type ClientPathsWithMethod,
  type MaybeOptionalInit,
  type MethodResponse,
} from 'openapi-fetch';
import type { components, paths } from './schema.gen';

type ApiProblem = components['schemas']['Problem'];

/**
 * RFC 9457 problem details as the Klussenbank API sends them (components.schemas.Problem), read
 * leniently: an answer from a proxy may lack everything but the status and a title.
 */
export type Problem = Pick<ApiProblem, 'status' | 'title'> & Partial<Omit<ApiProblem, 'status' | 'title'>>;

export type InvalidParam = NonNullable<ApiProblem['invalidParams']>[number];

/** A failed request: `status` 0 means the API was not reached at all. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.problem?.code;
  }
}

export const CSRF_COOKIE = 'kb_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
/** Where the document's paths live (its `servers` entry). */
export const API_BASE = '/api/v1';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Calls whose 401 is an answer about credentials, not a sign that the session has ended. */
const CREDENTIAL_PATHS = new Set([
  `${API_BASE}/auth/login`,
  `${API_BASE}/auth/logout`,
  `${API_BASE}/auth/sso/logout`,
]);

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/**
 * The one place that sees every API answer: a 401 on any call but logging in or out means the
 * session has ended (expired, or logged out in another tab). The session listens and sends the
 * user to the log-in page. Returns the unsubscribe.
 */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function readCookie(name: string): string | undefined {
  for (const pair of document.cookie.split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * JSON over the same origin; the session rides in an HttpOnly cookie, writes echo the CSRF cookie.
 * openapi-fetch builds the request from the document's types; this sends it with the page-relative
 * URL and turns every failure into an ApiError (problem+json answers keep their problem).
 */
async function send(request: Request): Promise<Response> {
  const { method, signal } = request;
  const headers = new Headers(request.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  const language = document.documentElement.lang;
  if (language) headers.set('Accept-Language', language);
  if (!SAFE_METHODS.has(method)) {
    const csrfToken = readCookie(CSRF_COOKIE);
    if (csrfToken) headers.set(CSRF_HEADER, csrfToken);
  }
  // A file upload (multipart) is sent as the bytes it is; JSON as text.
  const multipart = /^multipart\//.test(request.headers.get('Content-Type') ?? '');
  const body = SAFE_METHODS.has(method) ? '' : multipart ? await request.blob() : await request.text();
  const url = new URL(request.url);

  let response: Response;
  try {
    response = await fetch(`${url.pathname}${url.search}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === '' || (body instanceof Blob && body.size === 0) ? undefined : body,
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ApiError(0, null);
  }
  if (!response.ok) {
    if (response.status === 401 && !CREDENTIAL_PATHS.has(url.pathname))
      for (const listener of unauthorizedListeners) listener();
    throw new ApiError(response.status, await readProblem(response));
  }
  return response;
}

async function readProblem(response: Response): Promise<Problem | null> {
  if (!/json/.test(response.headers.get('Content-Type') ?? '')) return null;
  try {
    const problem = (await response.json()) as Partial<Problem> | null;
    if (typeof problem !== 'object' || problem === null) return null;
    return { ...problem, status: response.status, title: problem.title ?? response.statusText };
  } catch {
    return null;
  }
}

/**
 * The API, typed by its OpenAPI document: paths, parameters, bodies and answers are checked by the
 * compiler. Every call resolves with the answer or rejects with an ApiError (see `unwrap`).
 */
export const api: Client<paths> = createClient<paths>({
  baseUrl: new URL(API_BASE, window.location.origin).href,
  fetch: send,
});

/** The answer of an api call; `send` has already turned every refusal into an ApiError. */
export async function unwrap<T>(pending: Promise<{ data?: T; response: Response }>): Promise<T> {
  return (await pending).data as T;
}

type GetPath = ClientPathsWithMethod<typeof api, 'get'>;
type GetInit<Path extends GetPath> = MaybeOptionalInit<paths[Path], 'get'>;
type Answer<Path extends GetPath> = MethodResponse<typeof api, 'get', Path>;

/** A GET the page waits for: `key` tells two apart (the path with its parameters). */
export interface ApiQuery<T> {
  key: string;
  load: (signal: AbortSignal) => Promise<T>;
}

/** A typed GET for useApiData. */
export function apiQuery<Path extends GetPath>(
  path: Path,
  ...[init]: undefined extends GetInit<Path> ? [GetInit<Path>?] : [GetInit<Path>]
): ApiQuery<Answer<Path>> {
  return {
    key: `${path} ${JSON.stringify(init?.params ?? {})}`,
    // The generic call cannot be checked here; apiQuery's own signature is what callers are held to.
    load: (signal) => unwrap<Answer<Path>>(api.GET(path, { ...init, signal } as never)),
  };
}
