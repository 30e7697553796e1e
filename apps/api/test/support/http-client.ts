import { checkAgainstContract } from './openapi-contract.js';

/**
 * A thin fetch wrapper over real HTTP, remembering a bearer token or cookies like a client would.
 * Every response is checked against the OpenAPI document (openapi-contract.ts).
 */
export interface HttpResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export class HttpClient {
  private token: string | undefined;
  private cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  withToken(token: string | undefined): HttpClient {
    const copy = new HttpClient(this.baseUrl);
    copy.token = token;
    return copy;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpResponse<T>> {
    const allHeaders: Record<string, string> = { ...headers };
    if (this.token) allHeaders['authorization'] = `Bearer ${this.token}`;
    if (this.cookies.size) allHeaders['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let payload: string | FormData | undefined;
    if (body instanceof FormData) {
      payload = body; // fetch sets the multipart content type with its boundary
    } else if (typeof body === 'string') {
      payload = body;
      allHeaders['content-type'] ??= 'application/json';
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      allHeaders['content-type'] = 'application/json';
    }
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: allHeaders,
      redirect: 'manual',
      ...(payload !== undefined ? { body: payload } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (!name) continue;
      if (value.join('=') === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line))
        this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('='));
    }
    const text = await response.text();
    checkAgainstContract({
      method,
      path,
      status: response.status,
      contentType: response.headers.get('content-type'),
      text,
    });
    const isJson = /json/.test(response.headers.get('content-type') ?? '');
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: (isJson && text ? JSON.parse(text) : {}) as T,
    };
  }

  get<T = Record<string, unknown>>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T = Record<string, unknown>>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body, headers);
  }
  patch<T = Record<string, unknown>>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PATCH', path, body, headers);
  }
  put<T = Record<string, unknown>>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', path, body, headers);
  }
  delete<T = Record<string, unknown>>(path: string, headers?: Record<string, string>) {
    return this.request<T>('DELETE', path, undefined, headers);
  }
}
