import { boolean, date, index, integer, pgTable, real, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/** A member unit's teacher offer, teacher request or vocational-experience activity (倡议书 三: 师资互派、职业体验互动). */
export const resourceExchangePosts = pgTable(
  'resource_exchange_posts',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    /** teacher_offer | teacher_request | experience */
    kind: text().notNull(),
    title: text().notNull(),
    /** The major class (专业类) of the catalogue, 4 digits. */
    classCode: text().notNull(),
    fields: text().notNull(),
    days: smallint(),
    capacity: integer(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    description: text(),
    /** open | closed */
    status: text().notNull().default('open'),
    isGenerated: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('resource_exchange_posts_body_kind').on(t.bodyId, t.kind, t.status), index('resource_exchange_posts_org').on(t.orgId)],
);

/**
 * An agreement between the sending unit (whose teacher goes, or which hosts the activity) and the receiving unit (or,
 * for an activity, the visiting school by name), its completion and each side's evaluation.
 */
export const resourceExchangeAgreements = pgTable(
  'resource_exchange_agreements',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    /** teacher | experience */
    kind: text().notNull(),
    /** proposed | agreed | carried_out | completed | cancelled */
    status: text().notNull(),
    offerId: uuid()
      .notNull()
      .references(() => resourceExchangePosts.id),
    requestId: uuid().references(() => resourceExchangePosts.id),
    senderOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    receiverOrgId: uuid().references(() => organizations.id),
    /** The unit that proposed it; the other one confirms. */
    proposedByOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    visitorName: text(),
    teacherName: text(),
    teacherPhone: text(),
    place: text().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    plannedHours: real().notNull(),
    plannedParticipants: integer(),
    actualDays: smallint(),
    actualHours: real(),
    actualParticipants: integer(),
    completionNote: text(),
    cancelReason: text(),
    senderScore: smallint(),
    senderComment: text(),
    senderEvaluatedAt: timestamp({ withTimezone: true, mode: 'date' }),
    receiverScore: smallint(),
    receiverComment: text(),
    receiverEvaluatedAt: timestamp({ withTimezone: true, mode: 'date' }),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('resource_exchange_agreements_sender').on(t.bodyId, t.senderOrgId),
    index('resource_exchange_agreements_receiver').on(t.bodyId, t.receiverOrgId),
  ],
);
