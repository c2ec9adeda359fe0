import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TAssignmentLimits, TResultNotice, TScoringRule } from '@chanjiao/contracts';
import { users } from '../../../kernel/auth/auth.table.js';
import { selectionApplications } from '../applications/applications.table.js';
import { selectionCalls } from '../calls/calls.table.js';
import { indicatorPoints } from '../indicators/indicators.table.js';

/** How a call's reviews are run and its results computed; published with the call's results. */
export const reviewSettings = pgTable('selection_review_settings', {
  callId: uuid()
    .primaryKey()
    .references(() => selectionCalls.id),
  scoringRule: jsonb().$type<TScoringRule>().notNull(),
  limits: jsonb().$type<TAssignmentLimits>().notNull(),
  commentsVisibleToApplicants: boolean().notNull().default(false),
  /** The last day experts submit their scores (Asia/Shanghai, included); none: no scoring reminders. */
  scoresDueOn: date({ mode: 'string' }),
  /** 培育名单 and recommendations are final from here on. */
  publishedAt: timestamp({ withTimezone: true, mode: 'date' }),
  publishedBy: uuid().references(() => users.id),
  /** The 公示 the results were published with: 文号, 落款, 公示期, contact for objections. */
  notice: jsonb().$type<TResultNotice>(),
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** One expert's review of one application: assigned, then scored and submitted. */
export const reviews = pgTable(
  'selection_reviews',
  {
    id: uuid().primaryKey().defaultRandom(),
    callId: uuid()
      .notNull()
      .references(() => selectionCalls.id),
    applicationId: uuid()
      .notNull()
      .references(() => selectionApplications.id),
    expertId: uuid()
      .notNull()
      .references(() => users.id),
    /** 'manual' or 'automatic'. */
    source: text().notNull(),
    status: text().notNull().default('assigned'),
    indicatorComments: jsonb().$type<Record<string, string>>().notNull().default({}),
    overallComment: text(),
    deduction: numeric({ precision: 8, scale: 2, mode: 'number' }).notNull().default(0),
    deductionReason: text(),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }),
    assignedBy: uuid().references(() => users.id),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('selection_reviews_pair_key').on(t.applicationId, t.expertId),
    index('selection_reviews_call_idx').on(t.callId),
    index('selection_reviews_expert_idx').on(t.expertId, t.status),
  ],
);

/** A score per observation point (观测点), within the point's maximum. */
export const reviewScores = pgTable(
  'selection_review_scores',
  {
    id: uuid().primaryKey().defaultRandom(),
    reviewId: uuid()
      .notNull()
      .references(() => reviews.id),
    pointId: uuid()
      .notNull()
      .references(() => indicatorPoints.id),
    score: numeric({ precision: 8, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('selection_review_scores_point_key').on(t.reviewId, t.pointId)],
);

/** Every change of a submitted score: who, when, from → to, why (docs/sources.md 5.3). */
export const scoreChanges = pgTable(
  'selection_score_changes',
  {
    id: uuid().primaryKey().defaultRandom(),
    reviewId: uuid()
      .notNull()
      .references(() => reviews.id),
    /** An observation point code ('1.1' …), or 'deduction'. */
    field: text().notNull(),
    fromValue: text(),
    toValue: text(),
    reason: text().notNull(),
    changedBy: uuid().references(() => users.id),
    changedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('selection_score_changes_review_idx').on(t.reviewId)],
);

/** A site visit (实地考察, 通知 三.3 视情组织) to an application, with what the visitors found. */
export const siteVisits = pgTable(
  'selection_site_visits',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => selectionApplications.id),
    visitedOn: date({ mode: 'string' }).notNull(),
    members: text().notNull(),
    findings: text().notNull(),
    recordedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('selection_site_visits_application_idx').on(t.applicationId)],
);
