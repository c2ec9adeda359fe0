/**
 * Parameters of a body's charter (章程) that the governance rules read, with the defaults of the 沿沪宁 alliance
 * charter (《沿沪宁产业创新带职业院校联盟章程》). They are data so that each body, and each amendment of its charter, can change them;
 * changing them amends the charter, which takes the vote of 章程第二十六条. The secretariat edits them through these schemas.
 */
import { z } from 'zod';
import { ZIsoDate } from './common.js';
import { defineErrors } from './errors.js';
import type { Bilingual } from './i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

/** 以上 (at least, ≥) or 过/超过 (more than, >), per 民法典第一千二百五十九条. */
export const COMPARATORS = ['gte', 'gt'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** Whose number a fraction is taken of: members present, all members entitled to vote, or yes + no votes. */
export const VOTE_BASES = ['present', 'entitled', 'cast'] as const;
export type VoteBase = (typeof VOTE_BASES)[number];

export const VOTE_BASE_LABELS: Record<VoteBase, Bilingual> = {
  present: l('到会成员', 'members present'),
  entitled: l('全体有表决权成员', 'members entitled to vote'),
  cast: l('有效表决票（同意与反对）', 'votes cast (yes and no)'),
};

const fractionShape = {
  numerator: z.number().int().min(1),
  denominator: z.number().int().min(1),
  comparator: z.enum(COMPARATORS),
};

const properFraction = (value: { numerator: number; denominator: number }) => value.numerator <= value.denominator;
const PROPER_FRACTION = { message: 'i18n:FRACTION_AT_MOST_ONE', path: ['numerator'] };

export const ZVoteThreshold = z.object({ ...fractionShape, base: z.enum(VOTE_BASES) }).refine(properFraction, PROPER_FRACTION);
export type TVoteThreshold = z.infer<typeof ZVoteThreshold>;

/** A quorum (法定人数) is always a share of the members entitled to vote. */
export const ZQuorum = z.object({ ...fractionShape, base: z.literal('entitled') }).refine(properFraction, PROPER_FRACTION);
export type TQuorum = z.infer<typeof ZQuorum>;

/** A period in years, months and days (民法典第二百条至第二百零四条). */
export const ZPeriod = z
  .object({
    years: z.number().int().min(0).max(100).optional(),
    months: z.number().int().min(0).max(1200).optional(),
    days: z.number().int().min(0).max(36500).optional(),
  })
  .refine((value) => (value.years ?? 0) + (value.months ?? 0) + (value.days ?? 0) > 0, {
    message: 'i18n:PERIOD_NOT_EMPTY',
  });
export type TPeriod = z.infer<typeof ZPeriod>;

export const ZCharterParameters = z
  .object({
    votes: z.object({
      /** 第八条: resolutions, and the admission, withdrawal and other decisions of 第九条. */
      resolution: ZVoteThreshold,
      /** 第八条, 第二十六条. */
      charterAmendment: ZVoteThreshold,
      /** 第八条, 第二十七条. */
      termination: ZVoteThreshold,
      /** 第二十一条. */
      expulsion: ZVoteThreshold,
    }),
    /** The seed charter sets no quorum; a body whose charter does sets it here. */
    quorum: ZQuorum.nullable(),
    /** 第二十条(一). */
    withdrawalNotice: ZPeriod,
    /** 第二十一条(五). */
    expulsionBan: ZPeriod,
    /** 第二十一条(二). */
    unexcusedAbsencesForExpulsion: z.number().int().min(1).max(20),
    /** 第十四条. */
    committeeTerm: ZPeriod,
    /** 第十四条 "可连任" sets no limit: null. */
    committeeTermRenewalLimit: z.number().int().min(0).nullable(),
    /** 附件3 四: 每季度1-2篇. */
    bulletinsPerQuarterMin: z.number().int().min(0),
    bulletinsPerQuarterMax: z.number().int().min(0),
  })
  .refine((value) => value.bulletinsPerQuarterMin <= value.bulletinsPerQuarterMax, {
    message: 'i18n:MIN_NOT_ABOVE_MAX',
    path: ['bulletinsPerQuarterMax'],
  });
export type TCharterParameters = z.infer<typeof ZCharterParameters>;

export const DEFAULT_CHARTER_PARAMETERS: TCharterParameters = {
  votes: {
    resolution: { numerator: 1, denominator: 2, comparator: 'gte', base: 'present' },
    charterAmendment: { numerator: 2, denominator: 3, comparator: 'gte', base: 'present' },
    termination: { numerator: 2, denominator: 3, comparator: 'gte', base: 'present' },
    expulsion: { numerator: 1, denominator: 2, comparator: 'gte', base: 'present' },
  },
  quorum: null,
  withdrawalNotice: { months: 1 },
  expulsionBan: { years: 2 },
  unexcusedAbsencesForExpulsion: 2,
  committeeTerm: { years: 2 },
  committeeTermRenewalLimit: null,
  bulletinsPerQuarterMin: 1,
  bulletinsPerQuarterMax: 2,
};

/**
 * The rest days a period's last day moves past (民法典第二百零三条). Weekends count when `weekendsAreRestDays`,
 * except the make-up working days (调休上班) listed in `workingDays`. The State Council publishes the dates
 * each year, so the operator keeps them as data.
 */
export const ZHolidayCalendar = z.object({
  holidays: z.array(ZIsoDate),
  workingDays: z.array(ZIsoDate).default([]),
  weekendsAreRestDays: z.boolean(),
});
export type THolidayCalendar = z.input<typeof ZHolidayCalendar>;

/** Platform settings, not charter articles: when to remind the secretariat before a committee term ends. */
export const ZGovernanceReminders = z.object({ committeeTermDaysBefore: z.number().int().min(0).max(365) });
export type TGovernanceReminders = z.infer<typeof ZGovernanceReminders>;
export const DEFAULT_GOVERNANCE_REMINDERS: TGovernanceReminders = { committeeTermDaysBefore: 60 };

export const GOVERNANCE_RULE_ERRORS = defineErrors({
  VOTE_COUNTS_INVALID: {
    status: 400,
    message: {
      'zh-CN': '表决人数不一致：{detail}。请核对应到人数、到会人数和各选项票数',
      'en-US': 'The vote counts do not add up: {detail}. Check the members entitled, present and each option’s votes',
    },
  },
  VOTE_RULE_INVALID: {
    status: 400,
    message: {
      'zh-CN': '表决规则无效：{detail}。请按章程填写分数（如二分之一、三分之二）',
      'en-US': 'The voting rule is invalid: {detail}. Enter the charter’s fraction (such as 1/2 or 2/3)',
    },
  },
  RULE_DATE_INVALID: {
    status: 400,
    message: {
      'zh-CN': '日期“{date}”无效，请填写真实存在的日期（格式 YYYY-MM-DD）',
      'en-US': 'The date “{date}” is invalid; enter a real date written YYYY-MM-DD',
    },
  },
  CHAIR_ROTATION_IMPOSSIBLE: {
    status: 409,
    message: {
      'zh-CN': '无法排定 {year} 年的轮值主席单位：{reason}',
      'en-US': 'No rotating chair can be scheduled for {year}: {reason}',
    },
  },
});

/** Messages of the refinements above, keyed as `VALIDATION_MESSAGES` expects (`i18n:KEY`). */
export const GOVERNANCE_RULE_VALIDATION_MESSAGES = {
  FRACTION_AT_MOST_ONE: l('分子不能大于分母（比例最多为全体）', 'the numerator cannot exceed the denominator'),
  PERIOD_NOT_EMPTY: l('期限至少填写年、月、日中的一项且大于 0', 'give at least one of years, months or days above 0'),
  MIN_NOT_ABOVE_MAX: l('最多篇数不能小于最少篇数', 'the maximum cannot be below the minimum'),
} satisfies Record<string, Bilingual>;

export const GOVERNANCE_RULE_LABELS: Record<string, Bilingual> = {
  votes: l('表决规则', 'Voting rules'),
  resolution: l('一般决议', 'Resolutions'),
  charterAmendment: l('章程修改', 'Charter amendment'),
  termination: l('联盟终止', 'Termination'),
  expulsion: l('成员除名', 'Expulsion'),
  quorum: l('法定人数', 'Quorum'),
  numerator: l('分子', 'Numerator'),
  denominator: l('分母', 'Denominator'),
  comparator: l('比较方式（以上／超过）', 'Comparison (at least / more than)'),
  base: l('计算基数', 'Counted against'),
  years: l('年数', 'Years'),
  months: l('月数', 'Months'),
  days: l('天数', 'Days'),
  withdrawalNotice: l('退会提前期', 'Withdrawal notice'),
  expulsionBan: l('除名后不得再申请期限', 'Re-application ban after expulsion'),
  unexcusedAbsencesForExpulsion: l('连续无故缺席次数', 'Consecutive unexcused absences'),
  committeeTerm: l('专项工作委员会任期', 'Committee term'),
  committeeTermRenewalLimit: l('连任次数上限', 'Renewal limit'),
  bulletinsPerQuarterMin: l('每季度简讯最少篇数', 'Bulletins per quarter (minimum)'),
  bulletinsPerQuarterMax: l('每季度简讯最多篇数', 'Bulletins per quarter (maximum)'),
  holidays: l('法定节假日', 'Public holidays'),
  workingDays: l('调休上班日', 'Make-up working days'),
  weekendsAreRestDays: l('周末为休息日', 'Weekends are rest days'),
  committeeTermDaysBefore: l('任期届满前提醒天数', 'Reminder days before a term ends'),
};
