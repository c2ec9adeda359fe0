import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../kernel/auth/auth.table.js';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/**
 * 简讯 drafted by a member unit and, once the secretariat publishes it, an issue of the body's 简报 with its
 * number and the title block of 简报第1期.
 */
export const bulletins = pgTable(
  'bulletins',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    /** The member unit whose 简讯 it is; it counts towards that unit's quarterly expectation. */
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    authorUserId: uuid().references(() => users.id),
    status: text().notNull().default('draft'),
    issueNumber: integer(),
    subject: text().notNull(),
    headline: text(),
    eventOn: date({ mode: 'string' }),
    content: text().notNull(),
    keywords: jsonb().$type<string[]>().notNull().default([]),
    reportTo: text(),
    copyTo: text(),
    issuer: text(),
    issuedOn: date({ mode: 'string' }),
    draftedBy: text(),
    reviewedBy: text(),
    /** The day (Asia/Shanghai) the unit submitted it to the secretariat: the quarter it counts in. */
    submittedOn: date({ mode: 'string' }),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }),
    publishedAt: timestamp({ withTimezone: true, mode: 'date' }),
    viewCount: integer().notNull().default(0),
    shareCount: integer().notNull().default(0),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('bulletins_issue_key')
      .on(t.bodyId, t.issueNumber)
      .where(sql`${t.issueNumber} is not null`),
    index('bulletins_body_status_idx').on(t.bodyId, t.status),
    index('bulletins_published_idx').on(t.publishedAt),
  ],
);

/**
 * The readers counted today for a published bulletin, so that 点击量 counts a reader once a day rather than
 * every page load. A reader is a keyed hash of their address, browser and the day — never the address itself,
 * and not linkable from one day to the next. Rows of past days are removed as new views are counted.
 */
export const bulletinReaders = pgTable(
  'bulletin_readers',
  {
    bulletinId: uuid()
      .notNull()
      .references(() => bulletins.id, { onDelete: 'cascade' }),
    readerKey: text().notNull(),
    readOn: date({ mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.bulletinId, t.readOn, t.readerKey] })],
);
