import { ApiError } from '../api/client.ts';
import type { Language } from '../i18n/language.ts';

export type FieldErrors = Record<string, string>;

/**
 * Splits a failed submit into messages per field (shown next to the fields) and the rest (shown at the top
 * of the form). `resolveField` maps a server field path to the one the form renders (or null when the form
 * has no such field): anything without a field on screen must not get lost.
 */
export function splitServerErrors(
  error: unknown,
  language: Language,
  resolveField: (field: string) => string | null,
): { fields: FieldErrors; general: string[] } {
  if (!(error instanceof ApiError)) {
    return { fields: {}, general: [error instanceof Error ? error.message : String(error)] };
  }
  const fields: FieldErrors = {};
  const general: string[] = [];
  for (const problem of error.fieldErrors) {
    const message = language === 'en' && problem.message_en ? problem.message_en : problem.message;
    const field = problem.field === '' ? null : resolveField(problem.field);
    if (field !== null) {
      fields[field] = fields[field] ? `${fields[field]} ${message}` : message;
    } else {
      general.push(message);
    }
  }
  // The problem's own message ("Data tidak valid", "NIK sudah terdaftar", …) always leads the summary.
  return { fields, general: [error.message, ...general] };
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
