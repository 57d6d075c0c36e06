// SQL of a village's settings for one letter type.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { LetterTypeSettings } from './schemas.ts';

export async function upsertLetterTypeSettings(
  db: Db,
  villageCode: string,
  letterTypeCode: string,
  settings: LetterTypeSettings,
  userId: string,
) {
  const values = {
    enabled: settings.enabled,
    number_format: settings.numberFormat,
    sequence_scope: settings.sequenceScope,
    klasifikasi: settings.klasifikasi,
    signing_position: settings.signingPosition,
    service_days: settings.serviceDays,
    updated_by: userId,
  };
  await db
    .insertInto('village_letter_type')
    .values({ village_code: villageCode, letter_type_code: letterTypeCode, ...values })
    .onConflict((oc) =>
      oc.columns(['village_code', 'letter_type_code']).doUpdateSet({ ...values, updated_at: sql`now()` }),
    )
    .execute();
}
