// Starts the real server (built web app, an embedded database with freshly generated demo data) on a free port, on
// loopback unless a test asks for another address, and a headless Debian Chromium driven by playwright-core.
// Nothing is downloaded: the browser is /usr/bin/chromium (CHROMIUM_PATH overrides).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const DEMO_PASSWORD = 'kampung-demo-2026';
const repoRoot = path.resolve(import.meta.dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningApp {
  baseUrl: string;
  browser: Browser;
  stop(): Promise<void>;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string) {
  // A fresh start migrates, loads the region codes and the demo population (all 217 villages) first.
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not become healthy:\n${output()}`);
}

export interface StartOptions {
  /** The address the server listens on and the browser opens; loopback unless a test needs another. */
  host?: string;
}

interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Starts the server on a free port over `dataDir` (its demo data is generated there if the folder is empty). */
export async function startServer(dataDir: string, host = '127.0.0.1'): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/cli/start.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: host,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const baseUrl = `http://${host}:${port}`;
  await waitForHealth(baseUrl, child, () => log);
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM'); // the server closes its database cleanly, so the folder can be copied
      await exited;
    },
  };
}

/** The seeded data folder global-setup.ts prepared once for the run; its audit key folder sits beside it. */
function seededTemplate(): string | undefined {
  try {
    return inject('e2eTemplateDir');
  } catch {
    return undefined; // outside vitest's e2e project (a file run on its own): generate the demo afresh
  }
}

export async function startApp({ host = '127.0.0.1' }: StartOptions = {}): Promise<RunningApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sk-e2e-'));
  const template = seededTemplate();
  if (template) {
    // Every file starts from the same freshly seeded demo, copied instead of generated again (~50 s each).
    cpSync(template, dataDir, { recursive: true });
    if (existsSync(`${template}-audit`)) cpSync(`${template}-audit`, `${dataDir}-audit`, { recursive: true });
  }
  const server = await startServer(dataDir, host);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    baseUrl: server.baseUrl,
    browser,
    stop: async () => {
      await browser.close();
      await server.stop();
      removeDataDir(dataDir);
    },
  };
}

export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}-audit`, { recursive: true, force: true }); // signed audit checkpoints and their key
}

/** Signs in through the login page (in Indonesian, the default language) and waits for the dashboard. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/\/login/);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByTestId('dashboard').waitFor();
}
