// A service's refusal of one field, with the catalogued message in both languages (field-messages.ts).
import { FIELD_MESSAGES, type FieldMessageKey } from './field-messages.ts';
import { AppError } from './problem.ts';

export type RequestPart = 'params' | 'querystring' | 'body';

/** One field's entry of a 400's `errors`, in both languages. */
export function fieldError(field: string, part: RequestPart, key: FieldMessageKey) {
  return { field, in: part, message: FIELD_MESSAGES[key].id, message_en: FIELD_MESSAGES[key].en };
}

/** A 400 VALIDATION_FAILED naming one field. */
export function invalidField(field: string, part: RequestPart, key: FieldMessageKey): AppError {
  return new AppError('VALIDATION_FAILED', { errors: [fieldError(field, part, key)] });
}
