// Brings a database to the state the app needs: schema migrated, region codes loaded, deployment row set.
import { syncCataloguePrograms } from '../modules/assistance/programs/catalogue-sync.ts';
import { failInterruptedRankingRuns } from '../modules/assistance/ranking/start-up.ts';
import { syncWelfareModels } from '../modules/assistance/welfare/scores/model-sync.ts';
import { syncLetterTypes } from '../modules/letters/catalogue/sync.ts';
import { syncCodeLists } from '../modules/population/registry/code-list-queries.ts';
import { loadRegions } from '../modules/regions/load-regions.ts';
import { ensureDeployment } from '../modules/system/queries.ts';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';

export async function prepareDatabase(database: Database, regencyCode: string) {
  const migrations = await migrate(database);
  const regions = await loadRegions(database.db);
  const regency = await database.db
    .selectFrom('region')
    .select('level')
    .where('code', '=', regencyCode)
    .executeTakeFirst();
  if (regency?.level !== 'regency') throw new Error(`REGENCY_CODE ${regencyCode} is not a regency code`);
  await ensureDeployment(database.db, regencyCode);
  await syncCodeLists(database.db);
  await syncLetterTypes(database.db);
  await syncCataloguePrograms(database.db, regencyCode);
  await syncWelfareModels(database.db);
  await failInterruptedRankingRuns(database.db);
  return { migrations, regions };
}
