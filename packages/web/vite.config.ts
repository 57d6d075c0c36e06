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
    // The public pages of their own (verifier-build.ts): the offline letter verifier and the Cek Bansos
    // look-up (issue 13: ≤ 60 KB), each built alone; then every file precompressed.
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
    rollupOptions: {
      output: {
        // Small modules both the app's entry and its lazy pages import would each become a chunk of its own
        // (a response and its headers on a citizen's first visit); they travel together as one. The domain's
        // grants table (the menu and the pages' buttons read it) and SuccessNotice (several lazy pages) too.
        codeSplitting: {
          groups: [
            {
              name: 'shell',
              test: /\/src\/(regions\/(regionCache|useRegionSearch)|ui\/(formErrors|icons|format|HomeLink|FormField|SuccessNotice)|pages\/StatusPage|config\/ConfigContext|api\/(population|endpoints)|layout\/roleLabel|pages\/population\/(shared\/access|stats\/PopulationTotals|family\/FamilyCardView)|pages\/assistance\/welfare\/access)\.tsx?$|\/domain\/src\/access\/grants\.ts$/,
              includeDependenciesRecursively: false,
            },
            {
              // The citizen's photo resizing and due-day wording, shared by the letter request and the usul &
              // sanggah pages: one small response instead of two.
              name: 'citizen-shared',
              test: /\/src\/pages\/letters\/requests\/(dueDay|resizePhoto)\.ts$/,
              includeDependenciesRecursively: false,
            },
          ],
        },
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
