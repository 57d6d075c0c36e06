// At start-up the default scoring models (the regency score and BPS's 14 criteria, packages/domain) are
// written into welfare_model when their kind has none yet. A kind the regency has already versioned is left
// as it is: its weights are the regency's decision.
import { DEFAULT_WELFARE_MODELS } from '@smart-kampung/domain';
import type { Db } from '../../../../db/database.ts';
import { insertModelsOfMissingKinds } from './model-queries.ts';

export async function syncWelfareModels(db: Db) {
  await insertModelsOfMissingKinds(db, DEFAULT_WELFARE_MODELS);
}
