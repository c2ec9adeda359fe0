/**
 * Experts (评审专家): user accounts holding the expert role, with the organisations they belong to or have
 * worked for (declared affiliations). Conflicts of interest (回避) are derived from these against every unit an
 * application names, so an affiliation carries what identifies an organisation: its directory id, its
 * 统一社会信用代码 and its name.
 */
import { z } from 'zod';
import { optionalText, requiredText, ZOptionalUscc } from '../common.js';

export const ZAffiliationInput = z.object({
  orgId: z.uuid().nullable().default(null),
  name: requiredText(200),
  uscc: ZOptionalUscc,
  note: optionalText(200),
});
export type TAffiliationInput = z.infer<typeof ZAffiliationInput>;

export const ZAffiliationsUpdate = z.object({ affiliations: z.array(ZAffiliationInput).max(50) });
export type TAffiliationsUpdate = z.infer<typeof ZAffiliationsUpdate>;

export const ZAffiliation = z.object({
  id: z.string(),
  orgId: z.string().nullable(),
  name: z.string(),
  uscc: z.string().nullable(),
  note: z.string().nullable(),
});
export type TAffiliation = z.infer<typeof ZAffiliation>;

/**
 * The expert pool (专家库) an expert belongs to: that of the education authority that added them, or the shared
 * pool every authority may draw on and correct. Only the pool's authority may change an expert's affiliations.
 */
export const ZExpertPool = z.object({
  shared: z.boolean(),
  authorityOrgId: z.string().nullable(),
  authorityName: z.string().nullable(),
});
export type TExpertPool = z.infer<typeof ZExpertPool>;

export const ZExpert = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  affiliations: z.array(ZAffiliation),
  /** Null until an authority adds the expert (by its panel or on purpose). */
  pool: ZExpertPool.nullable(),
});
export type TExpert = z.infer<typeof ZExpert>;

export const ZExpertList = z.object({ items: z.array(ZExpert) });

/** Adds an expert to an authority's pool, or (authorityOrgId null) to the shared pool on purpose. */
export const ZExpertPoolPlace = z.object({ authorityOrgId: z.uuid().nullable() });
export type TExpertPoolPlace = z.infer<typeof ZExpertPoolPlace>;
