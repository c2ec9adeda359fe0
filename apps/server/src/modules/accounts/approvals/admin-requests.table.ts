import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../kernel/auth/auth.table.js';

const timestamptz = () => timestamp({ withTimezone: true, mode: 'date' });

/**
 * A privileged change asked for by one administrator duty and carried out only when another duty approves
 * (two-person rule). A password reset keeps only the argon2 hash of the temporary password until it is applied.
 */
export const adminRequests = pgTable(
  'admin_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().notNull(),
    status: text().notNull().default('pending'),
    targetUserId: uuid()
      .notNull()
      .references(() => users.id),
    role: text(),
    assignmentId: uuid(),
    temporaryPasswordHash: text(),
    reason: text().notNull(),
    requestedBy: uuid()
      .notNull()
      .references(() => users.id),
    requesterDuty: text().notNull(),
    requestedAt: timestamptz().notNull(),
    decidedBy: uuid().references(() => users.id),
    decidedAt: timestamptz(),
    decisionNote: text(),
  },
  (t) => [index('admin_requests_status_idx').on(t.status, t.requestedAt), index('admin_requests_target_idx').on(t.targetUserId, t.kind)],
);

/**
 * Which administrator duty an account has ever held: kept when the role is withdrawn, so the account can never
 * be given another duty (one person, one duty).
 */
export const adminDutyHolders = pgTable('admin_duty_holders', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id),
  duty: text().notNull(),
  firstHeldAt: timestamptz().notNull().defaultNow(),
});
