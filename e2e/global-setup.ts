// Generates the demo data once for the whole browser run: the server seeds an empty folder, stops cleanly,
// and every test file's server starts on its own copy (harness.ts startApp). Generating it per file cost
// about 50 s each on a CI machine; copying costs under a second, and each file still gets a fresh database.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { removeDataDir, startServer } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eTemplateDir: string;
  }
}

export default async function setup(project: TestProject) {
  const templateDir = mkdtempSync(path.join(os.tmpdir(), 'sk-e2e-template-'));
  const server = await startServer(templateDir);
  await server.stop();
  project.provide('e2eTemplateDir', templateDir);
  return () => removeDataDir(templateDir);
}
