import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../kernel/auth/auth.table.js';
import { organizations } from '../../organizations/organizations.table.js';
import { selectionCalls } from '../calls/calls.table.js';

/**
 * An organisation an expert belongs to or is tied to (declared affiliation). Conflicts (回避) are derived from
 * these against every unit an application names, by directory id, 统一社会信用代码 or name.
 */
export const expertAffiliations = pgTable(
  'selection_expert_affiliations',
  {
    id: uuid().primaryKey().defaultRandom(),
    expertId: uuid()
      .notNull()
      .references(() => users.id),
    orgId: uuid().references(() => organizations.id),
    name: text().notNull(),
    uscc: text(),
    note: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('selection_expert_affiliations_expert_idx').on(t.expertId)],
);

/**
 * The pool (专家库) an expert belongs to: the education authority that added them, or — authorityOrgId null — the
 * shared pool, chosen on purpose. One row per expert: an expert is in one pool at a time.
 */
export const expertPools = pgTable('selection_expert_pools', {
  expertId: uuid()
    .primaryKey()
    .references(() => users.id),
  authorityOrgId: uuid().references(() => organizations.id),
  addedBy: uuid().references(() => users.id),
  addedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** The experts who review a call (评审专家组); assignment draws only on them. */
export const callExperts = pgTable(
  'selection_call_experts',
  {
    callId: uuid()
      .notNull()
      .references(() => selectionCalls.id),
    expertId: uuid()
      .notNull()
      .references(() => users.id),
    addedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.expertId] }), index('selection_call_experts_expert_idx').on(t.expertId)],
);

/**
 * A conflict somebody stated rather than one derived from data: declared by the expert, or added (pinned) by
 * the authority — e.g. a former employer the affiliations do not show, or a derived conflict kept even if the
 * application's member tables change later.
 */
export const statedConflicts = pgTable(
  'selection_stated_conflicts',
  {
    id: uuid().primaryKey().defaultRandom(),
    callId: uuid()
      .notNull()
      .references(() => selectionCalls.id),
    expertId: uuid()
      .notNull()
      .references(() => users.id),
    applicationId: uuid().notNull(),
    /** 'declared' by the expert or 'pinned' by the authority. */
    source: text().notNull(),
    reason: text().notNull(),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('selection_stated_conflicts_call_idx').on(t.callId)],
);
