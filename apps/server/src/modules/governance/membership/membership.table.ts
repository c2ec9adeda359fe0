import type { TQualifications } from '@chanjiao/contracts';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../kernel/auth/auth.table.js';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/** 章程第十九条: an application to join (加入联盟申请表), reviewed by the secretariat, decided by the meeting. */
export const membershipApplications = pgTable(
  'membership_applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    /** submitted | rejected | on_agenda | admitted | not_admitted */
    status: text().notNull().default('submitted'),
    legalPersonStatus: text().notNull(),
    qualifications: jsonb().$type<TQualifications>().notNull(),
    reasons: text().notNull(),
    contactName: text().notNull(),
    contactTitle: text(),
    contactPhone: text().notNull(),
    contactEmail: text(),
    submittedByUserId: uuid().references(() => users.id),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    reviewedAt: timestamp({ withTimezone: true, mode: 'date' }),
    rejectionReason: text(),
    meetingId: uuid(),
    agendaItemId: uuid(),
    decidedOn: date({ mode: 'string' }),
    version: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex('membership_applications_open_key')
      .on(t.bodyId, t.orgId)
      .where(sql`${t.status} in ('submitted', 'on_agenda')`),
    index('membership_applications_body_status_idx').on(t.bodyId, t.status),
    index('membership_applications_org_idx').on(t.orgId),
  ],
);

/** 章程第二十条: a written withdrawal; the notice period runs from the secretariat's written receipt. */
export const withdrawalRequests = pgTable(
  'withdrawal_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    /** submitted | receipt_confirmed | on_agenda | approved | not_approved | completed */
    status: text().notNull().default('submitted'),
    letter: text().notNull(),
    intendedOn: date({ mode: 'string' }).notNull(),
    submittedByUserId: uuid().references(() => users.id),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    receiptConfirmedOn: date({ mode: 'string' }),
    earliestEffectiveOn: date({ mode: 'string' }),
    meetingId: uuid(),
    agendaItemId: uuid(),
    decidedOn: date({ mode: 'string' }),
    effectiveOn: date({ mode: 'string' }),
    certificateReturnedOn: date({ mode: 'string' }),
    noticeId: uuid(),
    version: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex('withdrawal_requests_open_key')
      .on(t.bodyId, t.orgId)
      .where(sql`${t.status} in ('submitted', 'receipt_confirmed', 'on_agenda', 'approved')`),
    index('withdrawal_requests_body_status_idx').on(t.bodyId, t.status),
    index('withdrawal_requests_org_idx').on(t.orgId),
  ],
);

/** 章程第二十一条: a proposal to expel, by the secretariat or — ground (2) — from attendance. */
export const expulsionProposals = pgTable(
  'expulsion_proposals',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    ground: integer().notNull(),
    facts: text().notNull(),
    isAutomatic: boolean().notNull().default(false),
    evidenceMeetingIds: jsonb().$type<string[]>().notNull().default([]),
    /** proposed | on_agenda | expelled | not_expelled | dismissed */
    status: text().notNull().default('proposed'),
    proposedByUserId: uuid().references(() => users.id),
    proposedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    meetingId: uuid(),
    agendaItemId: uuid(),
    decidedOn: date({ mode: 'string' }),
    banEndsOn: date({ mode: 'string' }),
    dismissReason: text(),
    noticeId: uuid(),
    version: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex('expulsion_proposals_open_key')
      .on(t.bodyId, t.orgId)
      .where(sql`${t.status} in ('proposed', 'on_agenda')`),
    index('expulsion_proposals_org_idx').on(t.bodyId, t.orgId, t.status),
  ],
);

/** 《联盟成员证书》: numbered per body; returned on withdrawal (章程第二十条(三)). */
export const membershipCertificates = pgTable(
  'membership_certificates',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    serial: integer().notNull(),
    number: text().notNull(),
    issuedOn: date({ mode: 'string' }).notNull(),
    applicationId: uuid(),
    returnedOn: date({ mode: 'string' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('membership_certificates_serial_key').on(t.bodyId, t.serial),
    uniqueIndex('membership_certificates_valid_key')
      .on(t.bodyId, t.orgId)
      .where(sql`${t.returnedOn} is null`),
  ],
);

/** Public notices of withdrawal (第二十条(三)) and expulsion (第二十一条). */
export const governanceNotices = pgTable(
  'governance_notices',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    /** withdrawal | expulsion */
    kind: text().notNull(),
    title: text().notNull(),
    text: text().notNull(),
    publishedOn: date({ mode: 'string' }).notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('governance_notices_body_idx').on(t.bodyId, t.publishedOn)],
);
