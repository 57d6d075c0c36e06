// A build step: every text file of the built app gets a brotli (.br) and a gzip (.gz) copy beside it, at the
// highest settings, once per build. The server (@fastify/static `preCompressed`) sends the copy the browser
// accepts, so nothing is compressed per request and a phone gets the smallest file there is. Written with
// node:zlib rather than a plugin: zlib has both encoders built in, and the step is a directory walk.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT_FILES = /\.(?:js|mjs|css|html|svg|json|geojson|txt|map)$/;
/** Below this a compressed copy saves less than the headers it is sent with. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(full) : Promise.resolve([full]);
    }),
  );
  return nested.flat();
}

/** Writes name.br and name.gz beside each text file of `dir` that they make smaller. */
export async function precompressDirectory(
  dir: string,
): Promise<{ files: number; bytes: number; br: number }> {
  const files = (await filesUnder(dir)).filter((file) => TEXT_FILES.test(file));
  let bytes = 0;
  let brBytes = 0;
  let count = 0;
  for (const file of files) {
    if ((await stat(file)).size < MIN_BYTES) continue;
    const content = await readFile(file);
    const [br, gz] = await Promise.all([
      brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    if (br.length < content.length) await writeFile(`${file}.br`, br);
    if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
    count++;
    bytes += content.length;
    brBytes += Math.min(br.length, content.length);
  }
  return { files: count, bytes, br: brBytes };
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'smart-kampung-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const { files, bytes, br } = await precompressDirectory(outDir);
      this.info(
        `precompressed ${files} files: ${(bytes / 1024).toFixed(0)} KB → ${(br / 1024).toFixed(0)} KB brotli`,
      );
    },
  };
}
