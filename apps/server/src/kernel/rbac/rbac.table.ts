import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.table.js';

/** Which permissions each role carries; seeded from the contracts' defaults, edited by the security administrator. */
export const rolePermissions = pgTable(
  'role_permissions',
  {
    role: text().notNull(),
    permission: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.role, t.permission] })],
);

/** A user holds a role for the whole system, for one organisation, or for one body. */
export const userRoles = pgTable(
  'user_roles',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    role: text().notNull(),
    scopeType: text().notNull(),
    /** Organisation or body id; null for system scope. */
    scopeId: uuid(),
    grantedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    grantedBy: uuid(),
  },
  (t) => [index('user_roles_user_idx').on(t.userId), index('user_roles_scope_idx').on(t.scopeType, t.scopeId)],
);

/**
 * Every permission name this database has had defaults for. A version that adds a permission grants its defaults
 * once, when the name first appears here; what the security administrator decided about older names stays as is.
 */
export const knownPermissions = pgTable('known_permissions', {
  permission: text().primaryKey(),
  firstSeenAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
