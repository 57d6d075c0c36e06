// PDF documents for print (family card, biodata; the letters reuse it): pdfmake's declarative documents,
// rendered on the server with pdfmake's own copy of Roboto, so every printout looks the same on every
// machine and nothing is fetched or read from elsewhere while rendering.
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);
/**
 * Roboto (Apache 2.0), shipped inside the pdfmake package: it covers every Latin letter Indonesian names use
 * (é, ñ, ç in loanwords included), has the weights a form needs, and is versioned with the library in
 * package-lock.json, so no font binary is kept in this repository and none is downloaded at run time.
 */
const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

pdfmake.setFonts({
  Roboto: {
    normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
});
// A document never names an image or font by URL or path: nothing outside the font folder is read.
pdfmake.setUrlAccessPolicy(() => false);
(pdfmake as unknown as { setLocalAccessPolicy(allow: (file: string) => boolean): void }).setLocalAccessPolicy(
  (file) => path.resolve(file).startsWith(FONT_DIR + path.sep),
);

export type PdfDocument = TDocumentDefinitions;

/** The finished PDF file. */
export function renderPdf(document: PdfDocument): Promise<Buffer> {
  return pdfmake
    .createPdf({ ...document, defaultStyle: { font: 'Roboto', ...document.defaultStyle } })
    .getBuffer();
}
