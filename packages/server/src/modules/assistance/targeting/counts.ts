// Targeting counts for other sub-features (the poverty map): a program's figures for every village of an area,
// under its saved eligibility, from the same statement as the lists. No access decision here: the caller has
// made it (listArea) before asking.
import { isEligibilityDefined, type EligibilityUnit } from '@smart-kampung/domain';
import { isWithin } from '../../../access/access.ts';
import type { Db } from '../../../db/database.ts';
import { today } from '../../population/registry/nik-check.ts';
import { countsByChildArea, programById } from './queries.ts';
import { storedEligibilityOf } from './service.ts';

export interface VillageTargetingCounts {
  /** Units (of the program's target unit) that are eligible, enrolled (open enrolment), eligible but not
   * enrolled (excluded), enrolled but not eligible (included), and whose verdict waits for missing facts. */
  eligible: number;
  enrolled: number;
  excluded: number;
  included: number;
  incomplete: number;
  /** Units of the program's target unit in the village, and its households (for rates per 100 households). */
  units: number;
  households: number;
}

/**
 * Per village of `areaCode`: the program's counts. Null when the program does not exist, targets groups, or
 * has no eligibility yet (the map shows "no data" then).
 */
export async function targetingCountsByVillage(
  db: Db,
  programId: string,
  areaCode: string,
  asOf: string = today(),
): Promise<Map<string, VillageTargetingCounts> | null> {
  const program = await programById(db, programId);
  if (!program || program.target_unit === 'group') return null;
  const eligibility = storedEligibilityOf(program);
  if (!isEligibilityDefined(eligibility)) return null;
  const unit = program.target_unit as EligibilityUnit;
  // A village program counts in its own village only.
  if (program.level === 'village' && !isWithin(program.owner_area_code, areaCode)) return new Map();
  const area = program.level === 'village' ? program.owner_area_code : areaCode;
  const rows = await countsByChildArea(db, { programId, unit, eligibility, area, asOf }, 13);
  return new Map(
    rows.map((row) => [
      row.area_code,
      {
        eligible: row.eligible,
        enrolled: row.enrolled,
        excluded: row.excluded,
        included: row.included,
        incomplete: row.incomplete,
        units: row.units,
        households: row.households,
      },
    ]),
  );
}
