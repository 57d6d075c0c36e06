// What several browser tests do with a page: a staff member's signed-in page, JSON calls made from a
// signed-in page (its session cookie and CSRF rules apply, as they do to the app's own calls), and
// screenshots for a person to look at when E2E_SCREENSHOT_DIR is set.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { signIn } from './harness.ts';

export const phone = { viewport: { width: 390, height: 844 } };
export const wide = { viewport: { width: 1280, height: 900 } };

type PageOptions = { viewport: { width: number; height: number }; acceptDownloads?: boolean };

/** A new browser context signed in as `username` (a demo account), at phone width unless told. */
export async function staffPage(
  browser: Browser,
  baseUrl: string,
  username: string,
  options: PageOptions = phone,
): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, baseUrl, username);
  return page;
}

/** A JSON call from the page: GET without a body, else `method` (POST unless told); throws on a non-2xx. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read as the test asserts it
export const call = (page: Page, url: string, body?: unknown, method = 'POST'): Promise<any> =>
  page.evaluate(
    async ({ u, b, m }) => {
      const res = await fetch(u, {
        method: b === undefined ? 'GET' : m,
        headers: b === undefined ? {} : { 'content-type': 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      if (!res.ok) throw new Error(`${u}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    { u: url, b: body, m: method },
  );

/** A full-page screenshot named by the page and the viewport's width, into E2E_SCREENSHOT_DIR when set. */
export async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOT_DIR;
  if (!dir) return;
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: path.join(dir, `${name}-${width}.png`), fullPage: true });
}
