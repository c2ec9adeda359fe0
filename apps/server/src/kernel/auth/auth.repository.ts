import { ROLES, type Role } from '@chanjiao/contracts';
import { and, eq, gte, inArray, isNull, like, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { perExecutor } from '../db/prepared.js';
import type { Grant } from '../rbac/rbac.rules.js';
import { rolePermissions, userRoles } from '../rbac/rbac.table.js';
import { pinyinSortKey } from '../search/pinyin-sort-key.js';
import { fillMissingSortKeys } from '../search/sort-key-backfill.js';
import { loginFailures, sessions, users } from './auth.table.js';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username.trim().toLowerCase())).limit(1);
  return row;
}

const ADMINISTRATOR_ROLES = (Object.keys(ROLES) as Role[]).filter((role) => 'adminDuty' in ROLES[role]);

/** Whether the account holds one of the three administrator duties (platform, security, audit). */
export async function holdsAdministratorDuty(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(and(eq(userRoles.userId, userId), inArray(userRoles.role, ADMINISTRATOR_ROLES)))
    .limit(1);
  return row !== undefined;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/**
 * Everything an authenticated request needs — the session, the few user columns the checks read (never
 * the password hash or second-factor secrets) and the user's grants as one JSON array — in one statement
 * and one round trip. Grants are read with the session on every request rather than cached, so a role
 * withdrawn, a permission removed or an account disabled takes effect on the very next request.
 */
const sessionWithGrants = perExecutor((db) =>
  db
    .select({
      session: {
        id: sessions.id,
        csrfToken: sessions.csrfToken,
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        revokedAt: sessions.revokedAt,
      },
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        isDemo: users.isDemo,
        totpEnabled: sql<boolean>`${users.totpSecret} is not null`,
        mustChangePassword: users.mustChangePassword,
        preferredLocale: users.preferredLocale,
        disabledAt: users.disabledAt,
      },
      grants: sql<Grant[]>`coalesce((
        select json_agg(json_build_object(
          'role', ${userRoles.role}, 'permission', ${rolePermissions.permission},
          'scopeType', ${userRoles.scopeType}, 'scopeId', ${userRoles.scopeId}))
        from ${userRoles} inner join ${rolePermissions} on ${rolePermissions.role} = ${userRoles.role}
        where ${userRoles.userId} = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .limit(1)
    .prepare('cj_session_with_grants'),
);

export type SessionWithGrants = Awaited<ReturnType<ReturnType<typeof sessionWithGrants>['execute']>>[number];

export async function findSessionWithGrants(db: Executor, tokenHash: string): Promise<SessionWithGrants | undefined> {
  const [row] = await sessionWithGrants(db).execute({ tokenHash });
  return row;
}

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert): Promise<SessionRow> {
  const [row] = await db.insert(sessions).values(values).returning();
  return row!;
}

export async function touchSession(db: Executor, sessionId: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, sessionId));
}

export async function revokeSession(db: Executor, sessionId: string, reason: string, at: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: at, revokedReason: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

export async function revokeUserSessions(
  db: Executor,
  userId: string,
  reason: string,
  at: Date,
  exceptSessionId?: string,
): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: at, revokedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined))
    .returning({ id: sessions.id });
  return rows.length;
}

/** Namespace of the per-username advisory locks (the two-key form, apart from the one-key locks elsewhere). */
const SIGN_IN_LOCK_NAMESPACE = 804_215_003;

/**
 * Holds the username's sign-in lock until the transaction ends: attempts at one username are counted one
 * after another, however many arrive at once. Held only while counting, never while a password is checked.
 */
export async function lockSignInAttempts(tx: Executor, username: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${SIGN_IN_LOCK_NAMESPACE}, hashtext(${username}))`);
}

export async function recentFailures(db: Executor, username: string, since: Date): Promise<Date[]> {
  const rows = await db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.username, username), gte(loginFailures.at, since)));
  return rows.map((row) => row.at);
}

/** Records a failure (or an attempt counted as one until it proves right); returns its id. */
export async function insertFailure(db: Executor, username: string, at: Date, ip: string | null): Promise<string> {
  const [row] = await db.insert(loginFailures).values({ username, at, ip }).returning({ id: loginFailures.id });
  return row!.id;
}

export async function deleteFailure(db: Executor, id: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.id, id));
}

export async function clearFailures(db: Executor, username: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.username, username));
}

export async function updateUser(db: Executor, id: string, values: Partial<typeof users.$inferInsert>): Promise<void> {
  const sortKey = values.displayName === undefined ? {} : { displayNameSortKey: pinyinSortKey(values.displayName) };
  await db
    .update(users)
    .set({ ...values, ...sortKey, updatedAt: new Date(), version: sql`${users.version} + 1` })
    .where(eq(users.id, id));
}

/**
 * Failed sign-ins since `since`, for the usernames given or — with `atLeast` — for every username that
 * failed at least that often (the candidates for a lock), so a security desk need not read them all.
 */
export async function failuresSince(
  db: Executor,
  since: Date,
  filter: { usernames?: string[]; atLeast?: number },
): Promise<{ username: string; at: Date }[]> {
  if (filter.usernames?.length === 0) return [];
  const frequent = filter.atLeast
    ? inArray(
        loginFailures.username,
        db
          .select({ username: loginFailures.username })
          .from(loginFailures)
          .where(gte(loginFailures.at, since))
          .groupBy(loginFailures.username)
          .having(sql`count(*) >= ${filter.atLeast}`),
      )
    : undefined;
  return db
    .select({ username: loginFailures.username, at: loginFailures.at })
    .from(loginFailures)
    .where(and(gte(loginFailures.at, since), filter.usernames ? inArray(loginFailures.username, filter.usernames) : undefined, frequent));
}

/** Whether the user signed in before, and whether from this address with this browser, apart from `sessionId`. */
export async function earlierSignIns(db: Executor, userId: string, sessionId: string, ip: string | null, userAgent: string | null) {
  const [row] = await db
    .select({
      any: sql<boolean>`count(*) > 0`,
      sameDevice: sql<boolean>`coalesce(bool_or(${sessions.ip} is not distinct from ${ip} and ${sessions.userAgent} is not distinct from ${userAgent}), false)`,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, sessionId)));
  return { any: !!row?.any, sameDevice: !!row?.sameDevice };
}

export interface SealedSecrets {
  id: string;
  totpSecret: string | null;
  totpPendingSecret: string | null;
}

/** Accounts with a second-factor secret sealed with `prefix` (e.g. `v1.`), locked until the transaction ends. */
export async function sealedSecretsWithPrefix(tx: Executor, prefix: string): Promise<SealedSecrets[]> {
  return tx
    .select({ id: users.id, totpSecret: users.totpSecret, totpPendingSecret: users.totpPendingSecret })
    .from(users)
    .where(or(like(users.totpSecret, `${prefix}%`), like(users.totpPendingSecret, `${prefix}%`)))
    .for('update');
}

/** Stores re-sealed secrets; not an edit of the account, so its version stays. */
export async function storeSealedSecrets(tx: Executor, secrets: SealedSecrets): Promise<void> {
  await tx
    .update(users)
    .set({ totpSecret: secrets.totpSecret, totpPendingSecret: secrets.totpPendingSecret })
    .where(eq(users.id, secrets.id));
}

/** At start: keys for display names written before the column existed (kernel/search/sort-key-backfill.ts). */
export function fillMissingUserSortKeys(db: Executor): Promise<number> {
  return fillMissingSortKeys(db, { table: users, id: users.id, name: users.displayName, key: users.displayNameSortKey });
}
