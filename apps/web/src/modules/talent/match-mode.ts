/**
 * The three directions of the matching page (docs/sources.md §9 T3): a demand to schools, a school's graduates to
 * demands, an internship or apprenticeship offer to schools; which one a user lands on when the address names none.
 */
export const MATCH_MODES = ['demand', 'school', 'placement'] as const;
export type MatchMode = (typeof MATCH_MODES)[number];

export function parseMatchMode(value: string | null): MatchMode | null {
  return MATCH_MODES.find((mode) => mode === value) ?? null;
}

/**
 * School staff (who enter supply and no demand) land on their school's graduates; anyone who enters demand on a
 * demand; a reader who enters neither on the schools' side, which tells them there is nothing of theirs to match.
 */
export function defaultMatchMode(mayEnter: { demandOrgs: unknown[]; supplyOrgs: unknown[] }): MatchMode {
  return mayEnter.demandOrgs.length > 0 ? 'demand' : 'school';
}
