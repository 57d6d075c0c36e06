// Builds the real app on a fresh test database and offers the few moves every API test needs:
// make a user of some role and area, sign in as them, and inject requests with their cookie.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Agency, Role } from '../src/access/roles.ts';
import { buildApp } from '../src/app.ts';
import { identifierMasks, type IdentifierMasks } from '../src/platform/identifiers/identifier-masks.ts';
import { loadConfig, type AppConfig } from '../src/config.ts';
import type { Database } from '../src/db/database.ts';
import { hashSecret } from '../src/modules/auth/password.ts';
import { authPolicy } from '../src/modules/auth/policy.ts';
import { insertSession } from '../src/modules/auth/queries.ts';
import { newSessionToken } from '../src/modules/auth/tokens.ts';
import { createTestDatabase, type TestDatabaseOptions } from './test-database.ts';

export const TEST_PASSWORD = 'test-password-123';
let sharedHash: Promise<string> | undefined;

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: AppConfig;
  createUser(
    role: Role,
    areaCode: string,
    options?: { agency?: Agency; username?: string; session?: 'sign-in' | 'direct' },
  ): Promise<TestUser>;
  /** A session cookie for an existing account, made as a sign-in makes it but without checking a password. */
  openSession(userId: string): Promise<string>;
  /** This database's identifier masks: what a masked answer must show for a number the test knows. */
  masks(): Promise<IdentifierMasks>;
  close(): Promise<void>;
}

export interface TestUser {
  id: string;
  username: string;
  cookie: string;
  /** Injects a request with this user's session cookie. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

let signIns = 0;

export async function signIn(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<string> {
  // Each sign-in comes from its own loopback address so set-up never trips the per-address rate limit.
  signIns += 1;
  const remoteAddress = `127.1.${Math.floor(signIns / 250)}.${signIns % 250}`;
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress,
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'sk_session');
  if (!cookie) throw new Error('no session cookie');
  return `sk_session=${cookie.value}`;
}

export interface TestAppOptions {
  database?: TestDatabaseOptions;
  /** The app's real log lines go here (log tests); no log otherwise. */
  log?: DestinationStream;
  /** Settings to override (the web app's folder, HTTPS); by default no web app is served. */
  config?: Partial<AppConfig>;
}

export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(options.database);
  // Each test app signs audit checkpoints with its own key, in its own directory.
  const anchorDir = mkdtempSync(path.join(os.tmpdir(), 'sk-test-audit-'));
  const appConfig = {
    ...loadConfig({ AUDIT_ANCHOR_DIR: anchorDir, LETTER_KEY_DIR: path.join(anchorDir, 'letter-keys') }),
    webDistDir: '/nonexistent',
    ...options.config,
  };
  const app = await buildApp(database, appConfig, options.log ?? false);
  sharedHash ??= hashSecret(TEST_PASSWORD);
  const passwordHash = await sharedHash;
  let counter = 0;

  const openSession: TestApp['openSession'] = async (userId) => {
    const { token, digest } = newSessionToken();
    await insertSession(database.db, {
      token_digest: digest,
      user_id: userId,
      expires_at: new Date(Date.now() + authPolicy.sessionHours * 3_600_000),
      ip: null,
      user_agent: null,
    });
    return `${authPolicy.cookieName}=${token}`;
  };

  const createUser: TestApp['createUser'] = async (role, areaCode, options = {}) => {
    counter += 1;
    const username = options.username ?? `${role.replaceAll('_', '-')}-${counter}`;
    const id = randomUUID();
    await database.db
      .insertInto('app_user')
      .values({
        id,
        username,
        display_name: `Test ${role} ${counter}`,
        password_hash: passwordHash,
        role,
        agency: role === 'agency_staff' ? (options.agency ?? 'social_affairs') : null,
        area_code: areaCode,
      })
      .execute();
    // A direct session skips the password check (argon2, a few hundred ms): for casts of many users.
    const cookie =
      options.session === 'direct'
        ? await openSession(id)
        : role === 'citizen'
          ? ''
          : await signIn(app, username);
    return {
      id,
      username,
      cookie,
      request: (request) => app.inject({ ...request, headers: { ...request.headers, cookie } }),
    };
  };

  return {
    app,
    database,
    config: appConfig,
    createUser,
    openSession,
    masks: () => identifierMasks(database.db),
    close: async () => {
      await app.close();
      await database.close();
      rmSync(anchorDir, { recursive: true, force: true });
    },
  };
}
