import { boolean, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/**
 * 应用技术创新需求清单 第N期 (连教职函〔2026〕6号 附件1 指标3.4 “定期发布”): the innovation demands the secretariat published
 * together, numbered in one series per body.
 */
export const talentInnovationIssues = pgTable(
  'talent_innovation_issues',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    number: smallint().notNull(),
    name: text().notNull(),
    publishedOn: date({ mode: 'string' }).notNull(),
    publishedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    isGenerated: boolean().notNull().default(false),
  },
  (t) => [uniqueIndex('talent_innovation_issues_number').on(t.bodyId, t.number)],
);

/**
 * An entry of one of the body's lists of offers and needs: an enterprise's technology-innovation demand (指标3.4),
 * a policy, a training resource or a technology service (《本期聚焦：市域产教联合体》). The innovation fields are empty for the others.
 */
export const talentListItems = pgTable(
  'talent_list_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    /** innovation | policy | training | service */
    kind: text().notNull(),
    name: text().notNull(),
    summary: text().notNull(),
    provider: text().notNull(),
    orgId: uuid().references(() => organizations.id),
    field: text(),
    budgetBand: text(),
    closesOn: date({ mode: 'string' }),
    contactName: text(),
    /** Personal data: masked in every list and export, shown whole only with personal.unmask (audited). */
    contactPhone: text(),
    validFrom: date({ mode: 'string' }),
    validUntil: date({ mode: 'string' }),
    links: jsonb().$type<string[]>().notNull(),
    /** draft | published | withdrawn; expired is read from the last day (list-lifecycle.rules.ts) */
    status: text().notNull().default('draft'),
    issueId: uuid().references(() => talentInnovationIssues.id),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('talent_list_items_body_kind_idx').on(t.bodyId, t.kind, t.status)],
);
