import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { boundaryLevelFiles } from './boundary-levels.ts';
import { precompress } from './precompress.ts';
import { offlineVerifierPage } from './verifier-build.ts';

// Paths are resolved from this file so `vite build packages/web` and `cd packages/web && vite build`
// produce the same dist folder, which the Fastify server serves.
const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [
    react(),
    boundaryLevelFiles(fileURLToPath(new URL('./public/geo/villages.geojson', import.meta.url))),
    // The offline letter verifier, a page of its own (verifier-build.ts), then every file precompressed.
    offlineVerifierPage(webRoot, fileURLToPath(new URL('./dist', import.meta.url))),
    precompress(),
  ],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Cheap phones on weak connections: target modern browsers only, no legacy polyfills.
    target: 'es2022',
    // MapLibre (~1 MB) is only in the household map's lazy chunk; every other chunk stays far below this.
    chunkSizeWarningLimit: 1200,
    // Two pages: the app, and the public Cek Bansos look-up, which must stay light (issue 13: ≤ 60 KB).
    rollupOptions: {
      input: {
        app: fileURLToPath(new URL('./index.html', import.meta.url)),
        cekBansos: fileURLToPath(new URL('./cek-bansos/index.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
