import { z } from 'zod';
import type { Bilingual } from './i18n.js';
import { optionalText, pageOf, requiredText, ZOptionalUscc, ZPageQuery } from './common.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

/** Organisation types of the members a charter admits (章程第十六条), plus the authorities and parks the selection and reports need. */
export const ORG_TYPES = {
  secondary_vocational: l('中职学校', 'Secondary vocational school'),
  higher_vocational: l('高职院校', 'Higher vocational college'),
  vocational_undergraduate: l('职业本科学校', 'Vocational university'),
  university: l('本科高校', 'University'),
  enterprise: l('企业', 'Enterprise'),
  industry_association: l('行业协会', 'Industry association'),
  education_authority: l('教育行政部门', 'Education authority'),
  government: l('政府部门', 'Government department'),
  park: l('园区管委会', 'Industrial park administration'),
  research_institute: l('科研院所', 'Research institute'),
  training_institution: l('培训机构', 'Training institution'),
  other: l('其他组织', 'Other organisation'),
} as const;
export type OrgType = keyof typeof ORG_TYPES;
export const ORG_TYPE_NAMES = Object.keys(ORG_TYPES) as [OrgType, ...OrgType[]];
export const SCHOOL_ORG_TYPES: OrgType[] = ['secondary_vocational', 'higher_vocational', 'vocational_undergraduate', 'university'];

/** Levels of education a school offers (推荐书 附件3 教育层次 and the majors catalogue). */
export const SCHOOL_LEVELS = {
  secondary: l('中职', 'Secondary vocational'),
  higher_associate: l('高职专科', 'Higher vocational (associate)'),
  higher_bachelor: l('职业本科', 'Vocational bachelor'),
  bachelor: l('普通本科', 'Bachelor'),
} as const;
export type SchoolLevel = keyof typeof SCHOOL_LEVELS;
export const SCHOOL_LEVEL_NAMES = Object.keys(SCHOOL_LEVELS) as [SchoolLevel, ...SchoolLevel[]];

export const ZOrgInput = z.object({
  name: requiredText(100),
  shortName: optionalText(40),
  uscc: ZOptionalUscc,
  type: z.enum(ORG_TYPE_NAMES),
  level: z.enum(SCHOOL_LEVEL_NAMES).optional().nullable(),
  regionCode: z.string().regex(/^\d{6}$/),
  address: optionalText(200),
  legalRepresentative: optionalText(40),
  website: optionalText(200),
  description: optionalText(2000),
});
export type TOrgInput = z.infer<typeof ZOrgInput>;

export const ZOrgUpdate = ZOrgInput.partial().extend({ version: z.number().int().positive() });
export type TOrgUpdate = z.infer<typeof ZOrgUpdate>;

export const ZOrg = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  uscc: z.string().nullable(),
  type: z.enum(ORG_TYPE_NAMES),
  level: z.enum(SCHOOL_LEVEL_NAMES).nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  address: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  website: z.string().nullable(),
  description: z.string().nullable(),
  isGenerated: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the current user may do with it, so the UI shows only usable buttons. */
  abilities: z.object({ update: z.boolean() }).optional(),
});
export type TOrg = z.infer<typeof ZOrg>;

export const ORG_SORTS = ['name', '-name', 'updatedAt', '-updatedAt'] as const;

export const ZOrgListQuery = ZPageQuery.extend({
  q: z.string().trim().max(50).optional(),
  type: z.enum(ORG_TYPE_NAMES).optional(),
  region: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  sort: z.enum(ORG_SORTS).default('name'),
});
export type TOrgListQuery = z.infer<typeof ZOrgListQuery>;

export const ZOrgPage = pageOf(ZOrg.omit({ abilities: true }));
