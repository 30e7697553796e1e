/** RFC 9457 problem details as the Klussenbank API sends them. */
export interface Problem {
  status: number;
  title: string;
  detail?: string;
  code?: string;
  invalidParams?: InvalidParam[];
}

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

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

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function readCookie(name: string): string | undefined {
  for (const pair of document.cookie.split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/** JSON over the same origin; the session rides in an HttpOnly cookie, writes echo the CSRF cookie. */
export async function apiRequest<T>(
  path: string,
  { method = 'GET', body, signal }: RequestOptions = {},
): Promise<T> {
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  const language = document.documentElement.lang;
  if (language) headers.set('Accept-Language', language);
  if (!SAFE_METHODS.has(method)) {
    const csrfToken = readCookie(CSRF_COOKIE);
    if (csrfToken) headers.set(CSRF_HEADER, csrfToken);
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, null);
  }

  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
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
