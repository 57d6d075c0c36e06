// How the app travels to a browser: the built files as their precompressed copies, cached for a year when
// their name carries a hash and revalidated otherwise; large API answers compressed, never cached; progress
// events and XLSX downloads left alone; HTTPS-only headers only when the deployment is reached over HTTPS.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../test/test-app.ts';
import { goodRows, importFile, xlsxBuffer } from '../modules/population/resident-import/test-fixtures.ts';
import { DOCUMENT_ONLY_HEADERS, IMMUTABLE, REVALIDATE } from './web-delivery.ts';

const village = '35.10.01.2001';
const script = `export const greeting = ${JSON.stringify('Selamat datang di Smart Kampung. '.repeat(200))};\n`;
const html = `<!doctype html><html><head><script type="module" src="/assets/app-3f9a2c.js"></script></head><body>${'<p>Desa</p>'.repeat(200)}</body></html>`;

let dist: string;
let t: TestApp;
let operator: TestUser;

/** A built web app in miniature, with the compressed copies the build step writes. */
function writeDist(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'sk-dist-'));
  mkdirSync(path.join(root, 'assets'));
  const write = (name: string, content: string) => {
    writeFileSync(path.join(root, name), content);
    writeFileSync(path.join(root, `${name}.br`), brotliCompressSync(content));
    writeFileSync(path.join(root, `${name}.gz`), gzipSync(content));
  };
  write('index.html', html);
  write('assets/app-3f9a2c.js', script);
  write('assets/map-worker-8d1e0b.mjs', script);
  writeFileSync(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return root;
}

beforeAll(async () => {
  dist = writeDist();
  t = await buildTestApp({ config: { webDistDir: dist } });
  operator = await t.createUser('village_operator', village);
});
afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

describe('the built web app', () => {
  it('sends a hashed file as its brotli copy, cached for a year', async () => {
    const res = await get('/assets/app-3f9a2c.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
    expect(res.rawPayload.length).toBeLessThan(script.length / 10);
  });

  it("leaves out of a page's scripts the headers only documents and workers use", async () => {
    const scriptRes = await get('/assets/app-3f9a2c.js', { 'accept-encoding': 'br' });
    for (const name of DOCUMENT_ONLY_HEADERS) expect(scriptRes.headers[name], name).toBeUndefined();
    expect(scriptRes.headers['x-content-type-options']).toBe('nosniff');
    expect(scriptRes.headers['cross-origin-resource-policy']).toBe('same-origin');
    const worker = await get('/assets/map-worker-8d1e0b.mjs', { 'accept-encoding': 'br' });
    expect(worker.headers['content-security-policy']).toContain("script-src 'self'");
    const page = await get('/');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('sends the gzip copy to a browser without brotli, and the file itself to one without either', async () => {
    const gz = await get('/assets/app-3f9a2c.js', { 'accept-encoding': 'gzip, deflate' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await get('/assets/app-3f9a2c.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('makes the browser revalidate index.html, and answers 304 while it is unchanged', async () => {
    const first = await get('/', { 'accept-encoding': 'gzip' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe(REVALIDATE);
    expect(gunzipSync(first.rawPayload).toString()).toBe(html);
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('gives browser routes of the app index.html, revalidated, and unhashed files no long cache', async () => {
    const route = await get('/penduduk/rumah-tangga', { 'accept-encoding': 'br' });
    expect(route.statusCode).toBe(200);
    expect(route.headers['cache-control']).toBe(REVALIDATE);
    expect(brotliDecompressSync(route.rawPayload).toString()).toBe(html);
    const icon = await get('/favicon.svg');
    expect(icon.headers['cache-control']).toBe(REVALIDATE);
  });
});

describe('API answers', () => {
  it('compresses a large JSON answer and still forbids caching it', async () => {
    const res = await get('/api/openapi.json', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-store');
    const json = brotliDecompressSync(res.rawPayload).toString();
    expect(JSON.parse(json)).toMatchObject({ openapi: '3.1.0' });
    expect(res.rawPayload.length).toBeLessThan(json.length / 4);
  });

  it('leaves a small answer uncompressed', async () => {
    const res = await get('/api/health', { 'accept-encoding': 'gzip, br' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toMatchObject({ status: 'ok' });
  });

  it('streams import progress as plain server-sent events, and sends an XLSX download as it is', async () => {
    const job = await importFile(operator, village, 'penduduk.xlsx', await xlsxBuffer({ rows: goodRows() }));
    const events = await operator.request({
      method: 'GET',
      url: `/api/villages/${village}/imports/${job.id}/events`,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(events.headers['content-type']).toContain('text/event-stream');
    expect(events.headers['content-encoding']).toBeUndefined();
    expect(events.body).toMatch(/^event: progress\ndata: \{/m);

    const xlsx = await operator.request({
      method: 'GET',
      url: `/api/population/residents/export?region=${village}&format=xlsx`,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-encoding']).toBeUndefined();
    // An XLSX file is a zip archive: it starts with the zip signature.
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('security headers', () => {
  it('over plain HTTP (the default), tells the browser nothing that would send it to HTTPS', async () => {
    const res = await get('/api/health');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('with HTTPS=true, sends HSTS and upgrade-insecure-requests', async () => {
    const secure = await buildTestApp({ config: { https: true } });
    try {
      const res = await secure.app.inject({ method: 'GET', url: '/api/health' });
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      await secure.close();
    }
  });
});
