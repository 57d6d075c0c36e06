// A build step: the offline letter verifier (cek-surat.html) is built on its own, after the app, into the same
// dist folder. As a second input of the app's build it would share chunks with the app, and the app's own
// chunks would split around it (more files on a citizen's first visit); alone it is one small page and script.
import path from 'node:path';
import { build, type Plugin } from 'vite';

export function offlineVerifierPage(webRoot: string, outDir: string): Plugin {
  return {
    name: 'offline-verifier-page',
    apply: 'build',
    // Before the precompress step, which then compresses the verifier's files with the app's.
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        await build({
          configFile: false,
          root: webRoot,
          logLevel: 'warn',
          build: {
            outDir,
            emptyOutDir: false,
            target: 'es2022',
            rollupOptions: { input: path.join(webRoot, 'cek-surat.html') },
          },
        });
      },
    },
  };
}
