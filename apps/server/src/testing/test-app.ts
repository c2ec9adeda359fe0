/** Builds the real application on a test database, with helpers to act as a user of a given role. */
import type { Role } from '@chanjiao/contracts';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { testConfig, type AppConfig } from '../kernel/config.js';
import type { AppDeps } from '../kernel/deps.js';
import { type Clock, systemClock } from '../kernel/time/clock.js';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import { updateUser } from '../kernel/auth/auth.repository.js';
import { sealSecret } from '../kernel/auth/sealed-secret.js';
import { generateTotpSecret, totpCode } from '../kernel/auth/totp.js';
import { assignRole, createUser } from '../modules/accounts/index.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { TEST_SECRET_KEY } from './test-secret.js';

export const TEST_PASSWORD = 'Ceshi-mima-2026';

export interface TestContext {
  app: FastifyInstance;
  deps: AppDeps;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The application's dependencies on a fresh test database, without the HTTP application: for service tests. */
export interface TestDeps {
  deps: AppDeps;
  database: TestDatabase;
  close(): Promise<void>;
}

/** `options.clock` (or the older `options.now`) fixes or moves business time; without either, the system clock. */
export async function createTestDeps(
  overrides: Partial<AppConfig> = {},
  options: { clock?: Clock; now?: () => Date } = {},
): Promise<TestDeps> {
  const database = await createTestDatabase();
  const deps: AppDeps = {
    config: testConfig(overrides),
    database: database.handle,
    secretKey: TEST_SECRET_KEY,
    clock: options.clock ?? (options.now ? { now: options.now } : systemClock),
  };
  return { deps, database, close: () => database.dispose() };
}

/** `options.clock` (or the older `options.now`) fixes or moves business time; without either, the system clock. */
export async function createTestContext(
  overrides: Partial<AppConfig> = {},
  options: { clock?: Clock; now?: () => Date } = {},
): Promise<TestContext> {
  const { deps, database } = await createTestDeps(overrides, options);
  const app = await buildApp(deps, { logger: false });
  await app.ready();
  return {
    app,
    deps,
    database,
    close: async () => {
      await app.close();
      await database.dispose();
    },
  };
}

let counter = 0;

/** Creates a user holding the given roles, with a second factor enrolled unless told otherwise. */
export async function createTestUser(
  deps: AppDeps,
  roles: { role: Role; scopeId?: string | null }[] = [],
  options: { username?: string; totp?: boolean } = {},
) {
  counter += 1;
  const username = options.username ?? `user${counter}_${Math.random().toString(36).slice(2, 8)}`;
  const user = await createUser(deps.database.db, deps.config, SYSTEM_ACTOR, {
    username,
    displayName: `测试用户${counter}`,
    password: TEST_PASSWORD,
    mustChangePassword: false,
  });
  for (const { role, scopeId } of roles) {
    await deps.database.db.transaction((tx) => assignRole(tx, SYSTEM_ACTOR, { userId: user.id, role, scopeId: scopeId ?? null }));
  }
  const totpSecret = options.totp === false ? undefined : generateTotpSecret();
  if (totpSecret) await updateUser(deps.database.db, user.id, { totpSecret: sealSecret(totpSecret, deps.secretKey) });
  return { ...user, totpSecret };
}

export function currentTotpCode(secret: string, at = new Date()): string {
  return totpCode(secret, at);
}

export interface Session {
  cookie: string;
  csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export async function login(
  app: FastifyInstance,
  user: string | { username: string; totpSecret?: string },
  password = TEST_PASSWORD,
): Promise<Session> {
  const { username, totpSecret } = typeof user === 'string' ? { username: user, totpSecret: undefined } : user;
  const payload = { username, password, ...(totpSecret ? { totpCode: currentTotpCode(totpSecret) } : {}) };
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookies = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return {
    cookie: cookies,
    csrfToken,
    request: (options) =>
      app.inject({
        ...options,
        headers: { cookie: cookies, 'x-csrf-token': csrfToken, ...(options.headers ?? {}) },
      }),
  };
}
