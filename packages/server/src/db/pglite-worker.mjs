// Entry of the PGlite worker thread. Worker threads do not inherit a TypeScript loader in every host
// (vitest, plain node), so the worker registers tsx itself before loading the TypeScript body.
import { register } from 'tsx/esm/api';

register();
await import('./pglite-worker.ts');
