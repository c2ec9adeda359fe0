import { DEFAULT_GRANTS, type Permission, PERMISSIONS, type Role, ROLES } from '@chanjiao/contracts';
import { asc, count, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.js';
import { rolePermissions } from './rbac.table.js';

/** A fresh database gets the default grants; afterwards the security administrator owns them. */
export async function seedRolePermissions(db: Database): Promise<void> {
  const [row] = await db.select({ n: count() }).from(rolePermissions);
  if (Number(row?.n ?? 0) > 0) return;
  const values = (Object.entries(DEFAULT_GRANTS) as [Role, string[]][]).flatMap(([role, permissions]) =>
    permissions.map((permission) => ({ role, permission })),
  );
  await db.insert(rolePermissions).values(values).onConflictDoNothing();
}

/**
 * The permissions every role carries now. Names no longer defined (left by an older version) are skipped:
 * nobody can be granted what the code does not know.
 */
export async function currentRolePermissions(db: Executor): Promise<Map<Role, Permission[]>> {
  const rows = await db.select().from(rolePermissions).orderBy(asc(rolePermissions.role), asc(rolePermissions.permission));
  const byRole = new Map<Role, Permission[]>(Object.keys(ROLES).map((role) => [role as Role, []]));
  for (const row of rows) {
    if (!(row.permission in PERMISSIONS)) continue;
    byRole.get(row.role as Role)?.push(row.permission as Permission);
  }
  return byRole;
}

/** Serialises edits of the grants, so two security administrators saving at once cannot interleave. */
const ROLE_PERMISSIONS_LOCK_KEY = 804_215_003;

export async function lockRolePermissions(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${ROLE_PERMISSIONS_LOCK_KEY})`);
}

/** Replaces a role's permission set inside the caller's transaction (which holds lockRolePermissions). */
export async function replaceRolePermissions(tx: Executor, role: Role, permissions: Permission[]): Promise<void> {
  await tx.delete(rolePermissions).where(eq(rolePermissions.role, role));
  if (permissions.length === 0) return;
  await tx.insert(rolePermissions).values(permissions.map((permission) => ({ role, permission })));
}
