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
 * 章程第六条: the chair rotates every `termYears` among member schools of different cities. The schedule is
 * computed by the chair rules; these are the charter's settings for it.
 */
export const ZChairRotationRule = z.object({
  termYears: z.number().int().min(1).max(10),
  /** Each term's chair comes from a different city than the previous one's. */
  differentCityEachTerm: z.boolean(),
});
export type TChairRotationRule = z.infer<typeof ZChairRotationRule>;

export const DEFAULT_CHAIR_ROTATION: TChairRotationRule = { termYears: 1, differentCityEachTerm: true };

/** The settings an amendment may change, all at once. */
export const ZCharterSettings = z.object({
  parameters: ZCharterParameters,
  chairRotation: ZChairRotationRule,
});
export type TCharterSettings = z.infer<typeof ZCharterSettings>;

/** Registering the charter a body already adopted (only when it has none yet). */
export const ZCharterRegistration = ZCharterSettings.extend({
  text: requiredText(50_000),
  effectiveOn: ZIsoDate,
  note: requiredText(500),
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
  effectiveOn: l('生效日期', 'Effective on'),
  note: l('说明', 'Note'),
  parameters: l('章程参数', 'Charter parameters'),
  chairRotation: l('轮值主席规则', 'Chair rotation rule'),
  termYears: l('轮值年限', 'Years per chair term'),
  differentCityEachTerm: l('每届来自不同城市', 'A different city each term'),
};
