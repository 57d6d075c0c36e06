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
  /** Secure cookies need HTTPS; off by default so http://localhost works. */
  secureCookies: boolean;
  logLevel: string;
  webDistDir: string;
  /** Longest a single SQL statement of the server may run (ms); 0: no limit. */
  statementTimeoutMs: number;
  /** /api/health answers per client address and minute (monitoring; see README "Operations"). */
  healthChecksPerMinute: number;
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(repoRoot, 'data')),
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    regencyCode: env.REGENCY_CODE ?? '35.10',
    secureCookies: env.SECURE_COOKIES === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    webDistDir: path.resolve(env.WEB_DIST_DIR ?? path.join(repoRoot, 'packages/web/dist')),
    statementTimeoutMs: wholeNumber(env.STATEMENT_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS, 0),
    // A monitor polling every second uses 60; ten of them behind one NAT address still fit.
    healthChecksPerMinute: wholeNumber(env.HEALTH_RATE_LIMIT_PER_MINUTE, 600, 1),
  };
}

function wholeNumber(value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min)
    throw new Error(`expected a whole number of at least ${min}, got "${value}"`);
  return parsed;
}
