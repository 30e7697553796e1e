import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, apiQuery, readCookie, unwrap } from './client';
import { jsonResponse, mockFetch, problemResponse, setCookie } from '../test-utils';

describe('api', () => {
  let fetchMock: ReturnType<typeof mockFetch>;

  beforeEach(() => {
    fetchMock = mockFetch();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends the CSRF cookie as a header on writes, never on reads', async () => {
    setCookie('kb_csrf', 'token-123');
    fetchMock.mockImplementation(() => Promise.resolve(jsonResponse({ ok: true })));

    await api.GET('/me');
    await api.PUT('/me/notification-preferences', { body: { inApp: 'off', email: 'weekly' } });

    const [[readUrl, readInit], [writeUrl, writeInit]] = fetchMock.mock.calls;
    expect(readUrl).toBe('/api/v1/me');
    expect(new Headers(readInit?.headers).has('X-CSRF-Token')).toBe(false);
    expect(writeUrl).toBe('/api/v1/me/notification-preferences');
    expect(writeInit?.method).toBe('PUT');
    expect(new Headers(writeInit?.headers).get('X-CSRF-Token')).toBe('token-123');
    expect(new Headers(writeInit?.headers).get('Content-Type')).toBe('application/json');
    expect(writeInit?.credentials).toBe('same-origin');
    expect(writeInit?.body).toBe('{"inApp":"off","email":"weekly"}');
  });

  it('fills in path and query parameters, page-relative, and answers with the parsed body', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ items: [], page: 2, pageSize: 10, total: 11 }));

    const activity = await apiQuery('/dossiers/{id}/activity', {
      params: { path: { id: 'a b' }, query: { page: 2, pageSize: 10 } },
    }).load(new AbortController().signal);

    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/dossiers/a%20b/activity?page=2&pageSize=10');
    expect(activity).toEqual({ items: [], page: 2, pageSize: 10, total: 11 });
  });

  it('turns a problem+json answer into an ApiError with the problem', async () => {
    fetchMock.mockResolvedValue(
      problemResponse(429, {
        title: 'Te veel verzoeken',
        detail: 'Probeer het later.',
        code: 'too-many-login-attempts',
      }),
    );

    const error = await unwrap(
      api.POST('/auth/login', { body: { email: 'a@b.test', password: 'x', cookie: true } }),
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      code: 'too-many-login-attempts',
      message: 'Probeer het later.',
    });
  });

  it('reports an unreachable API as status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    await expect(api.GET('/me')).rejects.toMatchObject({ status: 0, problem: null });
  });
});

describe(readCookie.name, () => {
  it('finds one cookie among several', () => {
    setCookie('other', 'x');
    setCookie('kb_csrf', 'a=b');
    expect(readCookie('kb_csrf')).toBe('a=b');
    expect(readCookie('missing')).toBeUndefined();
  });
});
