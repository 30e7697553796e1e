import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, readCookie } from './client';
import { jsonResponse, mockFetch, problemResponse, setCookie } from '../test-utils';

describe(apiRequest.name, () => {
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

    await apiRequest('/api/v1/me');
    await apiRequest('/api/v1/things', { method: 'POST', body: { a: 1 } });

    const [readInit, writeInit] = fetchMock.mock.calls.map(([, init]) => init);
    expect(new Headers(readInit?.headers).has('X-CSRF-Token')).toBe(false);
    expect(new Headers(writeInit?.headers).get('X-CSRF-Token')).toBe('token-123');
    expect(writeInit?.credentials).toBe('same-origin');
    expect(writeInit?.body).toBe('{"a":1}');
  });

  it('turns a problem+json answer into an ApiError with the problem', async () => {
    fetchMock.mockResolvedValue(
      problemResponse(429, {
        title: 'Te veel verzoeken',
        detail: 'Probeer het later.',
        code: 'too-many-login-attempts',
      }),
    );

    const error = await apiRequest('/api/v1/auth/login', { method: 'POST', body: {} }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      code: 'too-many-login-attempts',
      message: 'Probeer het later.',
    });
  });

  it('reports an unreachable API as status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    await expect(apiRequest('/api/v1/me')).rejects.toMatchObject({ status: 0, problem: null });
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
