/**
 * The personal-data rights of the people the resources module names (个人信息保护法): students nominated to cross-selected
 * courses and teachers named in exchange agreements or hosting a course. Everyone sees them masked; a holder of `personal.unmask` reveals one
 * person with a stated purpose (audited); the home school or the secretariat exports everything held on a person and
 * erases it on the person's request, keeping what a law or the alliance's rules require under a pseudonym.
 */
import { z } from 'zod';
import { requiredText } from '../common.js';
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const PERSON_KINDS = {
  student: l('跨校选修学生', 'Cross-selection student'),
  teacher: l('互派或主讲教师', 'Exchanged or hosting teacher'),
} as const;
export type PersonKind = keyof typeof PERSON_KINDS;
export const PERSON_KIND_NAMES = Object.keys(PERSON_KINDS) as [PersonKind, ...PersonKind[]];

/** What erasure does to one kind of record: replace it by a pseudonym, delete it, or hold it. */
export const ERASURE_TREATMENTS = {
  pseudonymise: l('以假名替换', 'Replaced by a pseudonym'),
  erase: l('删除', 'Deleted'),
  hold: l('依法保留（假名化）', 'Held under a pseudonym'),
} as const;
export type ErasureTreatment = keyof typeof ERASURE_TREATMENTS;

const ZBilingual = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
const ZOrgRef = z.object({ id: z.string(), name: z.string() });

export const ZPeopleParams = z.object({ id: z.uuid() });
export const ZPeopleQuery = z.object({
  /** A full name, student number or phone: matched whole, so a masked list cannot be mined letter by letter. */
  q: z.string().trim().max(30).optional(),
});
export const ZPersonParams = z.object({ id: z.uuid(), kind: z.enum(PERSON_KIND_NAMES), personId: z.uuid() });

export const ZPersonSummary = z.object({
  kind: z.enum(PERSON_KIND_NAMES),
  id: z.string(),
  org: ZOrgRef,
  /** Masked (张**), or the pseudonym once erased. */
  name: z.string(),
  /** Student number or phone, masked; null once erased or when none was given. */
  identifier: z.string().nullable(),
  /** Courses taken (student), or exchange agreements and hosted courses (teacher). */
  records: z.number(),
  erasedAt: z.string().nullable(),
});
export type TPersonSummary = z.infer<typeof ZPersonSummary>;

export const ZPeopleList = z.object({ items: z.array(ZPersonSummary) });

export const ZPersonCourse = z.object({
  courseName: z.string(),
  host: ZOrgRef,
  term: z.string(),
  credits: z.number(),
  status: z.string(),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
  recognition: z
    .object({ outcome: z.string(), credits: z.number(), grade: z.string().nullable(), ownCourseName: z.string().nullable() })
    .nullable(),
});
export type TPersonCourse = z.infer<typeof ZPersonCourse>;

export const ZPersonExchange = z.object({
  id: z.string(),
  partner: z.string(),
  place: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.string(),
  hours: z.number().nullable(),
});
export type TPersonExchange = z.infer<typeof ZPersonExchange>;

/** A cross-selected course the teacher is named as host teacher of. */
export const ZPersonHostedCourse = z.object({
  id: z.string(),
  courseName: z.string(),
  term: z.string(),
  hours: z.number(),
  credits: z.number(),
  /** open | closed */
  status: z.string(),
});
export type TPersonHostedCourse = z.infer<typeof ZPersonHostedCourse>;

export const ZErasureRule = z.object({
  kind: z.enum(PERSON_KIND_NAMES),
  record: ZBilingual,
  treatment: z.enum(['pseudonymise', 'erase', 'hold']),
  why: ZBilingual,
  basis: z.string(),
});
export type TErasureRule = z.infer<typeof ZErasureRule>;

export const ZPerson = ZPersonSummary.extend({
  major: z.string().nullable(),
  courses: z.array(ZPersonCourse),
  exchanges: z.array(ZPersonExchange),
  hostedCourses: z.array(ZPersonHostedCourse),
  creditsRecognised: z.number(),
  /** What erasure would delete and what it keeps, and why. */
  erasureRules: z.array(ZErasureRule),
  mayReveal: z.boolean(),
  mayHandle: z.boolean(),
});
export type TPerson = z.infer<typeof ZPerson>;

export const ZRevealInput = z.object({ purpose: requiredText(200) });
export type TRevealInput = z.infer<typeof ZRevealInput>;

export const ZRevealedPerson = z.object({
  name: z.string(),
  identifier: z.string().nullable(),
  major: z.string().nullable(),
});
export type TRevealedPerson = z.infer<typeof ZRevealedPerson>;

export const ZPersonExportQuery = z.object({
  format: z.enum(['json', 'xlsx']),
  /** The data subject's request the export answers (who asked, when, how). */
  request: requiredText(200),
});
export type TPersonExportQuery = z.infer<typeof ZPersonExportQuery>;

export const ZErasureInput = z.object({ request: requiredText(200) });
export type TErasureInput = z.infer<typeof ZErasureInput>;

export const ZErasureResult = z.object({
  pseudonym: z.string(),
  erasedAt: z.string(),
  /** True when the person had been erased before: nothing was changed again. */
  already: z.boolean(),
  held: z.array(z.object({ record: ZBilingual, count: z.number() })),
});
export type TErasureResult = z.infer<typeof ZErasureResult>;

export const PEOPLE_ERRORS = defineErrors({
  RESOURCES_REQUEST_NAMES_PERSON: {
    status: 400,
    message: {
      'zh-CN': '请求说明会写入不可更改的审计日志，请只写申请日期和方式（如“2026-12-01 本人书面申请”），不要写姓名、学号或电话',
      'en-US':
        'The request note goes into the audit log, which cannot be changed: give the date and channel only, no name, number or phone',
    },
  },
  RESOURCES_PERSON_ERASED: {
    status: 409,
    message: {
      'zh-CN': '该人员的个人信息已于 {date} 应本人请求删除，平台只保留假名“{pseudonym}”下依法须保存的记录',
      'en-US': 'This person’s data was erased on request on {date}; the platform keeps only the records it must, under “{pseudonym}”',
    },
  },
});

export const PEOPLE_LABELS: Record<string, Bilingual> = {
  purpose: l('查看目的', 'Purpose'),
  request: l('个人信息请求说明', 'The person’s request'),
  format: l('导出格式', 'Format'),
  kind: l('人员类别', 'Kind'),
  personId: l('人员', 'Person'),
};
