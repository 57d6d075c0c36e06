// At start-up the system catalogue (packages/domain, data) is copied into letter_type, like the code lists:
// the letters stay defined once, as data, and SQL can reference them.
import { SYSTEM_LETTER_TYPES } from '@smart-kampung/domain/letters/catalogue';
import type { Db } from '../../../db/database.ts';
import { upsertSystemLetterTypes } from './queries.ts';

export async function syncLetterTypes(db: Db) {
  await upsertSystemLetterTypes(db, SYSTEM_LETTER_TYPES);
}
