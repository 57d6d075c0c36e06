import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { boundaryLevelFiles } from './boundary-levels.ts';
import { precompress } from './precompress.ts';

// Paths are resolved from this file so `vite build packages/web` and `cd packages/web && vite build`
// produce the same dist folder, which the Fastify server serves.
const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [
    react(),
    boundaryLevelFiles(fileURLToPath(new URL('./public/geo/villages.geojson', import.meta.url))),
    precompress(),
  ],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Cheap phones on weak connections: target modern browsers only, no legacy polyfills.
    target: 'es2022',
    // MapLibre (~1 MB) is only in the household map's lazy chunk; every other chunk stays far below this.
    chunkSizeWarningLimit: 1200,
    // The offline letter verifier is a page of its own (cek-surat.html): a phone keeps it without the app.
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        verifier: fileURLToPath(new URL('./cek-surat.html', import.meta.url)),
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
