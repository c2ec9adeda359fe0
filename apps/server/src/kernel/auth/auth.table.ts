import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const timestamptz = (name?: string) =>
  name ? timestamp(name, { withTimezone: true, mode: 'date' }) : timestamp({ withTimezone: true, mode: 'date' });

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored lower-case; sign-in is case-insensitive. */
    username: text().notNull().unique(),
    displayName: text().notNull(),
    /** pinyinSortKey(displayName), written with it; lists of people order by it, then by the name. */
    displayNameSortKey: text(),
    email: text(),
    phone: text(),
    passwordHash: text().notNull(),
    mustChangePassword: boolean().notNull().default(false),
    /** AES-GCM encrypted base32 secret; null until enrolment is confirmed. */
    totpSecret: text(),
    /** Secret offered during enrolment, confirmed by the first valid code. */
    totpPendingSecret: text(),
    totpLastStep: integer(),
    preferredLocale: text().notNull().default('zh-CN'),
    disabledAt: timestamptz(),
    /** Demo accounts exist only in demo mode and may skip second-factor enrolment. */
    isDemo: boolean().notNull().default(false),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamptz().notNull().defaultNow(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [index('users_display_name_sort_idx').on(t.displayNameSortKey, t.displayName)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** SHA-256 of the opaque token; the token itself lives only in the user's cookie. */
    tokenHash: text().notNull().unique(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    csrfToken: text().notNull(),
    createdAt: timestamptz().notNull(),
    lastSeenAt: timestamptz().notNull(),
    revokedAt: timestamptz(),
    revokedReason: text(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Failed sign-ins per normalised username, whether or not the account exists (no enumeration). */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: uuid().primaryKey().defaultRandom(),
    username: text().notNull(),
    at: timestamptz().notNull(),
    ip: text(),
  },
  (t) => [index('login_failures_username_at_idx').on(t.username, t.at)],
);
