/** Matching one demand against every school of its body that entered supply, each match with its reasons. */
import type { TMatchList } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { searchTokens } from '../../../kernel/search/segment.js';
import { requireDemand } from '../demand/demand.service.js';
import { yearsFrom } from '../gaps/gaps.rules.js';
import { majorsByCode, regionFullNames } from '../majors/majors.js';
import { supplyFigures } from '../supply/supply.repository.js';
import { demandTerms, explainMatch, type MatchCandidate, type MatchExplanation, RANKING_RULE, rankMatches } from './matching.rules.js';

export async function matchDemand(db: Executor, bodyId: string, demandId: string): Promise<TMatchList> {
  const { demand } = await requireDemand(db, bodyId, demandId);
  const supplies = await supplyFigures(db, bodyId);
  const [majors, regions] = await Promise.all([
    majorsByCode(db, [...demand.majorCodes, ...supplies.map((s) => s.majorCode)]),
    regionFullNames(db),
  ]);
  const years = yearsFrom(demand.startYear);
  const candidates = new Map<string, MatchCandidate>();
  for (const supply of supplies) {
    let candidate = candidates.get(supply.orgId);
    if (!candidate) {
      candidate = { schoolId: supply.orgId, schoolName: supply.orgName, regionCode: supply.regionCode, offered: [] };
      candidates.set(supply.orgId, candidate);
    }
    // Graduates of the demand's years: a supply row entered from another first year is shifted onto them.
    const graduates = years.map((year) => supply.expectedGraduates[year - supply.startYear] ?? 0);
    const known = candidate.offered.find((o) => o.code === supply.majorCode);
    if (known) {
      known.graduates = known.graduates.map((g, i) => g + graduates[i]!);
      known.placementsOffered += supply.placementsOffered;
    } else {
      candidate.offered.push({
        code: supply.majorCode,
        name: majors.get(supply.majorCode)?.name ?? supply.majorCode,
        graduates,
        placementsOffered: supply.placementsOffered,
      });
    }
  }
  const terms = demandTerms(searchTokens(demand.position, demand.occupation, demand.skills).split(' '));
  const wanted = demand.majorCodes.map((code) => ({ code, name: majors.get(code)?.name ?? code }));
  const explained = [...candidates.values()]
    .map((c) => explainMatch({ wanted, terms, locationRegionCode: demand.locationRegionCode }, c))
    .filter((m): m is MatchExplanation => m !== null);
  return {
    demandId,
    position: demand.position,
    terms,
    ranking: RANKING_RULE,
    results: rankMatches(explained).map((m) => ({
      rank: m.rank,
      school: {
        id: m.schoolId,
        name: m.schoolName,
        regionCode: m.regionCode,
        regionName: m.regionCode ? (regions.get(m.regionCode) ?? null) : null,
      },
      codeMatches: m.codeMatches,
      termMatches: m.termMatches,
      region: m.region,
      graduates: m.graduates,
      placementsOffered: m.placementsOffered,
      reasons: m.reasons,
    })),
  };
}
