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
      reply.header('cache-control', filePath.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE);
    },
  });
}
