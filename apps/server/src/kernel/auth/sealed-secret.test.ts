/**
 * Second-factor secrets at rest: sealed with a key derived from SECRET_KEY by HKDF for this purpose alone, and
 * secrets sealed the earlier way (a bare SHA-256 of SECRET_KEY as the key) re-sealed once when the server starts.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap, prepareDatabase } from '../../bootstrap.js';
import { auditLog } from '../audit/audit.table.js';
import { testConfig } from '../config.js';
import { deriveKey } from '../secret.js';
import { createTestUser, login } from '../../testing/test-app.js';
import { buildApp } from '../../app.js';
import type { AppDeps } from '../deps.js';
import { openDatabase } from '../db/database.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { users } from './auth.table.js';
import { generateTotpSecret } from './totp.js';
import { openSecret, sealSecret } from './sealed-secret.js';
import { systemClock } from '../time/clock.js';

const SECRET_KEY = 'sealing-test-secret-0123456789abcdef0123456789';
/** A file-backed PGlite database is opened and migrated three times; slow on a busy machine. */
const FILE_DATABASE_TIMEOUT = 180_000;

/** How secrets were sealed before: AES-256-GCM under SHA-256(SECRET_KEY), written out here independently. */
function sealTheEarlierWay(plain: string, secretKey: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', createHash('sha256').update(secretKey).digest(), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join('.');
}

describe('sealing a second-factor secret', () => {
  it('uses a key derived for this purpose, never SECRET_KEY or its bare hash, and opens only with the same SECRET_KEY', () => {
    const secret = generateTotpSecret();
    const sealed = sealSecret(secret, SECRET_KEY);
    expect(sealed).toMatch(/^v2\./);
    expect(openSecret(sealed, SECRET_KEY)).toBe(secret);
    expect(() => openSecret(sealed, `${SECRET_KEY}x`)).toThrow();
    expect(() => openSecret(sealTheEarlierWay(secret, SECRET_KEY), SECRET_KEY)).toThrow();
    const derived = deriveKey(SECRET_KEY, 'totp-secret');
    expect(derived).toHaveLength(32);
    expect(derived.equals(createHash('sha256').update(SECRET_KEY).digest())).toBe(false);
    expect(derived.equals(deriveKey(SECRET_KEY, 'another-purpose'))).toBe(false);
  });
});

describe('re-sealing secrets sealed the earlier way, at start', () => {
  let database: TestDatabase | undefined;
  let dataDir: string | undefined;
  afterAll(async () => {
    await database?.dispose();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** A database as the previous version left it: an administrator whose secret is sealed the earlier way. */
  let url: string | undefined;
  let secret = '';
  let userId = '';
  let username = '';
  beforeAll(async () => {
    const config = testConfig();
    let deps: AppDeps;
    if (process.env.DATABASE_URL) {
      database = await createTestDatabase();
      url = database.url;
      deps = { config, database: database.handle, clock: systemClock, secretKey: SECRET_KEY };
    } else {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cj-reseal-'));
      const handle = await openDatabase({ dataDir });
      await prepareDatabase(handle);
      deps = { config, database: handle, clock: systemClock, secretKey: SECRET_KEY };
    }
    const user = await createTestUser(deps, [{ role: 'security_admin' }]);
    secret = user.totpSecret!;
    userId = user.id;
    username = user.username;
    await deps.database.db
      .update(users)
      .set({ totpSecret: sealTheEarlierWay(secret, SECRET_KEY) })
      .where(eq(users.id, userId));
    if (!url) await deps.database.close();
  }, FILE_DATABASE_TIMEOUT);

  const start = () => {
    const config = testConfig();
    return bootstrap({
      ...config,
      secretKey: SECRET_KEY,
      database: { ...config.database, ...(url ? { url, poolSize: 2 } : { dataDir: dataDir! }) },
    });
  };

  it(
    're-seals them once, records it, and the administrator signs in with the same authenticator',
    async () => {
      const deps = await start();
      try {
        const [row] = await deps.database.db.select().from(users).where(eq(users.id, userId));
        expect(row!.totpSecret).toMatch(/^v2\./);
        expect(openSecret(row!.totpSecret!, SECRET_KEY)).toBe(secret);
        const recorded = await deps.database.db.select().from(auditLog).where(eq(auditLog.action, 'auth.totp.reseal'));
        expect(recorded.map((entry) => entry.details)).toEqual([expect.objectContaining({ accounts: 1 })]);

        const app = await buildApp(deps, { logger: false });
        try {
          const session = await login(app, { username, totpSecret: secret });
          expect((await session.request({ method: 'GET', url: '/api/auth/me' })).json()).toMatchObject({
            user: { username, totpEnabled: true },
          });
        } finally {
          await app.close();
        }
      } finally {
        await deps.database.close();
      }

      const again = await start();
      try {
        const recorded = await again.database.db.select().from(auditLog).where(eq(auditLog.action, 'auth.totp.reseal'));
        expect(recorded).toHaveLength(1);
      } finally {
        await again.database.close();
      }
    },
    FILE_DATABASE_TIMEOUT,
  );
});
