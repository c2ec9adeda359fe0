/**
 * The explained matching in its two other directions (docs/sources.md §9 T3 “matching of single demands to schools and of
 * students to internships and apprenticeships”): one school's graduates against the body's demands, and one internship
 * or apprenticeship place offer against the body's schools. Each result carries the same reasons as ZMatchResult.
 */
import { z } from 'zod';
import { TALENT_LEVEL_NAMES } from './demand-supply.js';
import { ZMatchResult } from './gaps.js';
import { PLACEMENT_KIND_NAMES } from './placements.js';

const ZBilingual = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
const ZOrgRef = z.object({ id: z.string(), name: z.string() });

export const ZSchoolMatchParams = z.object({ id: z.uuid(), schoolId: z.uuid() });

/** The reasons of one pair, without the side that is listed. */
export const ZMatchReasons = ZMatchResult.omit({ rank: true, school: true });

export const ZSchoolDemandMatch = ZMatchReasons.extend({
  rank: z.number().int(),
  demand: z.object({
    id: z.string(),
    org: ZOrgRef,
    position: z.string(),
    educationLevel: z.enum(TALENT_LEVEL_NAMES),
    startYear: z.number().int(),
    /** People wanted per year from startYear, beside `graduates` of the school's matched majors for the same years. */
    headcounts: z.array(z.number().int()),
    location: z.object({ code: z.string(), name: z.string().nullable() }),
    /** The jieba terms of the demand's position, occupation and skills that were looked for in the school's major names. */
    terms: z.array(z.string()),
  }),
});
export type TSchoolDemandMatch = z.infer<typeof ZSchoolDemandMatch>;

export const ZSchoolDemandMatchList = z.object({
  school: ZOrgRef,
  ranking: ZBilingual,
  results: z.array(ZSchoolDemandMatch),
});
export type TSchoolDemandMatchList = z.infer<typeof ZSchoolDemandMatchList>;

export const ZPlacementSchoolMatchList = z.object({
  offerId: z.string(),
  org: ZOrgRef,
  kind: z.enum(PLACEMENT_KIND_NAMES),
  position: z.string(),
  places: z.number().int(),
  startsOn: z.string(),
  /** The majors of the job list position the offer is for (none when it names no position). */
  majors: z.array(z.object({ code: z.string(), name: z.string() })),
  /** The jieba terms of the offer's position and of its job's occupation and duties. */
  terms: z.array(z.string()),
  ranking: ZBilingual,
  results: z.array(ZMatchResult),
});
export type TPlacementSchoolMatchList = z.infer<typeof ZPlacementSchoolMatchList>;
