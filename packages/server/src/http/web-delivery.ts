// How the web app and large API answers travel to a phone on a weak link.
// - Built files are sent as the brotli or gzip copy made at build time (packages/web/precompress.ts).
// - Files under /assets carry a content hash in their name: a browser may keep them a year without asking
//   again. Everything else (index.html, the boundary files, the favicon) must be revalidated on every use
//   (ETag, answered 304 when unchanged), so a new release is picked up at once.
// - API answers above 1 KB are compressed on the fly. Server-sent events (import progress) are left alone,
//   since a compressor buffers them, and so are files already compressed (XLSX is a zip).
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import path from 'node:path';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Helmet's headers that only mean something on a document or on a worker's script. A hashed script or
 * stylesheet the page loads does not need them, and over HTTP/1.1 each costs its bytes, uncompressed, on every
 * response (about 600 bytes, some 5 KB of a citizen's first visit). nosniff and Cross-Origin-Resource-Policy
 * stay: they do apply to scripts and styles. A worker's script (.mjs, MapLibre's) keeps them all, since its
 * own response gives the worker its Content-Security-Policy.
 */
export const DOCUMENT_ONLY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];
const PAGE_SUBRESOURCE = /\.(?:js|css)(?:\.br|\.gz)?$/;
export const REVALIDATE = 'no-cache';

export async function registerCompression(app: FastifyInstance) {
  await app.register(compress, {
    // Smaller answers gain less than the compressor's headers and time cost.
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Which types: @fastify/compress's default, text/* except text/event-stream, and JSON, XML; then mime-db,
    // where XLSX is not compressible. web-delivery.test.ts holds both to it.
  });
}

export async function serveWebApp(app: FastifyInstance, webDistDir: string) {
  const assetsDir = path.join(webDistDir, 'assets') + path.sep;
  await app.register(fastifyStatic, {
    root: webDistDir,
    preCompressed: true,
    cacheControl: false,
    etag: true,
    lastModified: true,
    setHeaders: (reply, filePath) => {
      const hashed = filePath.startsWith(assetsDir);
      reply.header('cache-control', hashed ? IMMUTABLE : REVALIDATE);
      // Helmet wrote these on the raw response, before this file was chosen.
      if (hashed && PAGE_SUBRESOURCE.test(filePath))
        for (const name of DOCUMENT_ONLY_HEADERS) reply.raw.removeHeader(name);
    },
  });
}
