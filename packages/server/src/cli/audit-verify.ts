// `npm run audit:verify`: recompute the audit hash chain; exit 1 and name the first bad entry if broken.
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { verifyAuditChain } from '../modules/audit/service.ts';

const config = loadConfig();
// A one-shot command the operator watches: its long statements (a regency-scale load, a full verification)
// are not cut short by the server's statement limit.
const database = await openDatabase({ ...config, statementTimeoutMs: 0 });
await migrate(database);
const verdict = await verifyAuditChain(database.db);
await database.close();
if (verdict.ok) {
  console.log(`Audit chain intact: ${verdict.entries} entries verified.`);
} else {
  console.error(
    `Audit chain BROKEN at entry ${verdict.brokenAt} (${verdict.reason}); ${verdict.entries} entries before it are intact.`,
  );
  process.exit(1);
}
