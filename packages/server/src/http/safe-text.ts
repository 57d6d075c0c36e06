// Text PostgreSQL cannot store is refused at the door with a 400 naming the field. A NUL character is
// refused in text and jsonb alike, and so is a UTF-16 surrogate without its pair ("\ud800" in JSON) once it
// reaches jsonb (audit details, staged import rows): either used to fail inside the statement as a 500.
// One global preValidation hook checks the path parameters, the query string and the JSON body of every
// route, so no route can forget; multipart file names, which that hook does not see, go through
// assertSafeFileName; `text()` is the same rule as a zod type for values that arrive some other way.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from './problem.ts';

/** NUL, or a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what this looks for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

export const UNSTORABLE_TEXT_MESSAGE = {
  id: 'Isian memuat karakter yang tidak dapat disimpan (karakter NUL atau karakter Unicode yang tidak utuh). Ketik ulang isian ini.',
  en: 'The field holds a character that cannot be stored (a NUL character or a broken Unicode character). Type this field again.',
};

const FILE_NAME_MESSAGE = {
  id: 'Nama berkas memuat karakter yang tidak dapat disimpan (karakter NUL atau karakter Unicode yang tidak utuh). Ganti nama berkasnya lalu unggah lagi.',
  en: 'The file name holds a character that cannot be stored (a NUL character or a broken Unicode character). Rename the file and upload it again.',
};

/** A zod string that refuses unstorable characters with the catalogue's bilingual message. */
export function text() {
  return z.string().refine(isStorableText, {
    message: UNSTORABLE_TEXT_MESSAGE.id,
    params: { en: UNSTORABLE_TEXT_MESSAGE.en },
  });
}

export type RequestPart = 'params' | 'querystring' | 'body';

function validationFailed(field: string, part: RequestPart, message: { id: string; en: string }) {
  return new AppError('VALIDATION_FAILED', {
    errors: [{ field, in: part, message: message.id, message_en: message.en }],
  });
}

/** Keys are named in the answer with the unstorable characters replaced, so nothing is echoed back. */
const printable = (key: string) => key.replace(new RegExp(UNSTORABLE.source, 'g'), '\ufffd');

/** The dotted path of the first string (value or object key) that cannot be stored, if any. */
export function findUnstorableText(
  value: unknown,
  path: readonly string[] = [],
  depth = 0,
): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path.join('.');
  // JSON bodies are limited to 1 MB by Fastify; the depth bound only keeps this walk from recursing far.
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, [...path, String(index)], depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    if (!isStorableText(key)) return [...path, printable(key)].join('.');
    const found = findUnstorableText(item, [...path, key], depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Throws the 400 for the first unstorable string of one part of a request. */
export function assertStorable(value: unknown, part: RequestPart) {
  const field = findUnstorableText(value);
  if (field !== undefined) throw validationFailed(field, part, UNSTORABLE_TEXT_MESSAGE);
}

/** The name of an uploaded file (multipart), stored with the import and written into the audit trail. */
export function assertSafeFileName(fileName: string) {
  if (!isStorableText(fileName)) throw validationFailed('file', 'body', FILE_NAME_MESSAGE);
}

export function registerUnstorableTextGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    assertStorable(request.params, 'params');
    assertStorable(request.query, 'querystring');
    // A multipart body has no `body` here: its route reads the stream (file names: assertSafeFileName).
    assertStorable(request.body, 'body');
  });
}
