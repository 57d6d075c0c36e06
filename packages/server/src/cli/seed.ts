// `npm run seed -- --scale village|regency`: deterministic synthetic Banyuwangi data.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { seed } from '../seed/seed.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'village' } } });
if (values.scale !== 'village' && values.scale !== 'regency') {
  console.error('--scale must be "village" or "regency"');
  process.exit(2);
}
const config = loadConfig();
const database = await openDatabase(config);
await prepareDatabase(database, config.regencyCode);
const result = await seed(database.db, config.regencyCode, values.scale);
console.log(`Seeded ${values.scale} scale: ${result.users.length} demo accounts.`);
await database.close();
