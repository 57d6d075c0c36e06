// A village office opens the app from another computer on its LAN, over plain HTTP, by the server's address
// (http://192.168.1.10:3000). Browsers treat such an address differently from localhost: HSTS or a CSP
// upgrade-insecure-requests sent over HTTP would make them fetch the scripts from https://…, which nobody
// serves, and the page would stay white. So the test opens the app by this machine's own non-loopback IPv4
// address, not 127.0.0.1.
//
// `npm run test:e2e` runs the browser tests, as root, inside a network namespace of their own whose only
// non-loopback address is a private office address on a virtual cable (scripts/office-network.mjs), so
// this test never talks to a real network.
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, type RunningApp } from './harness.ts';

function officeAddress(): string | undefined {
  const addresses = Object.values(os.networkInterfaces()).flatMap((list) => list ?? []);
  return addresses.find(
    (a) =>
      a.family === 'IPv4' &&
      !a.internal &&
      !a.address.startsWith('127.') &&
      !a.address.startsWith('169.254.'),
  )?.address;
}

const address = officeAddress();
if (!address)
  console.warn(
    'office-network.e2e.ts skipped: this machine has no non-loopback IPv4 address to open the app by ' +
      '(run it through `npm run test:e2e`, which gives the browser tests one).',
  );

let app: RunningApp | undefined;
beforeAll(async () => {
  if (address) app = await startApp({ host: address });
});
afterAll(() => app?.stop());

describe.skipIf(!address)('opening the app by the server address on the office network', () => {
  it('shows the sign-in page over plain HTTP and signs an operator in', async () => {
    const running = app!;
    expect(new URL(running.baseUrl).hostname).toBe(address);
    const page = await running.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    const scriptEncodings: string[] = [];
    page.on('response', (res) => {
      if (new URL(res.url()).pathname.endsWith('.js'))
        scriptEncodings.push(res.headers()['content-encoding'] ?? 'none');
    });

    const response = await page.goto(`${running.baseUrl}/login`);
    // The sign-in form renders: its scripts came over HTTP from the address typed.
    await page.getByLabel('Nama pengguna').waitFor({ timeout: 15_000 });
    expect(failed).toEqual([]);
    // The scripts came compressed over plain HTTP too (Chromium offers brotli only to secure origins, so
    // an office computer gets the gzip copies).
    expect(scriptEncodings.length).toBeGreaterThan(0);
    for (const encoding of scriptEncodings) expect(['br', 'gzip']).toContain(encoding);
    console.log(`office network: scripts sent as ${[...new Set(scriptEncodings)].join(', ')}`);
    // Nothing told the browser to go to HTTPS.
    expect(response?.headers()['strict-transport-security']).toBeUndefined();
    expect(response?.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');

    await signIn(page, running.baseUrl, 'operator.sarongan');
    expect(page.url()).toMatch(new RegExp(`^http://${address!.replaceAll('.', '\\.')}:`));
    expect(await page.getByTestId('dashboard').textContent()).toContain('Sarongan');
    expect(failed).toEqual([]);
    await page.close();
  });
});
