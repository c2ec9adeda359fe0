/**
 * The registers a city or district report's tables are built from (issue: quality annual reports, "Registers"): 项目与荣誉
 * — projects, honours, awards, bases and centres with their level and year, the school holding them and the people
 * named (上海年报 表1–20 and 普陀区年报 表4 are all such lists) — and 案例, the cases a report tells. A report's register
 * block lists the entries one filter selects as a numbered table.
 */
import { z } from 'zod';
import { optionalText, requiredText } from '../common.js';
import type { Bilingual } from '../i18n.js';
import { ZMajorCode } from '../talent/demand-supply.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const REGISTER_KINDS = {
  project: l('项目', 'Project'),
  honour: l('荣誉', 'Honour'),
  award: l('奖项', 'Award'),
  base: l('基地', 'Base'),
  centre: l('中心', 'Centre'),
} as const;
export type RegisterKind = keyof typeof REGISTER_KINDS;
export const REGISTER_KIND_NAMES = Object.keys(REGISTER_KINDS) as [RegisterKind, ...RegisterKind[]];

export const REGISTER_LEVELS = {
  national: l('国家级', 'National'),
  city: l('市级', 'City'),
  district: l('区级', 'District'),
} as const;
export type RegisterLevel = keyof typeof REGISTER_LEVELS;
export const REGISTER_LEVEL_NAMES = Object.keys(REGISTER_LEVELS) as [RegisterLevel, ...RegisterLevel[]];

/** 上海年报 keeps 中职 (表1–12) and 高职 (表13–18) apart. */
export const REGISTER_SCHOOL_LEVELS = {
  secondary: l('中职', 'Secondary vocational'),
  higher: l('高职', 'Higher vocational'),
} as const;
export type RegisterSchoolLevel = keyof typeof REGISTER_SCHOOL_LEVELS;
export const REGISTER_SCHOOL_LEVEL_NAMES = Object.keys(REGISTER_SCHOOL_LEVELS) as [RegisterSchoolLevel, ...RegisterSchoolLevel[]];

/** Limits of one entry, as data: the longest printed cell of the seeds is far below them. */
export const REGISTER_LIMITS = { people: 30, extraCells: 12, extraKey: 30, extraValue: 300, caseImages: 8, caseSchools: 10, blocks: 60 };

const ZYear = z.coerce.number().int().min(2000).max(2100);

const ZExtraCells = z
  .record(requiredText(REGISTER_LIMITS.extraKey), requiredText(REGISTER_LIMITS.extraValue))
  .refine((cells) => Object.keys(cells).length <= REGISTER_LIMITS.extraCells, { message: 'i18n:REGISTER_EXTRA_CELLS' });

export const ZRegisterEntryInput = z.object({
  kind: z.enum(REGISTER_KIND_NAMES),
  level: z.enum(REGISTER_LEVEL_NAMES),
  year: ZYear,
  schoolLevel: z.enum(REGISTER_SCHOOL_LEVEL_NAMES),
  name: requiredText(200),
  /** The holding school (or schools, as printed); linked to the organisation whose name it is. */
  holderSchool: requiredText(200),
  majorCode: z.preprocess((v) => (v === '' || v === null ? undefined : v), ZMajorCode.optional()),
  majorName: optionalText(100),
  people: z.array(requiredText(60)).max(REGISTER_LIMITS.people).default([]),
  extra: ZExtraCells.default({}),
  /** Where the row comes from, e.g. “上海年报2024 表3”. */
  sourceTable: optionalText(60),
});
export type TRegisterEntryInput = z.infer<typeof ZRegisterEntryInput>;

export const ZRegisterEntryUpdate = ZRegisterEntryInput.extend({ version: z.number().int().min(1) });
export type TRegisterEntryUpdate = z.infer<typeof ZRegisterEntryUpdate>;

const ZHolder = z.object({ orgId: z.string().nullable(), name: z.string() });

export const ZRegisterEntry = z.object({
  id: z.string(),
  kind: z.enum(REGISTER_KIND_NAMES),
  level: z.enum(REGISTER_LEVEL_NAMES),
  year: z.number(),
  schoolLevel: z.enum(REGISTER_SCHOOL_LEVEL_NAMES),
  name: z.string(),
  holder: ZHolder,
  majorCode: z.string().nullable(),
  majorName: z.string().nullable(),
  people: z.array(z.string()),
  extra: z.record(z.string(), z.string()),
  sourceTable: z.string().nullable(),
  version: z.number(),
});
export type TRegisterEntry = z.infer<typeof ZRegisterEntry>;

/** Which entries a list or a report block shows; every condition given must hold. */
export const ZRegisterFilter = z.object({
  kind: z.enum(REGISTER_KIND_NAMES).optional(),
  level: z.enum(REGISTER_LEVEL_NAMES).optional(),
  year: ZYear.optional(),
  schoolLevel: z.enum(REGISTER_SCHOOL_LEVEL_NAMES).optional(),
  sourceTable: optionalText(60),
  /** Part of the name, the school, the major or a person. */
  keyword: optionalText(50),
});
export type TRegisterFilter = z.infer<typeof ZRegisterFilter>;

export const ZRegisterEntryList = z.object({
  items: z.array(ZRegisterEntry),
  /** Every source table of the cycle's entries, for the filter. */
  sourceTables: z.array(z.string()),
  mayManage: z.boolean(),
});
export type TRegisterEntryList = z.infer<typeof ZRegisterEntryList>;

export const ZRegisterEntryParams = z.object({ id: z.uuid(), entryId: z.uuid() });
export const ZRegisterCaseParams = z.object({ id: z.uuid(), caseId: z.uuid() });
export const ZRegisterCaseImageParams = z.object({ id: z.uuid(), caseId: z.uuid(), fileId: z.uuid() });

export const ZRegisterCaseInput = z.object({
  title: requiredText(200),
  schools: z.array(requiredText(200)).min(1).max(REGISTER_LIMITS.caseSchools),
  chapter: optionalText(100),
  text: requiredText(20_000),
  /** Images uploaded by the same user and not attached yet; ones already attached stay unless left out. */
  imageIds: z.array(z.uuid()).max(REGISTER_LIMITS.caseImages).default([]),
});
export type TRegisterCaseInput = z.infer<typeof ZRegisterCaseInput>;
export const ZRegisterCaseUpdate = ZRegisterCaseInput.extend({ version: z.number().int().min(1) });
export type TRegisterCaseUpdate = z.infer<typeof ZRegisterCaseUpdate>;

export const ZRegisterImage = z.object({ id: z.string(), filename: z.string(), size: z.number() });
export type TRegisterImage = z.infer<typeof ZRegisterImage>;

export const ZRegisterCase = z.object({
  id: z.string(),
  title: z.string(),
  schools: z.array(ZHolder),
  chapter: z.string().nullable(),
  text: z.string(),
  images: z.array(ZRegisterImage),
  version: z.number(),
});
export type TRegisterCase = z.infer<typeof ZRegisterCase>;
export const ZRegisterCaseList = z.object({ items: z.array(ZRegisterCase), mayManage: z.boolean() });
export type TRegisterCaseList = z.infer<typeof ZRegisterCaseList>;

/** A block of the cycle's report: the entries the filter selects, as a numbered table under a chapter of the outline. */
export const ZRegisterBlock = z.object({
  /** The outline heading it stands under; the first chapter when no heading matches. */
  chapter: requiredText(100),
  caption: requiredText(200),
  filter: ZRegisterFilter,
});
export type TRegisterBlock = z.infer<typeof ZRegisterBlock>;
export const ZRegisterBlocksInput = z.object({
  blocks: z.array(ZRegisterBlock).max(REGISTER_LIMITS.blocks),
  /** The revision the editor started from; a save over someone else's newer change is refused. */
  revision: z.string().max(64).optional(),
});
export type TRegisterBlocksInput = z.infer<typeof ZRegisterBlocksInput>;

/** The blocks as stored and answered: the same fields, without the input's trimming and coercion. */
export const ZRegisterBlocks = z.object({
  blocks: z.array(
    z.object({
      chapter: z.string(),
      caption: z.string(),
      filter: z.object({
        kind: z.enum(REGISTER_KIND_NAMES).optional(),
        level: z.enum(REGISTER_LEVEL_NAMES).optional(),
        year: z.number().optional(),
        schoolLevel: z.enum(REGISTER_SCHOOL_LEVEL_NAMES).optional(),
        sourceTable: z.string().optional(),
        keyword: z.string().optional(),
      }),
      /** How many entries of the register the filter selects now: the rows of the printed table. */
      entryCount: z.number(),
    }),
  ),
  /** Changes whenever the blocks change; sent back with a save. */
  revision: z.string(),
  mayManage: z.boolean(),
});
export type TRegisterBlocks = z.infer<typeof ZRegisterBlocks>;
