// `npm run audit:checkpoint`: sign a checkpoint of the audit chain's head now (the server also takes one every
// AUDIT_CHECKPOINT_MINUTES, at start and at shutdown). Exits 1 when the trail no longer extends the last one.
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { takeCheckpoint } from '../modules/audit/anchor.ts';
import { keyFingerprint, loadSigningKey } from '../modules/audit/signing-key.ts';

const config = loadConfig();
const database = await openDatabase(config);
await migrate(database);
const outcome = await takeCheckpoint(database.db, config.auditAnchor, config.regencyCode);
await database.close();
switch (outcome.status) {
  case 'empty':
    console.log('The audit trail is empty: nothing to anchor yet.');
    break;
  case 'refused':
    console.error(`Checkpoint REFUSED: ${outcome.reason}. Run npm run audit:verify.`);
    process.exit(1);
    break;
  case 'unchanged':
  case 'taken': {
    const { seq, hash, at } = outcome.checkpoint;
    const verb = outcome.status === 'taken' ? 'Signed' : 'Already signed';
    console.log(`${verb}: entry ${seq}, hash ${hash}, at ${at}`);
    console.log(`Written to ${config.auditAnchor.checkpointFile}`);
    console.log(`Key fingerprint: ${keyFingerprint(loadSigningKey(config.auditAnchor.keyFile)!.publicKey)}`);
  }
}
