// Reads the QR code printed on a PDF's first page as a phone camera would: the page rendered to pixels by
// pdf.js (pdfjs-dist) inside Chromium, the pixels decoded by jsQR. Both libraries are served to a blank page
// from node_modules through request interception; nothing is fetched from the internet.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';

const modules = path.resolve(import.meta.dirname, '../node_modules');
const ORIGIN = 'http://pdf-qr.test';
const files: Record<string, { path: string; type: string }> = {
  '/pdf.mjs': { path: 'pdfjs-dist/build/pdf.min.mjs', type: 'text/javascript' },
  '/pdf.worker.mjs': { path: 'pdfjs-dist/build/pdf.worker.min.mjs', type: 'text/javascript' },
  '/jsqr.js': { path: 'jsqr/dist/jsQR.js', type: 'text/javascript' },
};

export async function qrOfPdf(browser: Browser, pdf: Buffer): Promise<string | null> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const { pathname } = new URL(route.request().url());
      const file = files[pathname];
      if (!file)
        return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>pdf</title>' });
      return route.fulfill({ contentType: file.type, body: readFileSync(path.join(modules, file.path)) });
    });
    await page.goto(`${ORIGIN}/`);
    await page.addScriptTag({ url: `${ORIGIN}/jsqr.js` });
    await page.addScriptTag({
      type: 'module',
      content: `import * as pdfjs from '${ORIGIN}/pdf.mjs'; window.pdfjsLib = pdfjs;`,
    });
    await page.waitForFunction('!!window.pdfjsLib');
    // The page's own code, as text: it runs in Chromium, not in this test's module system.
    const read = `(async () => {
      const pdfjs = window.pdfjsLib;
      pdfjs.GlobalWorkerOptions.workerSrc = '${ORIGIN}/pdf.worker.mjs';
      const bytes = Uint8Array.from(atob('${pdf.toString('base64')}'), (c) => c.charCodeAt(0));
      const doc = await pdfjs.getDocument({ data: bytes }).promise;
      const pdfPage = await doc.getPage(1);
      // About 220 dpi: the QR's modules several pixels wide, as a phone camera sees a printed letter.
      const viewport = pdfPage.getViewport({ scale: 3 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      const context2d = canvas.getContext('2d');
      await pdfPage.render({ canvas, canvasContext: context2d, viewport }).promise;
      const pixels = context2d.getImageData(0, 0, canvas.width, canvas.height);
      return window.jsQR(pixels.data, pixels.width, pixels.height)?.data ?? null;
    })()`;
    return await page.evaluate<string | null>(read);
  } finally {
    await context.close();
  }
}
