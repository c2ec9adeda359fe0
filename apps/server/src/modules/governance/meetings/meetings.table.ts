import type { TCharterAmendmentProposal, TQuorum, TVoteThreshold } from '@chanjiao/contracts';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../kernel/auth/auth.table.js';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/** 校长联席会议 (章程第五、八条): one sitting of a body's joint meeting, with its minutes. */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    title: text().notNull(),
    heldOn: date({ mode: 'string' }).notNull(),
    location: text(),
    /** scheduled | concluded */
    status: text().notNull().default('scheduled'),
    minutesText: text(),
    /** none | draft | approved | published */
    minutesStatus: text().notNull().default('none'),
    minutesApprovedOn: date({ mode: 'string' }),
    minutesPublishedAt: timestamp({ withTimezone: true, mode: 'date' }),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('meetings_body_held_idx').on(t.bodyId, t.heldOn)],
);

/** The result stored when a vote closes: the counts and the decision of votes.rules.ts. */
export interface StoredVoteResult {
  yes: number;
  no: number;
  abstain: number;
  entitled: number;
  present: number;
  required: number;
  passed: boolean;
  explanation: { 'zh-CN': string; 'en-US': string };
}

/**
 * An agenda item and its vote. The rule is copied from the charter when the vote opens, and so is the
 * electorate (the member units entitled to vote then), so later admissions or amendments change nothing.
 */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    position: integer().notNull(),
    kind: text().notNull(),
    title: text().notNull(),
    description: text(),
    /** The unit a membership decision is about. */
    subjectOrgId: uuid().references(() => organizations.id),
    /** The membership case (application, withdrawal, expulsion) the item decides. */
    caseId: uuid(),
    amendment: jsonb().$type<TCharterAmendmentProposal>(),
    /** pending | open | closed */
    voteStatus: text().notNull().default('pending'),
    threshold: jsonb().$type<TVoteThreshold>(),
    quorum: jsonb().$type<TQuorum>(),
    electorate: jsonb().$type<string[]>(),
    voteOpenedAt: timestamp({ withTimezone: true, mode: 'date' }),
    voteClosedAt: timestamp({ withTimezone: true, mode: 'date' }),
    result: jsonb().$type<StoredVoteResult>(),
    passed: boolean(),
    /** Numbered in the body's register when the item passes. */
    resolutionNo: integer(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
    // The register (votes.repository listResolutions): a body's closed votes newest first, read in index order,
    // so a page needs neither a sort of all the body's votes nor a scan of its pending ones.
    index('agenda_items_register_idx')
      .on(t.bodyId, t.voteClosedAt.desc(), t.id.desc())
      .where(sql`${t.voteClosedAt} is not null`),
    uniqueIndex('agenda_items_resolution_no_key')
      .on(t.bodyId, t.resolutionNo)
      .where(sql`${t.resolutionNo} is not null`),
  ],
);

/** Who attended for each member unit (章程第六条: the principal or the vice-principal in charge). */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    /** present | excused | unexcused */
    status: text().notNull(),
    representativeName: text(),
    representativeRole: text(),
    note: text(),
    recordedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('meeting_attendance_meeting_org_key').on(t.meetingId, t.orgId),
    index('meeting_attendance_body_org_idx').on(t.bodyId, t.orgId),
  ],
);

/** One ballot per member unit and item (章程第十七条); the unique index holds under concurrent requests. */
export const meetingBallots = pgTable(
  'meeting_ballots',
  {
    id: uuid().primaryKey().defaultRandom(),
    itemId: uuid()
      .notNull()
      .references(() => agendaItems.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    /** yes | no | abstain */
    choice: text().notNull(),
    /** representative (entered by the member's representative) | paper (recorded by the secretariat) */
    castVia: text().notNull(),
    castByUserId: uuid().references(() => users.id),
    castAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('meeting_ballots_item_org_key').on(t.itemId, t.orgId)],
);
