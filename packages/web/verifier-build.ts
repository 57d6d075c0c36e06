// A build step: the public pages of their own, the offline letter verifier (cek-surat.html) and the Cek Bansos
// look-up (cek-bansos/index.html), are each built alone, after the app, into the same dist folder. As more
// inputs of the app's build they would share chunks with the app, and the app's own chunks would split around
// them (more files on a citizen's first visit); alone each is one small page and script.
import path from 'node:path';
import { build, type Plugin } from 'vite';

const STANDALONE_PAGES = ['cek-surat.html', 'cek-bansos/index.html'];

export function offlineVerifierPage(webRoot: string, outDir: string): Plugin {
  return {
    name: 'offline-verifier-page',
    apply: 'build',
    // Before the precompress step, which then compresses the verifier's files with the app's.
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        for (const page of STANDALONE_PAGES)
          await build({
            configFile: false,
            root: webRoot,
            logLevel: 'warn',
            build: {
              outDir,
              emptyOutDir: false,
              target: 'es2022',
              rollupOptions: { input: path.join(webRoot, page) },
            },
          });
      },
    },
  };
}
