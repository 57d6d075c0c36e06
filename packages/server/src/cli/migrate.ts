// `npm run migrate`: apply pending migrations and load region codes, then exit.
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { prepareDatabase } from '../db/prepare.ts';

const config = loadConfig();
// A one-shot command the operator watches: its long statements (a regency-scale load, a full verification)
// are not cut short by the server's statement limit.
const database = await openDatabase({ ...config, statementTimeoutMs: 0 });
const { migrations, regions } = await prepareDatabase(database, config.regencyCode);
console.log(migrations.length ? `Applied: ${migrations.join(', ')}` : 'Schema is up to date.');
if (regions.loaded) console.log(`Loaded ${regions.count} regions.`);
await database.close();
