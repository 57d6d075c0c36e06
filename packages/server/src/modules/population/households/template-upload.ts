// The multipart upload of a household template file (the text field "commit", then the file), shared by the
// RTM and Regsosek imports: the file's bytes and format, or a 400 that tells the operator what to send.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../http/problem.ts';
import { assertSafeFileName } from '../../../http/safe-text.ts';
import { detectFormat, type FileFormat } from '../import/read-file.ts';

export interface TemplateUpload {
  fileName: string;
  format: FileFormat;
  content: Buffer;
  commit: boolean;
}

export function badFile(message: { id: string; en: string }): AppError {
  return new AppError('VALIDATION_FAILED', {
    errors: [{ field: 'file', in: 'body', message: message.id, message_en: message.en }],
  });
}

export async function readTemplateUpload(
  request: FastifyRequest,
  formatName: { id: string; en: string },
): Promise<TemplateUpload> {
  if (!request.isMultipart())
    throw badFile({
      id: 'Kirim berkas sebagai multipart/form-data di isian "file"',
      en: 'Send the file as multipart/form-data in the field "file"',
    });
  const part = await request.file();
  if (!part) throw badFile({ id: 'Pilih berkas yang akan diunggah', en: 'Choose a file to upload' });
  // Read first: an upload refused before its stream is drained can leave the connection hanging.
  const content = await part.toBuffer();
  assertSafeFileName(part.filename);
  const format = detectFormat(part.filename, content);
  if (!format)
    throw badFile({
      id: `Berkas harus .xlsx, .xlsm, atau .csv dengan ${formatName.id}`,
      en: `The file must be .xlsx, .xlsm or .csv in ${formatName.en}`,
    });
  const commitField = part.fields.commit;
  const commit = commitField !== undefined && 'value' in commitField && String(commitField.value) === 'true';
  return { fileName: part.filename, format, content, commit };
}
