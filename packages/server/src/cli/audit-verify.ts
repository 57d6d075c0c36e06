// `npm run audit:verify [-- --receipt receipt.json …]`: recompute the audit hash chain and check it against
// every signed checkpoint (the checkpoint file, and receipts the inspectorate kept). Exits 1 naming the first
// broken point when an entry was edited or deleted, or when the tail was cut or rewritten.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { readCheckpointFile } from '../modules/audit/checkpoint-file.ts';
import { readReceipt } from '../modules/audit/receipt.ts';
import { keyFingerprint, loadSigningKey } from '../modules/audit/signing-key.ts';
import { verifyAuditTrail, type CheckpointSource } from '../modules/audit/trail-verify.ts';

const { values } = parseArgs({ options: { receipt: { type: 'string', multiple: true } } });
const config = loadConfig();
const { checkpointFile, keyFile } = config.auditAnchor;
const key = loadSigningKey(keyFile);
const sources: CheckpointSource[] = readCheckpointFile(checkpointFile).map((line) => ({
  label: `${checkpointFile} line ${line.line}`,
  signed: line.signed,
  publicKey: key?.publicKey ?? null,
}));
for (const file of values.receipt ?? []) {
  const receipt = readReceipt(readFileSync(file, 'utf8'));
  if (key && receipt.fingerprint !== keyFingerprint(key.publicKey))
    console.warn(`Note: ${file} was signed with key ${receipt.fingerprint}, not this deployment's key.`);
  receipt.checkpoints.forEach((signed, i) =>
    sources.push({ label: `${file} #${i + 1}`, signed, publicKey: receipt.publicKey }),
  );
}

// A one-shot command the operator watches: its long statements (a regency-scale load, a full verification)
// are not cut short by the server's statement limit.
const database = await openDatabase({ ...config, statementTimeoutMs: 0 });
await migrate(database);
const verdict = await verifyAuditTrail(database.db, sources);
await database.close();
if (!verdict.ok) {
  console.error(verdict.message);
  process.exit(1);
}
const last = verdict.lastCheckpoint;
console.log(
  `Audit chain intact: ${verdict.entries} entries verified` +
    (last
      ? `, against ${verdict.checkpoints} signed checkpoints (the last: entry ${last.seq}, ${last.at}).`
      : '.'),
);
if (!last)
  console.warn(
    'WARNING: no signed checkpoint to check against, so a cut or rewritten tail would go unseen. ' +
      'Run npm run audit:checkpoint (the server also takes them) and keep receipts off the server.',
  );
else if (verdict.entries > last.seq)
  console.log(
    `${verdict.entries - last.seq} newer entries are chained but not yet anchored by a checkpoint.`,
  );
