/**
 * The rotating chair schedule (轮值主席单位, 章程第六、七条): planned for a number of years from the member
 * schools, with years the joint meeting fixed (overrides) and why.
 */
import { z } from 'zod';
import { requiredText, ZIsoDate } from '../common.js';
import { ZChairRotationRule } from './charter.js';
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const CHAIR_SOURCES = ['first', 'override', 'rotation', 'new_round'] as const;
export type ChairSourceName = (typeof CHAIR_SOURCES)[number];
export const CHAIR_SOURCE_LABELS: Record<ChairSourceName, Bilingual> = {
  first: l('首届指定', 'Designated first chair'),
  override: l('会议决定', 'Fixed by the meeting'),
  rotation: l('按城市轮换', 'Rotation'),
  new_round: l('提前开始新一轮', 'Next round started early'),
};

export const ZChairYear = z.object({
  year: z.number().int(),
  org: z.object({ id: z.uuid(), name: z.string() }),
  city: z.string(),
  source: z.enum(CHAIR_SOURCES),
  /** Why this unit chairs this year, in the request's language. */
  explanation: z.string(),
});
export type TChairYear = z.infer<typeof ZChairYear>;

export const ZChairOverride = z.object({
  id: z.uuid(),
  year: z.number().int(),
  org: z.object({ id: z.uuid(), name: z.string() }),
  reason: z.string(),
  decidedOn: z.string(),
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type TChairOverride = z.infer<typeof ZChairOverride>;

export const ZChairSchedule = z.object({
  /** Null until the secretariat first generates the schedule. */
  plan: z
    .object({
      firstYear: z.number().int(),
      years: z.number().int(),
      firstOrg: z.object({ id: z.uuid(), name: z.string() }),
      generatedAt: z.string(),
      version: z.number().int(),
    })
    .nullable(),
  years: z.array(ZChairYear),
  overrides: z.array(ZChairOverride),
  /** The member schools the rotation draws on, with their city. */
  candidates: z.array(z.object({ id: z.uuid(), name: z.string(), city: z.string(), joinedOn: z.string() })),
  /** The charter's rotation rule the schedule follows; source 'default' while the body has no registered charter. */
  rule: ZChairRotationRule.extend({ source: z.enum(['charter', 'default']) }),
  abilities: z.object({ manage: z.boolean() }),
});
export type TChairSchedule = z.infer<typeof ZChairSchedule>;

export const ZChairPlanInput = z.object({
  firstYear: z.number().int().min(2000).max(2200),
  years: z.number().int().min(1).max(100),
  /** The designated first chair unit (简报第1期: 上海市曹杨职业技术学校 for 2026). */
  firstOrgId: z.uuid(),
  /** The plan being replaced; omitted for the first plan. */
  version: z.number().int().optional(),
});
export type TChairPlanInput = z.infer<typeof ZChairPlanInput>;

/** 章程第六条 leaves the order to the joint meeting: it may fix a year, and the reason is kept. */
export const ZChairOverrideInput = z.object({
  year: z.number().int().min(2000).max(2200),
  orgId: z.uuid(),
  reason: requiredText(500),
  decidedOn: ZIsoDate,
});
export type TChairOverrideInput = z.infer<typeof ZChairOverrideInput>;

export const ZChairOverrideParams = z.object({ id: z.uuid(), overrideId: z.uuid() });

export const CHAIR_ERRORS = defineErrors({
  CHAIR_PLAN_MISSING: {
    status: 409,
    message: {
      'zh-CN': '尚未排定轮值主席单位：请先填写首届年份和首届轮值主席单位并生成排班表',
      'en-US': 'No chair schedule yet: enter the first year and the first chair unit and generate the schedule first',
    },
  },
  CHAIR_NOT_A_SCHOOL: {
    status: 409,
    message: {
      'zh-CN': '“{org}”不是本联盟的在册成员院校，轮值主席单位只能由成员院校担任（章程第六条）',
      'en-US': '“{org}” is not a current member school; only member schools chair (charter art. 6)',
    },
  },
  CHAIR_YEAR_ALREADY_FIXED: {
    status: 409,
    message: {
      'zh-CN': '{year} 年已有会议决定指定的轮值主席单位；如需改变，请先撤销原决定',
      'en-US': 'The meeting has already fixed {year}; revoke that decision first to change it',
    },
  },
});

export const CHAIR_LABELS: Record<string, Bilingual> = {
  firstYear: l('首届年份', 'First year'),
  years: l('排定年数', 'Number of years'),
  firstOrgId: l('首届轮值主席单位', 'First chair unit'),
  year: l('年份', 'Year'),
  decidedOn: l('决定日期', 'Decided on'),
};
