import { DEFAULT_GRANTS, type Permission, PERMISSIONS, type Role, ROLES } from '@chanjiao/contracts';
import { asc, count, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.js';
import { SYSTEM_ACTOR, recordAudit } from '../audit/audit.service.js';
import { knownPermissions, rolePermissions } from './rbac.table.js';

const defaultGrantsOf = (permissions: Set<string>) =>
  (Object.entries(DEFAULT_GRANTS) as [Role, string[]][]).flatMap(([role, granted]) =>
    granted.filter((permission) => permissions.has(permission)).map((permission) => ({ role, permission })),
  );

/**
 * A fresh database gets the default grants; afterwards the security administrator owns them. A permission a newer
 * version brings (one this database has never known) gets its default grants once, audited, so that an upgraded
 * platform opens its new pages to the roles a fresh one would; names already known are never granted again.
 */
export async function seedRolePermissions(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await lockRolePermissions(tx);
    const [grants] = await tx.select({ n: count() }).from(rolePermissions);
    const known = new Set((await tx.select({ permission: knownPermissions.permission }).from(knownPermissions)).map((r) => r.permission));
    const fresh = Number(grants?.n ?? 0) === 0;
    if (!fresh && known.size === 0) {
      // A database from before names were recorded: the names some role holds are the ones decided about.
      const held = await tx.selectDistinct({ permission: rolePermissions.permission }).from(rolePermissions);
      for (const { permission } of held) known.add(permission);
      if (known.size > 0) {
        await tx
          .insert(knownPermissions)
          .values([...known].map((permission) => ({ permission })))
          .onConflictDoNothing();
      }
    }
    const added = new Set(Object.keys(PERMISSIONS).filter((permission) => !known.has(permission)));
    if (added.size === 0) return;
    const values = defaultGrantsOf(added);
    if (values.length > 0) await tx.insert(rolePermissions).values(values).onConflictDoNothing();
    await tx
      .insert(knownPermissions)
      .values([...added].map((permission) => ({ permission })))
      .onConflictDoNothing();
    if (!fresh) {
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: 'role.permission.introduce',
        entityType: 'role',
        entityId: 'defaults',
        details: { permissions: [...added].sort(), granted: values },
      });
    }
  });
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
