import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A built web client as Vite and its pre-compress step leave it: hashed assets with .br and .gz beside them. */
function fixtureWebRoot(): { root: string; script: string } {
  const root = mkdtempSync(join(tmpdir(), 'klussenbank-web-'));
  mkdirSync(join(root, 'assets'));
  const script = `export const klussen = ${JSON.stringify('Klus '.repeat(2000))};\n`;
  const html = `<!doctype html><html lang="nl"><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div>${' '.repeat(2000)}</body></html>`;
  for (const [name, content] of [
    ['assets/index-Ab12Cd34.js', script],
    ['index.html', html],
  ] as const) {
    writeFileSync(join(root, name), content);
    writeFileSync(join(root, `${name}.br`), brotliCompressSync(content));
    writeFileSync(join(root, `${name}.gz`), gzipSync(content));
  }
  return { root, script };
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET without fetch's automatic decompression: the bytes as sent. */
function rawGet(baseUrl: string, path: string, acceptEncoding?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, baseUrl),
      { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('serving the built web client', () => {
  let t: TestApp;
  let web: { root: string; script: string };
  const asset = '/assets/index-Ab12Cd34.js';

  beforeAll(async () => {
    web = fixtureWebRoot();
    t = await startTestApp({ env: { WEB_ROOT: web.root } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web.root, { recursive: true, force: true });
  });

  it('sends the brotli file to a browser that accepts br, cached a year as immutable', async () => {
    const response = await rawGet(t.baseUrl, asset, 'gzip, deflate, br, zstd');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['vary']).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(response.body).toString()).toBe(web.script);
  });

  it('sends the gzip file to a client that accepts only gzip', async () => {
    const response = await rawGet(t.baseUrl, asset, 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(response.body).toString()).toBe(web.script);
  });

  it('sends the file as it is to a client that accepts no compression', async () => {
    const response = await rawGet(t.baseUrl, asset, 'identity');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe(web.script);
  });

  it('has index.html revalidated on every load, compressed, for its own routes too', async () => {
    for (const path of ['/index.html', '/klussen', '/dossiers/123']) {
      const response = await rawGet(t.baseUrl, path, 'br');
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe('no-cache');
      expect(response.headers['content-encoding'], path).toBe('br');
      expect(brotliDecompressSync(response.body).toString(), path).toContain('<div id="root">');
      // The security headers stay.
      expect(response.headers['content-security-policy'], path).toContain("default-src 'self'");
    }
  });

  it('does not let a missing asset be cached as immutable', async () => {
    const response = await rawGet(t.baseUrl, '/assets/index-gone0000.js', 'br');
    expect(response.headers['cache-control']).not.toMatch(/immutable/);
  });

  it('keeps personal API responses out of every cache', async () => {
    const response = await rawGet(t.baseUrl, '/api/v1/me', 'br');
    expect(response.status).toBe(401);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
