/**
 * Review (评审): the call's review settings, its expert panel, conflicts of interest (回避) with their
 * evidence, assignment by hand or automatically, scoring per observation point with comments and the
 * 7.其他 deduction, score changes after submission, and site visits (实地考察).
 */
import { z } from 'zod';
import { optionalText, requiredText, ZIsoDate } from '../common.js';
import type { Bilingual } from '../i18n.js';
import {
  APPLICATION_UNIT_PLACES,
  type ApplicationUnitPlace,
  ZAssignmentLimits,
  ZCallLimits,
  ZScoringRule,
  ZTextLimits,
} from '../selection-rules.js';
import { ZApplicationContent } from './application-form.js';
import { ZSupportingMaterial } from './applications.js';
import { ZIndicatorPoint } from './indicators.js';
import { ZAffiliation } from './experts-schemas.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const REVIEW_STATUSES = {
  assigned: l('待评分', 'To score'),
  submitted: l('已提交', 'Submitted'),
} as const;
export type ReviewStatus = keyof typeof REVIEW_STATUSES;
export const REVIEW_STATUS_NAMES = Object.keys(REVIEW_STATUSES) as [ReviewStatus, ...ReviewStatus[]];

export const ASSIGNMENT_SOURCES = { manual: l('人工分配', 'By hand'), automatic: l('自动分配', 'Automatic') } as const;
export type AssignmentSource = keyof typeof ASSIGNMENT_SOURCES;

/** A score as experts write it: not negative, at most two decimals. The point's maximum is checked by the server. */
export const ZScore = z
  .number({ message: 'i18n:SELECTION_NUMBER' })
  .min(0, { message: 'i18n:SELECTION_NON_NEGATIVE' })
  .max(1000, { message: 'i18n:SELECTION_TOO_LARGE' })
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, { message: 'i18n:SELECTION_TWO_DECIMALS' });

export const ZReviewSettings = z.object({
  scoringRule: ZScoringRule,
  limits: ZAssignmentLimits,
  /** Whether applicants read the experts' comments (without names) with their published result. */
  commentsVisibleToApplicants: z.boolean(),
  /** The last day experts submit their scores (Asia/Shanghai); they are reminded before it. Absent: no such day. */
  scoresDueOn: ZIsoDate.nullable().default(null),
});
export type TReviewSettings = z.infer<typeof ZReviewSettings>;
export const ZReviewSettingsUpdate = ZReviewSettings.extend({ version: z.number().int().min(0) });
export type TReviewSettingsUpdate = z.infer<typeof ZReviewSettingsUpdate>;

export const ZPanelUpdate = z.object({ expertIds: z.array(z.uuid()).max(500) });
export const ZManualAssignment = z.object({ expertId: z.uuid(), applicationId: z.uuid() });
export type TManualAssignment = z.infer<typeof ZManualAssignment>;
export const ZAutoAssignment = z.object({ seed: z.string().max(100).optional() });

export const ZConflictPin = z.object({ expertId: z.uuid(), applicationId: z.uuid(), reason: requiredText(500) });
export type TConflictPin = z.infer<typeof ZConflictPin>;
export const ZConflictDeclare = z.object({ reason: requiredText(500) });
export type TConflictDeclare = z.infer<typeof ZConflictDeclare>;

const PLACE_NAMES = Object.keys(APPLICATION_UNIT_PLACES) as [ApplicationUnitPlace, ...ApplicationUnitPlace[]];

export const ZConflictEvidence = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('affiliation'),
    place: z.enum(PLACE_NAMES),
    row: z.number().int().nullable(),
    matchedBy: z.enum(['orgId', 'uscc', 'name']),
    unitName: z.string().nullable(),
  }),
  z.object({ kind: z.enum(['declared', 'pinned']), reason: z.string(), statedId: z.string() }),
]);
export type TConflictEvidence = z.infer<typeof ZConflictEvidence>;

export const ZConflict = z.object({
  expertId: z.string(),
  expertName: z.string(),
  applicationId: z.string(),
  applicationName: z.string(),
  evidence: z.array(ZConflictEvidence),
  /** Words for the evidence, in the request's language. */
  summary: z.string(),
});
export type TConflict = z.infer<typeof ZConflict>;

export const ZBoardReview = z.object({
  id: z.string(),
  expertId: z.string(),
  expertName: z.string(),
  status: z.enum(REVIEW_STATUS_NAMES),
  source: z.enum(['manual', 'automatic']),
  /** The pair is conflicted: the score, if any, does not count. */
  conflicted: z.boolean(),
  total: z.string().nullable(),
});

export const ZBoardApplication = z.object({
  id: z.string(),
  consortiumName: z.string(),
  parkName: z.string(),
  applicantName: z.string(),
  reviews: z.array(ZBoardReview),
  /** Submitted and not conflicted. */
  validCount: z.number().int(),
});

export const ZPanelExpert = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  affiliations: z.array(ZAffiliation),
  load: z.number().int(),
  submitted: z.number().int(),
});

export const ZReviewBoard = z.object({
  call: z.object({ id: z.string(), title: z.string(), status: z.string() }),
  settings: ZReviewSettings,
  version: z.number().int(),
  panel: z.array(ZPanelExpert),
  applications: z.array(ZBoardApplication),
  conflicts: z.array(ZConflict),
  published: z.boolean(),
});
export type TReviewBoard = z.infer<typeof ZReviewBoard>;

export const ZAssignmentOutcome = z.object({ added: z.number().int(), explanation: z.string(), board: ZReviewBoard });

export const ZScoreSave = z.object({
  version: z.number().int().positive(),
  /** Observation point code ('1.1' …) → score; null or absent: not scored yet. */
  scores: z.record(z.string().max(10), ZScore.nullable()),
  /** Basic indicator code ('1' … '6') → comment. */
  indicatorComments: z.record(z.string().max(2), z.string().max(2000)).default({}),
  overallComment: optionalText(5000),
  /** 7.其他 扣分项. */
  deduction: ZScore.default(0),
  deductionReason: optionalText(2000),
  /** Required when the review is already submitted: every change is kept with it. */
  changeReason: optionalText(500),
});
export type TScoreSave = z.infer<typeof ZScoreSave>;
export const ZReviewSubmit = z.object({ version: z.number().int().positive() });

export const ZScoreChange = z.object({
  field: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  reason: z.string(),
  changedBy: z.string(),
  changedAt: z.string(),
});
export type TScoreChange = z.infer<typeof ZScoreChange>;

/** Another expert's review as a panel member sees it once their own is submitted — without the name. */
export const ZPanelScore = z.object({
  label: z.string(),
  own: z.boolean(),
  status: z.enum(REVIEW_STATUS_NAMES),
  total: z.string().nullable(),
  byIndicator: z.record(z.string(), z.string()),
});

export const ZReviewSummary = z.object({
  id: z.string(),
  callId: z.string(),
  callTitle: z.string(),
  applicationId: z.string(),
  consortiumName: z.string(),
  parkName: z.string(),
  status: z.enum(REVIEW_STATUS_NAMES),
  conflicted: z.boolean(),
  submittedAt: z.string().nullable(),
  total: z.string().nullable(),
});
export type TReviewSummary = z.infer<typeof ZReviewSummary>;
export const ZReviewList = z.object({ items: z.array(ZReviewSummary) });

export const ZSiteVisitInput = z.object({
  visitedOn: ZIsoDate,
  visitMembers: requiredText(500),
  findings: requiredText(5000),
});
export type TSiteVisitInput = z.infer<typeof ZSiteVisitInput>;
export const ZSiteVisit = ZSiteVisitInput.extend({ id: z.string(), recordedBy: z.string(), createdAt: z.string() });
export type TSiteVisit = z.infer<typeof ZSiteVisit>;
export const ZSiteVisitList = z.object({ items: z.array(ZSiteVisit) });

export const ZReview = ZReviewSummary.extend({
  /** The 推荐书 being scored, with what displaying it needs; null for a conflicted expert, who may not read it. */
  application: z
    .object({
      id: z.string(),
      consortiumName: z.string(),
      parkName: z.string(),
      content: ZApplicationContent,
      textLimits: ZTextLimits,
      limits: ZCallLimits,
      material: ZSupportingMaterial.nullable(),
    })
    .nullable(),
  points: z.array(ZIndicatorPoint),
  scores: z.record(z.string(), z.number().nullable()),
  indicatorComments: z.record(z.string(), z.string()),
  overallComment: z.string().nullable(),
  deduction: z.number(),
  deductionReason: z.string().nullable(),
  version: z.number().int(),
  history: z.array(ZScoreChange),
  siteVisits: z.array(ZSiteVisit),
  /** Null until this expert has submitted: no one sees the others' scores or the average before that. */
  panel: z.object({ scores: z.array(ZPanelScore), average: z.string().nullable() }).nullable(),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean() }),
});
export type TReview = z.infer<typeof ZReview>;
