// The multipart upload of an import file: its bytes, name and format, or a 400 on the file field that tells
// the operator what to send. Name and format are checked before anything else reads the file.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../http/problem.ts';
import { assertSafeFileName } from '../../http/safe-text.ts';
import { detectFormat } from '../sheets/file-format.ts';
import type { Bilingual } from '../sheets/read-sheet.ts';
import type { UploadedFile } from './service.ts';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export function badFile(message: Bilingual): AppError {
  return new AppError('VALIDATION_FAILED', {
    errors: [{ field: 'file', in: 'body', message: message.id, message_en: message.en }],
  });
}

/** Control characters and unpaired surrogates have no place in a file name (and break logs and headers). */
function isHostileName(name: string): boolean {
  // Iterating by code point, a surrogate half that pairs with nothing stays in the D800-DFFF range.
  for (const char of name) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff)) return true;
  }
  return false;
}

export async function readUpload(
  request: FastifyRequest,
  formatName: Bilingual,
  acceptsZip = false,
): Promise<UploadedFile> {
  if (!request.isMultipart())
    throw badFile({
      id: 'Kirim berkas sebagai multipart/form-data di isian "file"',
      en: 'Send the file as multipart/form-data in the field "file"',
    });
  const part = await request.file();
  if (!part) throw badFile({ id: 'Pilih berkas yang akan diunggah', en: 'Choose a file to upload' });
  // NUL and broken Unicode: the message every route gives; other control characters: the file name's own.
  assertSafeFileName(part.filename);
  if (isHostileName(part.filename))
    throw badFile({
      id: 'Nama berkas berisi karakter yang tidak diizinkan. Ganti nama berkasnya lalu unggah lagi.',
      en: 'The file name holds characters that are not allowed. Rename the file and upload it again.',
    });
  const content = await part.toBuffer();
  if (content.length === 0)
    throw badFile({ id: 'Berkas kosong (0 byte).', en: 'The file is empty (0 bytes).' });
  const format = detectFormat(part.filename, content);
  if (!format || (format === 'zip' && !acceptsZip))
    throw badFile({
      id: `Berkas harus ${acceptsZip ? '.zip, ' : ''}.xlsx, .xlsm, .xls, atau .csv dengan ${formatName.id}`,
      en: `The file must be ${acceptsZip ? '.zip, ' : ''}.xlsx, .xlsm, .xls or .csv in ${formatName.en}`,
    });
  return { fileName: part.filename, format, content };
}
