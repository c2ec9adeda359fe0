/** Look-ups by the demo data's stable keys: names for units and bodies, usernames for accounts. */
import { and, countDistinct, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../kernel/db/database.js';
import { users } from '../kernel/auth/auth.table.js';
import type { Grant } from '../kernel/rbac/rbac.rules.js';
import { rolePermissions, userRoles } from '../kernel/rbac/rbac.table.js';
import { bodies, bodyMembers, liaisons } from '../modules/bodies/bodies.table.js';
import { meetings } from '../modules/governance/meetings/meetings.table.js';
import { organizations } from '../modules/organizations/organizations.table.js';

/** Name → id; where two units share a name, the first registered one stands for it. */
export async function orgIdsByName(db: Executor, names: string[]): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.name, names))
    .orderBy(organizations.createdAt, organizations.id);
  const ids = new Map<string, string>();
  for (const row of rows) if (!ids.has(row.name)) ids.set(row.name, row.id);
  return ids;
}

export async function bodyIdsByName(db: Executor, names: string[]): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  const rows = await db.select({ id: bodies.id, name: bodies.name }).from(bodies).where(inArray(bodies.name, names));
  return new Map(rows.map((row) => [row.name, row.id]));
}

export const membershipKey = (bodyId: string, orgId: string) => `${bodyId}|${orgId}`;
export const liaisonKey = (bodyId: string, orgId: string, name: string) => `${bodyId}|${orgId}|${name}`;

/** Every (body, unit) pair ever recorded, former members included, so a unit that left is not re-added. */
export async function membershipKeys(db: Executor, bodyIds: string[]): Promise<Set<string>> {
  if (bodyIds.length === 0) return new Set();
  const rows = await db
    .select({ bodyId: bodyMembers.bodyId, orgId: bodyMembers.orgId })
    .from(bodyMembers)
    .where(inArray(bodyMembers.bodyId, bodyIds));
  return new Set(rows.map((row) => membershipKey(row.bodyId, row.orgId)));
}

/** Every liaison ever named, removed ones included. */
export async function liaisonKeys(db: Executor, bodyIds: string[]): Promise<Set<string>> {
  if (bodyIds.length === 0) return new Set();
  const rows = await db
    .select({ bodyId: liaisons.bodyId, orgId: liaisons.orgId, name: liaisons.name })
    .from(liaisons)
    .where(inArray(liaisons.bodyId, bodyIds));
  return new Set(rows.map((row) => liaisonKey(row.bodyId, row.orgId, row.name)));
}

/** Lets the demo liaison account act as the liaison record it stands for. */
export async function linkLiaisonToUser(db: Executor, liaisonId: string, userId: string): Promise<void> {
  await db
    .update(liaisons)
    .set({ userId })
    .where(and(eq(liaisons.id, liaisonId), isNull(liaisons.userId)));
}

export async function userIdsByUsername(db: Executor, usernames: string[]): Promise<Map<string, string>> {
  if (usernames.length === 0) return new Map();
  const rows = await db.select({ id: users.id, username: users.username }).from(users).where(inArray(users.username, usernames));
  return new Map(rows.map((row) => [row.username, row.id]));
}

/** How many of these accounts hold at least one role: roles are granted last, so all of them means done. */
export async function countUsersWithRoles(db: Executor, usernames: string[]): Promise<number> {
  if (usernames.length === 0) return 0;
  const [row] = await db
    .select({ n: countDistinct(userRoles.userId) })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(inArray(users.username, usernames));
  return Number(row?.n ?? 0);
}

/** Demo sittings whose ballots the seed does not record are marked generated, like other made-up demo data. */
export async function markMeetingGenerated(db: Executor, meetingId: string): Promise<void> {
  await db.update(meetings).set({ isGenerated: true }).where(eq(meetings.id, meetingId));
}

/** What a demo account may do, as a request of theirs would carry it: every permission of every role, with its scope. */
export async function grantsOfUser(db: Executor, userId: string): Promise<Grant[]> {
  const rows = await db
    .select({ role: userRoles.role, permission: rolePermissions.permission, scopeType: userRoles.scopeType, scopeId: userRoles.scopeId })
    .from(userRoles)
    .innerJoin(rolePermissions, eq(rolePermissions.role, userRoles.role))
    .where(eq(userRoles.userId, userId));
  return rows as Grant[];
}
