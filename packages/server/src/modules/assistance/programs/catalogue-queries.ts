import { randomUUID } from 'node:crypto';
import type { CatalogueProgram } from '@smart-kampung/domain';
import type { Db } from '../../../db/database.ts';

export async function insertMissingCataloguePrograms(
  db: Db,
  programs: readonly CatalogueProgram[],
  regencyCode: string,
) {
  if (programs.length === 0) return;
  await db
    .insertInto('assistance_program')
    .values(
      programs.map((program) => ({
        id: randomUUID(),
        code: program.code,
        name: program.name,
        level: program.level,
        owner_area_code: regencyCode,
        owner_agency: program.ownerAgency,
        fund_source: program.fundSource,
        target_unit: program.targetUnit,
        benefit_kind: program.benefitKind,
        benefit_amount: program.benefitAmount,
        benefit_note: program.benefitNote,
        cycle: program.cycle,
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}
