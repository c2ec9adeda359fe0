/**
 * A body's charter (章程) as data: versioned text plus the parameters the governance rules read. Version 1 is
 * the charter as registered (e.g. adopted at the founding meeting, 章程第二十九条); every later version is
 * made only by a charter-amendment vote of the joint meeting (章程第八条、第二十六条).
 */
import { z } from 'zod';
import { requiredText, ZIsoDate } from '../common.js';
import { defineErrors } from '../errors.js';
import { ZCharterParameters } from '../governance-rules.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

/**
 * Among whom the chair rotates. 章程第六条 of the seed charter: "由不同城市的成员院校轮流担任" — consecutive terms
 * from different cities (`city`). A body whose members all sit in one city (a 区职教联盟) rotates among its
 * member units instead: the same unit never chairs two consecutive terms (`member`). `none`: the charter sets
 * no such condition, so the rotation may give consecutive terms to the same city.
 */
export const CHAIR_ROTATION_BASES = ['city', 'member', 'none'] as const;
export type ChairRotationBasis = (typeof CHAIR_ROTATION_BASES)[number];

/** The charter's settings for the rotating chair (章程第六条); the schedule is computed by the chair rules. */
export const ZChairRotationRule = z.object({
  termYears: z.number().int().min(1).max(10),
  basis: z.enum(CHAIR_ROTATION_BASES),
});
export type TChairRotationRule = z.infer<typeof ZChairRotationRule>;

export const DEFAULT_CHAIR_ROTATION: TChairRotationRule = { termYears: 1, basis: 'city' };

export const CHAIR_ROTATION_BASIS_LABELS: Record<ChairRotationBasis, Bilingual> = {
  city: l('相邻两届由不同城市的成员院校担任', 'consecutive terms from member schools of different cities'),
  member: l('在成员单位之间轮流，同一单位不连任', 'rotates among the member units; no unit chairs two terms running'),
  none: l('不限城市或单位', 'no condition on city or unit'),
};

/**
 * A charter is read article by article (第一条 …): its text must hold at least one line that begins with an
 * article number, the way the charter page lays it out (chapters 第一章, articles 第一条, items （一）).
 */
const ARTICLE_LINE = /^\s*第[一二三四五六七八九十百零〇]+条/m;
export function hasArticles(text: string): boolean {
  return ARTICLE_LINE.test(text);
}

export const CHARTER_VALIDATION_MESSAGES = {
  CHARTER_TEXT_NO_ARTICLES: l(
    '未识别到条文：请按“第一条 ……”的格式逐条填写（每条另起一行，章标题写作“第一章 总则”）',
    'no articles found: write the charter article by article, each on its own line beginning “第一条 …” (chapters as “第一章 总则”)',
  ),
} satisfies Record<string, Bilingual>;

/** The settings an amendment may change, all at once. */
export const ZCharterSettings = z.object({
  parameters: ZCharterParameters,
  chairRotation: ZChairRotationRule,
});
export type TCharterSettings = z.infer<typeof ZCharterSettings>;

/**
 * Registering the charter a body already adopted, when the platform knows none yet: by the platform
 * administrator, or by the body's secretariat recording the founding meeting that adopted it (章程第二十九条).
 * `effectiveOn` is the day it was adopted; `adoptionBasis` the meeting and the document that record it (kept as
 * the version's `note`).
 */
export const ZCharterRegistration = ZCharterSettings.extend({
  charterTitle: requiredText(100),
  text: requiredText(50_000).refine(hasArticles, { message: 'i18n:CHARTER_TEXT_NO_ARTICLES' }),
  effectiveOn: ZIsoDate,
  adoptionBasis: requiredText(500),
});
export type TCharterRegistration = z.infer<typeof ZCharterRegistration>;

/** What a charter-amendment agenda item proposes: new settings, and new text when the wording changes. */
export const ZCharterAmendmentProposal = ZCharterSettings.extend({
  text: requiredText(50_000).optional(),
});
export type TCharterAmendmentProposal = z.infer<typeof ZCharterAmendmentProposal>;

export const ZCharterVersion = z.object({
  id: z.string(),
  bodyId: z.string(),
  /** 《…章程》 as adopted; an amendment keeps it. */
  title: z.string(),
  versionNo: z.number().int(),
  text: z.string(),
  parameters: ZCharterParameters,
  chairRotation: ZChairRotationRule,
  effectiveOn: z.string(),
  /** The agenda item whose vote adopted this version; null for the registered original. */
  adoptedByItemId: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type TCharterVersion = z.infer<typeof ZCharterVersion>;

export const ZCharterView = z.object({
  current: ZCharterVersion.nullable(),
  history: z.array(ZCharterVersion.omit({ text: true })),
  /** Rules in words, e.g. "到会成员三分之二以上（≥2/3）同意", so the UI states which denominator is in force. */
  ruleTexts: z.record(z.string(), z.string()),
  abilities: z.object({ register: z.boolean(), proposeAmendment: z.boolean() }),
});
export type TCharterView = z.infer<typeof ZCharterView>;

export const CHARTER_ERRORS = defineErrors({
  CHARTER_MISSING: {
    status: 409,
    message: {
      'zh-CN': '该联盟/联合体尚未登记章程，请秘书处先在“章程”页登记现行章程及其表决规则',
      'en-US': 'This body has no charter on record; the secretariat must first register the charter and its voting rules',
    },
  },
  CHARTER_ALREADY_REGISTERED: {
    status: 409,
    message: {
      'zh-CN': '章程已登记（现行第 {versionNo} 版）；修改章程须在校长联席会议议程中提出章程修改议题并表决通过',
      'en-US': 'A charter is already on record (version {versionNo}); changes need a charter-amendment item voted at the joint meeting',
    },
  },
});

export const CHARTER_LABELS: Record<string, Bilingual> = {
  text: l('章程全文', 'Charter text'),
  effectiveOn: l('通过（生效）日期', 'Adopted (in force) on'),
  note: l('说明', 'Note'),
  adoptionBasis: l('登记依据（通过章程的会议及文件）', 'Basis (the meeting and document that adopted it)'),
  parameters: l('章程参数', 'Charter parameters'),
  chairRotation: l('轮值主席规则', 'Chair rotation rule'),
  termYears: l('轮值年限', 'Years per chair term'),
  basis: l('轮换方式', 'Rotation among'),
  charterTitle: l('章程名称', 'Charter title'),
};
