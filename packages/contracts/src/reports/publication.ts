/**
 * Publication of quality reports and the three-level public display (docs/sources.md §9 Q5; 上海年报 6.4: “实施‘市、区、校’
 * 三级公示制度，市教委、区教育局、中职学校都要设置专栏公示年报”). Each published report carries what 上海年报's first
 * page prints: 公开形式, 公开时间, 公开网址.
 */
import { z } from 'zod';
import { defineErrors } from '../errors.js';
import { requiredText, ZIsoDate } from '../common.js';
import type { Bilingual } from '../i18n.js';
import { ZGeneratedReport } from './generated.js';
import { REPORT_LEVEL_NAMES } from './cycles.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

/** 公开形式 (上海年报: “上海市教育委员会官方网站专栏发布”; “各区、各职业学校在各自官方网站上设置专栏面向社会公开发布”). */
export const PUBLICATION_FORMS = {
  school_website: l('学校官方网站专栏发布', 'School website column'),
  enterprise_website: l('企业官方网站专栏发布', 'Enterprise website column'),
  district_website: l('区教育局官方网站专栏发布', 'District education bureau website column'),
  city_website: l('市教委官方网站专栏发布', 'City education commission website column'),
} as const;
export type PublicationForm = keyof typeof PUBLICATION_FORMS;
export const PUBLICATION_FORM_NAMES = Object.keys(PUBLICATION_FORMS) as [PublicationForm, ...PublicationForm[]];

/** 公开网址: an http(s) address (上海年报: “http://edu.sh.gov.cn/zyjy/”). */
export const ZPublicUrl = z
  .string()
  .trim()
  .max(500, { message: 'i18n:PUBLICATION_URL' })
  .regex(/^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i, { message: 'i18n:PUBLICATION_URL' });

export const ZPublicationInput = z.object({
  form: z.enum(PUBLICATION_FORM_NAMES),
  /** 公开时间, a Shanghai date; the platform's today when left out. */
  publishedOn: ZIsoDate.optional(),
  url: ZPublicUrl,
});
export type TPublicationInput = z.infer<typeof ZPublicationInput>;

export const ZPublicationWithdrawal = z.object({ reason: requiredText(500) });
export type TPublicationWithdrawal = z.infer<typeof ZPublicationWithdrawal>;

export const ZPublication = z.object({
  form: z.enum(PUBLICATION_FORM_NAMES),
  publishedOn: z.string(),
  url: z.string(),
  /** The report's page on Chanjiao, readable without signing in; stable across withdrawal and republication. */
  publicPath: z.string(),
  /** Published no later than the cycle's publication deadline. */
  onTime: z.boolean(),
});
export type TPublication = z.infer<typeof ZPublication>;

/** A report's publication as its publisher sees it: what is published, and whether the user may publish or withdraw. */
export const ZPublicationState = z.object({
  publication: ZPublication.nullable(),
  publishDeadline: z.string(),
  /** Why it cannot be published now (not approved yet, …), or null. */
  blockedReason: z.string().nullable(),
  mayPublish: z.boolean(),
  mayWithdraw: z.boolean(),
  suggestedForm: z.enum(PUBLICATION_FORM_NAMES),
  withdrawals: z.array(z.object({ at: z.string(), reason: z.string(), actorName: z.string().nullable() })),
});
export type TPublicationState = z.infer<typeof ZPublicationState>;

const ZRef = z.object({ id: z.string(), name: z.string() });

/** One published report in a column: nothing personal, only the unit, the report and its publication. */
export const ZPublicEntry = z.object({
  org: ZRef,
  level: z.enum([...REPORT_LEVEL_NAMES, 'authority']),
  title: z.string(),
  publication: ZPublication,
  /** The unit's own column (a district that publishes its schools' reports), if it has one. */
  columnOrgId: z.string().nullable(),
});
export type TPublicEntry = z.infer<typeof ZPublicEntry>;

export const COLUMN_KINDS = { city: l('市级', 'City'), district: l('区级', 'District') } as const;
export type ColumnKind = keyof typeof COLUMN_KINDS;

export const ZPublicColumn = z.object({
  org: ZRef,
  kind: z.enum(['city', 'district']),
  years: z.array(
    z.object({
      reportYear: z.number(),
      cycleTitle: z.string(),
      /** The authority's own report (区级年报 / 市级年报). */
      own: ZPublicEntry.nullable(),
      districts: z.array(ZPublicEntry),
      schools: z.array(ZPublicEntry),
      enterprises: z.array(ZPublicEntry),
    }),
  ),
});
export type TPublicColumn = z.infer<typeof ZPublicColumn>;

export const ZPublicColumns = z.object({
  items: z.array(z.object({ org: ZRef, kind: z.enum(['city', 'district']), published: z.number() })),
});
export type TPublicColumns = z.infer<typeof ZPublicColumns>;

export const ZPublicReport = z.object({
  org: ZRef,
  /** The authority whose column lists it. */
  column: ZRef,
  reportYear: z.number(),
  publication: ZPublication,
  report: ZGeneratedReport,
});
export type TPublicReport = z.infer<typeof ZPublicReport>;

export const PUBLICATION_ERRORS = defineErrors({
  REPORT_PUBLICATION_REFUSED: {
    status: 409,
    message: { 'zh-CN': '不能公开发布：{reason}', 'en-US': 'Cannot publish: {reason}' },
  },
  REPORT_NOT_PUBLISHED: {
    status: 409,
    message: { 'zh-CN': '该年报尚未公开发布，无需撤回', 'en-US': 'The report is not published; there is nothing to withdraw' },
  },
});

export const PUBLICATION_VALIDATION_MESSAGES = {
  PUBLICATION_URL: l(
    '应为以 http:// 或 https:// 开头的完整网址，例如 http://edu.sh.gov.cn/zyjy/',
    'must be a full address starting with http:// or https://, e.g. http://edu.sh.gov.cn/zyjy/',
  ),
} satisfies Record<string, Bilingual>;

export const PUBLICATION_LABELS: Record<string, Bilingual> = {
  form: l('公开形式', 'Form of publication'),
  publishedOn: l('公开时间', 'Publication date'),
  url: l('公开网址', 'Public address'),
};
