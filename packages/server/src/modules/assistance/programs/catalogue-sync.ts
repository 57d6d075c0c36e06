// At start-up the programs of the domain catalogue (national programs of Regsosek question 501 and the
// regency's examples) are added to assistance_program when missing. A program already there is left as the
// regency keeps it: its amount, period or eligibility may have been changed since.
import { CATALOGUE_PROGRAMS } from '@smart-kampung/domain';
import type { Db } from '../../../db/database.ts';
import { insertMissingCataloguePrograms } from './catalogue-queries.ts';

export async function syncCataloguePrograms(db: Db, regencyCode: string) {
  await insertMissingCataloguePrograms(db, CATALOGUE_PROGRAMS, regencyCode);
}
