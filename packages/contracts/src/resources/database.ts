/**
 * The dynamic resource database (动态资源数据库, docs/sources.md §9 R2; 工作计划 一(一) "建成动态资源数据库，为精准匹配与科学决策
 * 提供数据基础"): the accepted survey answers of a body's members as searchable entries, with a count per city.
 */
import { z } from 'zod';
import type { Bilingual } from '../i18n.js';
import { ZMajorClassCode, TRAINING_MODE_NAMES } from './survey.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const RESOURCE_KINDS = {
  major: l('专业', 'Major'),
  base: l('实训基地', 'Training base'),
  partner: l('合作企业', 'Enterprise partner'),
  course: l('开放课程', 'Open course'),
} as const;
export type ResourceKind = keyof typeof RESOURCE_KINDS;
export const RESOURCE_KIND_NAMES = Object.keys(RESOURCE_KINDS) as [ResourceKind, ...ResourceKind[]];

const flag = z.preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean().optional());

export const ZResourceSearchQuery = z.object({
  q: z.string().trim().max(50).optional(),
  kind: z.enum(RESOURCE_KIND_NAMES).optional(),
  cityCode: z
    .string()
    .trim()
    .regex(/^\d{4}00$/, { message: 'i18n:CITY_CODE' })
    .optional(),
  categoryCode: z
    .string()
    .trim()
    .regex(/^\d{2}$/, { message: 'i18n:MAJOR_CATEGORY_CODE' })
    .optional(),
  classCode: ZMajorClassCode.optional(),
  mode: z.enum(TRAINING_MODE_NAMES).optional(),
  openToMembers: flag,
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TResourceSearchQuery = z.infer<typeof ZResourceSearchQuery>;

export const ZResourceEntry = z.object({
  id: z.string(),
  kind: z.enum(RESOURCE_KIND_NAMES),
  title: z.string(),
  /** One line of what the entry offers: students, workstations and star level, fields, credits. */
  summary: z.string(),
  org: z.object({ id: z.string(), name: z.string() }),
  city: z.object({ code: z.string(), name: z.string() }).nullable(),
  major: z.object({ code: z.string(), name: z.string(), className: z.string() }).nullable(),
  mode: z.enum(TRAINING_MODE_NAMES).nullable(),
  openToMembers: z.boolean(),
  year: z.number().int(),
  isGenerated: z.boolean(),
});
export type TResourceEntry = z.infer<typeof ZResourceEntry>;

export const ZCityCount = z.object({
  cityCode: z.string(),
  cityName: z.string(),
  members: z.number().int(),
  majors: z.number().int(),
  bases: z.number().int(),
  workstations: z.number().int(),
  partners: z.number().int(),
  courses: z.number().int(),
});
export type TCityCount = z.infer<typeof ZCityCount>;

export const ZResourceSearchResult = z.object({
  items: z.array(ZResourceEntry),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Entries matching the search and filters, counted per city (the city view). */
  cities: z.array(ZCityCount),
});
export type TResourceSearchResult = z.infer<typeof ZResourceSearchResult>;
