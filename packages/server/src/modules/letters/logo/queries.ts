// SQL of the letterhead logos: every version kept, one in use per village.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

const columns = ['sha256', 'media_type', 'image', 'width_px', 'height_px', 'uploaded_at'] as const;

/** The logo the village's letters print now, or none. */
export function currentLogo(db: Db, villageCode: string) {
  return db
    .selectFrom('letter_logo')
    .select(columns)
    .where('village_code', '=', villageCode)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
}
export type LogoRow = NonNullable<Awaited<ReturnType<typeof currentLogo>>>;

/** A logo by its hash, retired or not: the one an issued letter printed. */
export function logoBySha(db: Db, villageCode: string, sha256: string) {
  return db
    .selectFrom('letter_logo')
    .select(columns)
    .where('village_code', '=', villageCode)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

export async function retireCurrentLogo(db: Db, villageCode: string) {
  await db
    .updateTable('letter_logo')
    .set({ retired_at: sql`now()` })
    .where('village_code', '=', villageCode)
    .where('retired_at', 'is', null)
    .execute();
}

/** Makes `sha256` the current logo: a new version, or an earlier one put back in use. */
export async function putCurrentLogo(
  db: Db,
  villageCode: string,
  logo: { sha256: string; mediaType: string; image: Buffer; width: number; height: number },
  userId: string,
) {
  await db
    .insertInto('letter_logo')
    .values({
      village_code: villageCode,
      sha256: logo.sha256,
      media_type: logo.mediaType,
      image: logo.image,
      width_px: logo.width,
      height_px: logo.height,
      uploaded_by: userId,
    })
    .onConflict((oc) =>
      oc.columns(['village_code', 'sha256']).doUpdateSet({ retired_at: null, uploaded_by: userId }),
    )
    .execute();
}
