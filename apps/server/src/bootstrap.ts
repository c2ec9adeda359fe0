/** Opens the database, brings its schema and reference data up to date, and (in demo mode) loads the demo. */
import { count, eq } from 'drizzle-orm';
import type { AppConfig } from './kernel/config.js';
import { lockDataDir } from './kernel/db/data-dir-lock.js';
import { openDatabase, type DatabaseHandle } from './kernel/db/database.js';
import type { AppDeps } from './kernel/deps.js';
import { seedRolePermissions } from './kernel/rbac/rbac.service.js';
import { userRoles } from './kernel/rbac/rbac.table.js';
import { installAuditKeys } from './kernel/audit/audit-keys.js';
import { fillMissingUserSortKeys } from './kernel/auth/auth.repository.js';
import { resealLegacySecrets } from './kernel/auth/reseal-secrets.js';
import { resolveSecretKey } from './kernel/secret.js';
import { systemClock } from './kernel/time/clock.js';
import { fillMissingBodySortKeys } from './modules/bodies/index.js';
import { fillMissingOrgSortKeys } from './modules/organizations/index.js';
import { loadReferenceData } from './modules/reference/index.js';

export async function prepareDatabase(database: DatabaseHandle): Promise<void> {
  await database.migrate();
  await fillMissingNameSortKeys(database.db);
  await loadReferenceData(database.db);
  await seedRolePermissions(database.db);
}

/** SQL cannot compute pinyin, so the sort keys of names written before their column existed are filled here. */
async function fillMissingNameSortKeys(db: DatabaseHandle['db']): Promise<void> {
  await fillMissingOrgSortKeys(db);
  await fillMissingBodySortKeys(db);
  await fillMissingUserSortKeys(db);
}

/** Opens the configured database; a PGlite data directory is locked for this process until closed. */
export async function openConfiguredDatabase(config: AppConfig, purpose = 'server'): Promise<DatabaseHandle> {
  const { url, migrationUrl, dataDir, poolSize } = config.database;
  if (url) return openDatabase({ url, migrationUrl, poolSize });
  const lock = lockDataDir(dataDir, purpose);
  try {
    const handle = await openDatabase({ dataDir });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

export async function bootstrap(config: AppConfig, purpose = 'server'): Promise<AppDeps> {
  const database = await openConfiguredDatabase(config, purpose);
  try {
    const secretKey = resolveSecretKey(config);
    installAuditKeys(secretKey);
    await prepareDatabase(database);
    await resealLegacySecrets(database.db, secretKey);
    return { config, database, secretKey, clock: systemClock };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export async function platformAdminCount(deps: AppDeps): Promise<number> {
  const [row] = await deps.database.db.select({ n: count() }).from(userRoles).where(eq(userRoles.role, 'platform_admin'));
  return Number(row?.n ?? 0);
}
