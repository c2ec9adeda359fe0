/** Matching one demand against every school of its body that entered supply, each match with its reasons. */
import type { TMatchList, TMatchResult } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { searchTokens } from '../../../kernel/search/segment.js';
import { requireDemand } from '../demand/demand.service.js';
import { yearsFrom } from '../gaps/gaps.rules.js';
import { majorsByCode, regionFullNames } from '../majors/majors.js';
import { supplyFigures } from '../supply/supply.repository.js';
import { demandTerms, explainMatch, type MatchExplanation, RANKING_RULE, rankMatches } from './matching.rules.js';
import { type SchoolOffering, schoolOfferings, wantedMajors } from './school-offerings.js';

/** The words of free texts looked for in major names (jieba segments, stop terms dropped). */
export const termsOf = (...texts: (string | null | undefined)[]) => demandTerms(searchTokens(...texts).split(' '));

/** Each school that answers `explain`, ranked, as the contract lists schools. */
export function rankSchools(
  schools: Iterable<SchoolOffering>,
  explain: (school: SchoolOffering) => MatchExplanation | null,
  regions: Map<string, string>,
): TMatchResult[] {
  const explained = [...schools].flatMap((school) => {
    const match = explain(school);
    return match ? [{ ...match, school }] : [];
  });
  return rankMatches(explained, (m) => m.school.schoolName).map(({ school, rank, ...reasons }) => ({
    rank,
    school: {
      id: school.schoolId,
      name: school.schoolName,
      regionCode: school.regionCode,
      regionName: school.regionCode ? (regions.get(school.regionCode) ?? null) : null,
    },
    ...reasons,
  }));
}

export async function matchDemand(db: Executor, bodyId: string, demandId: string): Promise<TMatchList> {
  const { demand } = await requireDemand(db, bodyId, demandId);
  const supplies = await supplyFigures(db, bodyId);
  const [majors, regions] = await Promise.all([
    majorsByCode(db, [...demand.majorCodes, ...supplies.map((s) => s.majorCode)]),
    regionFullNames(db),
  ]);
  const schools = schoolOfferings(supplies, yearsFrom(demand.startYear), majors);
  const terms = termsOf(demand.position, demand.occupation, demand.skills);
  const wanting = {
    source: 'demand' as const,
    wanted: wantedMajors(demand.majorCodes, majors),
    terms,
    regionCode: demand.locationRegionCode,
  };
  return {
    demandId,
    position: demand.position,
    terms,
    ranking: RANKING_RULE,
    results: rankSchools(schools.values(), (school) => explainMatch(wanting, school), regions),
  };
}
