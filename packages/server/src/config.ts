// Settings come from the environment with defaults that make `npm start` work on a fresh clone.
import path from 'node:path';
import { DEFAULT_STATEMENT_TIMEOUT_MS } from './db/statement-timeout.ts';

export interface AppConfig {
  /** postgres://… to use a PostgreSQL server; unset means embedded PGlite in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  regencyCode: string;
  /**
   * Users reach the server over HTTPS (directly or through a TLS proxy): cookies are marked Secure and the
   * browser is told to stay on HTTPS (HSTS, CSP upgrade-insecure-requests). Off by default, because a village
   * office opens http://<server address>:3000 on its LAN, and those headers would send its browser to an
   * https:// that does not exist (a blank page).
   */
  https: boolean;
  logLevel: string;
  webDistDir: string;
  auditAnchor: AuditAnchorConfig;
  /** Longest a single SQL statement of the server may run (ms); 0: no limit. */
  statementTimeoutMs: number;
  /** /api/health answers per client address and minute (monitoring; see README "Operations"). */
  healthChecksPerMinute: number;
  /** The address residents reach the server at, printed in the QR code of every letter (PUBLIC_URL). */
  publicUrl: string;
  /** Where each village's Ed25519 letter-signing keys live (LETTER_KEY_DIR): files, never the database. */
  letterKeyDir: string;
  cekBansos: CekBansosConfig;
}

/** The public Cek Bansos look-up's guards (README "Cek Bansos"). */
export interface CekBansosConfig {
  /** Ask every look-up for a solved proof-of-work challenge (CEK_BANSOS_PROOF_OF_WORK=off only for benches). */
  proofOfWork: boolean;
  /** Look-ups per client address and minute. Generous: a carrier puts a whole village behind one address. */
  perAddressPerMinute: number;
  /** Look-ups of one village per minute from everyone together: what a scraper of one village runs into. */
  perVillagePerMinute: number;
}

/** Where the audit trail's signed checkpoints live: outside the database they vouch for (see ARCHITECTURE.md). */
export interface AuditAnchorConfig {
  /** Append-only file of signed checkpoints, one JSON line each. */
  checkpointFile: string;
  /** Ed25519 private key (PKCS#8 PEM, mode 0600), generated at first start. */
  keyFile: string;
  /** A checkpoint is taken this often when the trail has grown (and at start, shutdown and on demand). */
  intervalMinutes: number;
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(repoRoot, 'data'));
  // Beside DATA_DIR, not in it: with PGlite DATA_DIR is the database's own directory, and the key must not
  // travel with copies of the database.
  const anchorDir = path.resolve(env.AUDIT_ANCHOR_DIR ?? `${dataDir}-audit`);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    regencyCode: env.REGENCY_CODE ?? '35.10',
    // SECURE_COOKIES is the setting's earlier name; secure cookies only ever work over HTTPS anyway.
    https: env.HTTPS === 'true' || env.SECURE_COOKIES === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    webDistDir: path.resolve(env.WEB_DIST_DIR ?? path.join(repoRoot, 'packages/web/dist')),
    auditAnchor: {
      checkpointFile: path.join(anchorDir, 'checkpoints.jsonl'),
      keyFile: path.resolve(env.AUDIT_SIGNING_KEY_FILE ?? path.join(anchorDir, 'signing-key.pem')),
      intervalMinutes: Math.max(1, Number(env.AUDIT_CHECKPOINT_MINUTES ?? 15) || 15),
    },
    statementTimeoutMs: wholeNumber(env.STATEMENT_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS, 0),
    // A monitor polling every second uses 60; ten of them behind one NAT address still fit.
    healthChecksPerMinute: wholeNumber(env.HEALTH_RATE_LIMIT_PER_MINUTE, 600, 1),
    // Beside DATA_DIR like the audit key: copies of the database must not carry the villages' private keys.
    letterKeyDir: path.resolve(env.LETTER_KEY_DIR ?? `${dataDir}-letter-keys`),
    cekBansos: {
      proofOfWork: env.CEK_BANSOS_PROOF_OF_WORK !== 'off',
      perAddressPerMinute: wholeNumber(env.CEK_BANSOS_ADDRESS_LIMIT, 120, 1),
      perVillagePerMinute: wholeNumber(env.CEK_BANSOS_VILLAGE_LIMIT, 300, 1),
    },
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${Number(env.PORT ?? 3000)}`).replace(/\/+$/, ''),
  };
}

function wholeNumber(value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min)
    throw new Error(`expected a whole number of at least ${min}, got "${value}"`);
  return parsed;
}
