// Targeting counts for other sub-features (the poverty map): a program's figures for every village of an area,
// under its saved eligibility. They come from the stored counts (stored/: migration 0031), which are what the
// lists' own statement answers for every village whose inputs have not changed since; a stale village is served
// as last counted, flagged `current: false`, while the background refresher recounts it (a one-village read
// recounts it at once). No access decision here: the caller has made it (listArea) before asking.
import { isEligibilityDefined, type EligibilityUnit } from '@smart-kampung/domain';
import { isWithin } from '../../../access/access.ts';
import type { Db } from '../../../db/database.ts';
import { today } from '../../population/registry/nik-check.ts';
import { programById } from './queries.ts';
import { storedEligibilityOf } from './service.ts';
import { INLINE_VILLAGES, keptCounts, type KeptVillageCounts } from './stored/kept-counts.ts';
import { TargetingRefresher } from './stored/refresher.ts';

/**
 * Units (of the program's target unit) that are eligible, enrolled (open enrolment), eligible but not enrolled
 * (excluded), enrolled but not eligible (included), whose verdict waits for missing facts (incomplete) and
 * without a decile (unranked); the units and households of the village; and how fresh the counts are.
 */
export type VillageTargetingCounts = KeptVillageCounts;

export interface CountsOptions {
  /** The date ages are counted on (today). */
  asOf?: string;
  /** Stale villages counted afresh before answering (INLINE_VILLAGES). */
  inlineVillages?: number;
}

/**
 * Per village of `areaCode`: the program's counts. Null when the program does not exist, targets groups, or
 * has no eligibility yet (the map shows "no data" then). A village never counted yet is absent until the
 * refresher has counted it; one counted before a change carries `current: false`.
 */
export async function targetingCountsByVillage(
  db: Db,
  programId: string,
  areaCode: string,
  options: CountsOptions = {},
): Promise<Map<string, VillageTargetingCounts> | null> {
  const program = await programById(db, programId);
  if (!program || program.target_unit === 'group') return null;
  const eligibility = storedEligibilityOf(program);
  if (!isEligibilityDefined(eligibility)) return null;
  const unit = program.target_unit as EligibilityUnit;
  // A village program counts in its own village only.
  if (program.level === 'village' && !isWithin(program.owner_area_code, areaCode)) return new Map();
  const area = program.level === 'village' ? program.owner_area_code : areaCode;
  const kept = await keptCounts(
    db,
    {
      query: { programId, unit, eligibility, area, asOf: options.asOf ?? today() },
      storedEligibility: program.eligibility,
    },
    options.inlineVillages ?? INLINE_VILLAGES,
  );
  if (kept.pending > 0) TargetingRefresher.of(db)?.wake();
  return kept.villages;
}
