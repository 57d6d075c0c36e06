// Reading the one file of a multipart upload (field "file"), its name checked, its size capped by the caller.
import type { FastifyRequest } from 'fastify';
import { invalidField } from '../../../http/field-errors.ts';
import type { FieldMessageKey } from '../../../http/field-messages.ts';
import { assertSafeFileName } from '../../../http/safe-text.ts';

export async function uploadedFile(request: FastifyRequest, maxBytes: number, missing: FieldMessageKey) {
  if (!request.isMultipart()) throw invalidField('file', 'body', missing);
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 2, parts: 3 } });
  if (!part) throw invalidField('file', 'body', missing);
  assertSafeFileName(part.filename);
  return part.toBuffer();
}
