import type { Db } from '../../db/database.ts';

export function findVillageWithProfile(db: Db, code: string) {
  return db
    .selectFrom('region as village')
    .innerJoin('region as district', 'district.code', 'village.parent_code')
    .leftJoin('village_profile as profile', 'profile.village_code', 'village.code')
    .select([
      'village.code',
      'village.name',
      'village.kind',
      'district.code as district_code',
      'district.name as district_name',
      'profile.head_name',
      'profile.head_title',
      'profile.office_address',
      'profile.postal_code',
      'profile.phone',
      'profile.email',
      'profile.website',
      'profile.updated_at',
    ])
    .where('village.code', '=', code)
    .where('village.level', '=', 'village')
    .executeTakeFirst();
}

export interface ProfileFields {
  head_name: string | null;
  head_title: string;
  office_address: string | null;
  postal_code: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export async function upsertProfile(db: Db, villageCode: string, fields: ProfileFields, userId: string) {
  const values = { ...fields, updated_at: new Date(), updated_by: userId };
  await db
    .insertInto('village_profile')
    .values({ village_code: villageCode, ...values })
    .onConflict((oc) => oc.column('village_code').doUpdateSet(values))
    .execute();
}
