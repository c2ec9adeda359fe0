import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../kernel/auth/auth.table.js';
import { organizations } from '../organizations/organizations.table.js';

/** 联盟 / 市域产教联合体 / 行业产教融合共同体 / 区职教联盟: a body with member organisations. */
export const bodies = pgTable(
  'bodies',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    /** pinyinSortKey(name), set by the repository on every write of the name; lists order by it, then by name. */
    nameSortKey: text(),
    shortName: text(),
    kind: text().notNull(),
    regionCode: text(),
    /** The organisation hosting the secretariat (秘书处所在单位). */
    secretariatOrgId: uuid().references(() => organizations.id),
    foundedOn: date({ mode: 'string' }),
    description: text(),
    /** Free-form facts a document gives (e.g. 表19 序号, 牵头单位 as written). */
    sourceNote: text(),
    isGenerated: boolean().notNull().default(false),
    searchTokens: text().notNull().default(''),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('bodies_name_key').on(t.name),
    index('bodies_sort_idx').on(t.nameSortKey, t.name),
    index('bodies_kind_idx').on(t.kind),
    index('bodies_search_idx').using('gin', sql`to_tsvector('simple', ${t.searchTokens})`),
  ],
);

/** Membership with its history: leaving sets leftOn; rejoining adds a new row. */
export const bodyMembers = pgTable(
  'body_members',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    /** 发起单位 / 牵头学校 / 牵头企业 / 成员单位 … */
    memberRole: text().notNull().default('member'),
    isFounding: boolean().notNull().default(false),
    joinedOn: date({ mode: 'string' }).notNull(),
    joinReason: text(),
    leftOn: date({ mode: 'string' }),
    leaveReason: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /**
     * The member's place in the body's list (名单顺序): the order of entry, e.g. the charter's order of the
     * founding units. Memberships entered in one transaction share `createdAt`, so it cannot give the order.
     */
    listOrder: integer().notNull().generatedByDefaultAsIdentity(),
  },
  (t) => [
    uniqueIndex('body_members_active_key')
      .on(t.bodyId, t.orgId)
      .where(sql`${t.leftOn} is null`),
    index('body_members_org_idx').on(t.orgId),
  ],
);

/** 联络员 (章程第十一条): named by a member unit for a body; contact details are personal data. */
export const liaisons = pgTable(
  'liaisons',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    userId: uuid().references(() => users.id),
    name: text().notNull(),
    /** 职务, e.g. 教务处副处长 (a mid-level cadre per 第十一条). */
    title: text(),
    phone: text(),
    email: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    removedAt: timestamp({ withTimezone: true, mode: 'date' }),
  },
  (t) => [index('liaisons_body_org_idx').on(t.bodyId, t.orgId)],
);
