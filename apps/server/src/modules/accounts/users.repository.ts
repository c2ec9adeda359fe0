import { and, asc, count, eq, ilike, inArray, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.js';
import { users } from '../../kernel/auth/auth.table.js';
import { userRoles } from '../../kernel/rbac/rbac.table.js';
import { pinyinSortKey } from '../../kernel/search/pinyin-sort-key.js';

export type UserInsert = typeof users.$inferInsert;
export type UserRow = typeof users.$inferSelect;
export type RoleRow = typeof userRoles.$inferSelect;

export async function insertUser(db: Executor, values: UserInsert) {
  const [row] = await db
    .insert(users)
    .values({ ...values, displayNameSortKey: pinyinSortKey(values.displayName) })
    .returning();
  return row!;
}

export async function insertRole(db: Executor, values: typeof userRoles.$inferInsert) {
  const [row] = await db.insert(userRoles).values(values).returning();
  return row!;
}

export async function rolesOfUser(db: Executor, userId: string) {
  return db.select().from(userRoles).where(eq(userRoles.userId, userId));
}

export async function rolesOfUsers(db: Executor, userIds: string[]): Promise<RoleRow[]> {
  if (userIds.length === 0) return [];
  return db.select().from(userRoles).where(inArray(userRoles.userId, userIds)).orderBy(asc(userRoles.grantedAt), asc(userRoles.id));
}

export async function findRoleAssignment(db: Executor, userId: string, role: string, scopeId: string | null) {
  const [row] = await db
    .select()
    .from(userRoles)
    .where(
      and(eq(userRoles.userId, userId), eq(userRoles.role, role), scopeId ? eq(userRoles.scopeId, scopeId) : isNull(userRoles.scopeId)),
    )
    .limit(1);
  return row;
}

export async function findRoleAssignmentById(db: Executor, id: string): Promise<RoleRow | undefined> {
  const [row] = await db.select().from(userRoles).where(eq(userRoles.id, id)).limit(1);
  return row;
}

export async function deleteRoleAssignment(db: Executor, id: string): Promise<void> {
  await db.delete(userRoles).where(eq(userRoles.id, id));
}

export interface UserFilter {
  q?: string;
  /** Only these usernames (e.g. the locked ones). */
  usernames?: string[];
  withoutTotp?: boolean;
  disabled?: boolean;
  /** Only accounts that are not disabled. */
  enabled?: boolean;
}

function filterCondition(filter: UserFilter): SQL | undefined {
  const like = filter.q ? `%${filter.q.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%` : undefined;
  return and(
    like ? or(ilike(users.username, like), ilike(users.displayName, like)) : undefined,
    filter.usernames ? inArray(users.username, filter.usernames) : undefined,
    filter.withoutTotp ? isNull(users.totpSecret) : undefined,
    filter.disabled ? isNotNull(users.disabledAt) : undefined,
    filter.enabled ? isNull(users.disabledAt) : undefined,
  );
}

export async function listUsers(
  db: Executor,
  filter: UserFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: UserRow[]; total: number }> {
  if (filter.usernames?.length === 0) return { rows: [], total: 0 };
  const where = filterCondition(filter);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.username))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total: Number(totalRow?.total ?? 0) };
}

export async function countUsers(db: Executor, filter: UserFilter & { mustChangePassword?: boolean; enabledOnly?: boolean }) {
  if (filter.usernames?.length === 0) return 0;
  const [row] = await db
    .select({ total: count() })
    .from(users)
    .where(
      and(
        filterCondition(filter),
        filter.mustChangePassword ? eq(users.mustChangePassword, true) : undefined,
        filter.enabledOnly ? isNull(users.disabledAt) : undefined,
      ),
    );
  return Number(row?.total ?? 0);
}

/**
 * Accounts holding any of the roles; `withoutTotp` narrows to those with no second factor, `demoAccount` to the
 * demo's own accounts (true) or to the others (false).
 */
export async function countUsersWithRoles(db: Executor, roles: string[], filter: { withoutTotp?: boolean; demoAccount?: boolean } = {}) {
  const [row] = await db
    .select({ total: count() })
    .from(users)
    .where(
      and(
        isNull(users.disabledAt),
        filter.withoutTotp ? isNull(users.totpSecret) : undefined,
        filter.demoAccount === undefined ? undefined : eq(users.isDemo, filter.demoAccount),
        inArray(users.id, db.selectDistinct({ userId: userRoles.userId }).from(userRoles).where(inArray(userRoles.role, roles))),
      ),
    );
  return Number(row?.total ?? 0);
}
