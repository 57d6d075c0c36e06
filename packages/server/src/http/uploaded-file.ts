// The one file of a multipart upload (field "file") and a private file sent back: what every route that takes
// or shows a photo, a logo or a PDF does the same way (letter requests, the letterhead, usul and sanggah).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { invalidField } from './field-errors.ts';
import type { FieldMessageKey } from './field-messages.ts';
import { assertSafeFileName } from './safe-text.ts';

/**
 * The uploaded file's bytes, or a field error `missing` when the request carries none. The name is checked
 * (NUL, broken Unicode: the message every route gives) and never kept. `maxBytes` caps this route below the
 * server's multipart limit (413 past it); without it the server's limit holds.
 */
export async function uploadedFile(
  request: FastifyRequest,
  missing: FieldMessageKey,
  maxBytes?: number,
): Promise<Buffer> {
  if (!request.isMultipart()) throw invalidField('file', 'body', missing);
  // Options replace the plugin's limits as a whole, so they are given only with a cap of the route's own.
  const part = await (maxBytes === undefined
    ? request.file()
    : request.file({ limits: { fileSize: maxBytes, files: 1, fields: 2, parts: 3 } }));
  if (!part) throw invalidField('file', 'body', missing);
  assertSafeFileName(part.filename);
  return part.toBuffer();
}

/** Sends a stored photo or document shown inline and never cached: it is personal data, and each view is
 * audited by the caller. */
export function sendPrivateFile(reply: FastifyReply, file: { content_type: string; content: Uint8Array }) {
  return reply
    .type(file.content_type)
    .header('cache-control', 'private, no-store')
    .header('content-disposition', 'inline')
    .send(file.content);
}
