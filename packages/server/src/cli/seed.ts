// `npm run seed -- --scale village|demo|regency [--seed TEXT]`: deterministic synthetic Banyuwangi data: one
// village; all 217 villages small (about 40,000 residents, what a fresh `npm start` loads); or all 217 at full
// size (about 1.7 million). Villages that already have residents are skipped (never cleared), so running it
// twice is safe.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { seed } from '../seed/seed.ts';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'village' }, seed: { type: 'string' } },
});
const SCALES = ['village', 'demo', 'regency'] as const;
const scale = SCALES.find((name) => name === values.scale);
if (!scale) {
  console.error('--scale must be "village", "demo" or "regency"');
  process.exit(2);
}
const config = loadConfig();
// A one-shot command the operator watches: its long statements (a regency-scale load, a full verification)
// are not cut short by the server's statement limit.
const database = await openDatabase({ ...config, statementTimeoutMs: 0 });
await prepareDatabase(database, config.regencyCode);
const result = await seed(database.db, config.regencyCode, scale, {
  ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
  ...(values.seed ? { seed: values.seed } : {}),
  log: (line) => console.log(line),
});
const { population: p } = result;
console.log(
  `Seeded ${scale} scale: ${result.users.length} demo accounts; population ` +
    `${p.residents.toLocaleString('en')} residents, ${p.families.toLocaleString('en')} families, ` +
    `${p.households.toLocaleString('en')} households in ${p.loadedVillages} villages ` +
    `(${p.skippedVillages} skipped as already populated) in ${p.seconds.toFixed(1)} s via ${p.method}.`,
);
await database.close();
