/**
 * The body's supply–demand reports (docs/sources.md §9 T4; 普陀区年报: “按季度发布研究报告 … 季度趋势研究专报 4 份、年度总报告 1 份”):
 * the quarterly trend report and the yearly 人才需求报告, generated from the period's figures with text the
 * secretariat writes around them, numbered at publication (2026年第3期) and frozen from then on.
 */
import { z } from 'zod';
import { requiredText } from '../common.js';
import type { Bilingual } from '../i18n.js';
import { LIST_ENTRY_STATUSES, type StoredListStatus } from './lists.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const TALENT_REPORT_KINDS = {
  quarterly: l('季度趋势研究专报', 'Quarterly trend report'),
  yearly: l('年度人才需求报告', 'Yearly talent demand report'),
} as const;
export type TalentReportKind = keyof typeof TALENT_REPORT_KINDS;
export const TALENT_REPORT_KIND_NAMES = Object.keys(TALENT_REPORT_KINDS) as [TalentReportKind, ...TalentReportKind[]];

/** A report is a draft, published (frozen) or withdrawn with a reason: the lists' stored statuses. */
export const TALENT_REPORT_STATUSES = {
  draft: LIST_ENTRY_STATUSES.draft,
  published: LIST_ENTRY_STATUSES.published,
  withdrawn: LIST_ENTRY_STATUSES.withdrawn,
} as const satisfies Record<StoredListStatus, Bilingual>;
export type TalentReportStatus = StoredListStatus;
const STATUS_NAMES = Object.keys(TALENT_REPORT_STATUSES) as [TalentReportStatus, ...TalentReportStatus[]];

/** The text sections the secretariat writes around the tables, in the order the report prints them. */
export const TALENT_REPORT_SECTIONS = {
  intro: l('导语', 'Introduction'),
  analysis: l('分析', 'Analysis'),
  advice: l('建议', 'Recommendations'),
} as const;
export type TalentReportSection = keyof typeof TALENT_REPORT_SECTIONS;

export const ZTalentReportInput = z
  .object({
    kind: z.enum(TALENT_REPORT_KIND_NAMES),
    year: z.number().int().min(2020).max(2100),
    /** 1–4 for a quarterly report; left out for a yearly one. */
    quarter: z.number().int().min(1).max(4).optional(),
  })
  .superRefine((input, issues) => {
    if ((input.kind === 'quarterly') !== (input.quarter !== undefined)) {
      issues.addIssue({ code: 'custom', path: ['quarter'], message: 'i18n:REPORT_QUARTER' });
    }
  });
export type TTalentReportInput = z.infer<typeof ZTalentReportInput>;

const ZSectionText = requiredText(3000);
export const ZTalentReportSections = z.object({ intro: ZSectionText, analysis: ZSectionText, advice: ZSectionText });
export type TTalentReportSections = z.infer<typeof ZTalentReportSections>;

export const ZTalentReportSectionsInput = ZTalentReportSections.extend({ version: z.number().int().positive() });
export type TTalentReportSectionsInput = z.infer<typeof ZTalentReportSectionsInput>;
export const ZTalentReportPublishInput = z.object({ version: z.number().int().positive() });
export type TTalentReportPublishInput = z.infer<typeof ZTalentReportPublishInput>;
export const ZTalentReportWithdrawInput = z.object({ reason: requiredText(300), version: z.number().int().positive() });
export type TTalentReportWithdrawInput = z.infer<typeof ZTalentReportWithdrawInput>;

export const ZTalentReportParams = z.object({ id: z.uuid(), reportId: z.uuid() });
export const ZPublicTalentReportParams = z.object({ reportId: z.uuid() });

const count = z.number().int();

/** Demand per year of the window under one heading (an industry, a 专业类), with the enterprises wanting it. */
export const ZReportDemandRow = z.object({
  key: z.string(),
  name: z.string(),
  level: z.string().nullable(),
  demand: z.array(count),
  total: count,
  enterprises: count,
});
export type TReportDemandRow = z.infer<typeof ZReportDemandRow>;

export const ZReportGapRow = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  demand: count,
  supply: count,
  gap: count,
});
export type TReportGapRow = z.infer<typeof ZReportGapRow>;

export const ZReportTrendPoint = z.object({
  quarter: z.number().int().min(1).max(4),
  /** Where the figures come from: an earlier report's snapshot, this report, or nothing published for the quarter. */
  source: z.enum(['report', 'this', 'none']),
  numberLabel: z.string().nullable(),
  demand: count.nullable(),
  supply: count.nullable(),
  gap: count.nullable(),
});
export type TReportTrendPoint = z.infer<typeof ZReportTrendPoint>;

/** Every figure of a report: computed while it is a draft, stored as it was at publication. */
export const ZTalentReportFigures = z.object({
  /** The three years the enterprises' demand and the schools' graduates are counted over. */
  years: z.array(count),
  /** The day the figures were read: today for a draft, the publication day for a published report. */
  asOf: z.string(),
  totals: z.object({ demand: count, supply: count, gap: count, enterprises: count, majors: count }),
  byIndustry: z.array(ZReportDemandRow),
  byClass: z.array(ZReportDemandRow),
  gaps: z.array(ZReportGapRow),
  /** The majors the gap table leaves out (all but the largest), summed. */
  gapsOmitted: z.object({ majors: count, demand: count, supply: count, gap: count }).nullable(),
  shortage: z
    .object({
      title: z.string(),
      publishedOn: z.string(),
      rule: z.string(),
      entries: z.array(ZReportGapRow.extend({ enterprises: count })),
    })
    .nullable(),
  trend: z.array(ZReportTrendPoint),
  /** How the figures are counted, in words (the sharing of a demand over several majors among them). */
  notes: z.array(z.string()),
});
export type TTalentReportFigures = z.infer<typeof ZTalentReportFigures>;

const ZReportHead = z.object({
  id: z.string(),
  kind: z.enum(TALENT_REPORT_KIND_NAMES),
  year: count,
  quarter: count.nullable(),
  periodLabel: z.string(),
  title: z.string(),
  /** 2026年第3期, given at publication; null for a draft. */
  numberLabel: z.string().nullable(),
  status: z.enum(STATUS_NAMES),
  publishedOn: z.string().nullable(),
});

export const ZTalentReportSummary = ZReportHead.extend({ version: count, isGenerated: z.boolean() });
export type TTalentReportSummary = z.infer<typeof ZTalentReportSummary>;

export const ZTalentReportList = z.object({
  items: z.array(ZTalentReportSummary),
  abilities: z.object({ create: z.boolean() }),
});
export type TTalentReportList = z.infer<typeof ZTalentReportList>;

export const ZTalentReport = ZTalentReportSummary.extend({
  body: z.object({ id: z.string(), name: z.string() }),
  firstDay: z.string(),
  lastDay: z.string(),
  sections: ZTalentReportSections,
  figures: ZTalentReportFigures,
  withdrawnOn: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  abilities: z.object({ edit: z.boolean(), publish: z.boolean(), withdraw: z.boolean() }),
});
export type TTalentReport = z.infer<typeof ZTalentReport>;

export const ZPublicTalentReports = z.object({
  body: z.object({ id: z.string(), name: z.string() }),
  items: z.array(ZReportHead.omit({ status: true })),
});
export type TPublicTalentReports = z.infer<typeof ZPublicTalentReports>;
