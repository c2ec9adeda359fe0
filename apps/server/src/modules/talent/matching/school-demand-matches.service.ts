/**
 * One school's graduates against every demand of its body (docs/sources.md §9 T3), each demand with the same reasons as
 * a demand's list of schools and the people it wants beside the school's graduates of the matched majors.
 */
import { SCHOOL_ORG_TYPES, type OrgType, type TalentLevel, type TSchoolDemandMatchList } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, notFound } from '../../../kernel/errors.js';
import { findActiveMember } from '../../bodies/index.js';
import { findOrgById } from '../../organizations/index.js';
import { listDemands } from '../demand/demand.repository.js';
import { yearsFrom } from '../gaps/gaps.rules.js';
import { majorsByCode, regionFullNames } from '../majors/majors.js';
import { supplyFigures } from '../supply/supply.repository.js';
import { explainMatch, RANKING_RULE, rankMatches } from './matching.rules.js';
import { termsOf } from './matching.service.js';
import { schoolOfferings, wantedMajors } from './school-offerings.js';

export const SCHOOL_ENTITY = bilingual('学校', 'school');

/** The school, a current member of the body; any other id is not found. */
export async function requireMemberSchool(db: Executor, bodyId: string, schoolId: string) {
  const [org, member] = await Promise.all([findOrgById(db, schoolId), findActiveMember(db, bodyId, schoolId)]);
  if (!org || !member || !SCHOOL_ORG_TYPES.includes(org.type as OrgType)) throw notFound(SCHOOL_ENTITY);
  return org;
}

export async function matchSchoolToDemands(db: Executor, bodyId: string, schoolId: string): Promise<TSchoolDemandMatchList> {
  const school = await requireMemberSchool(db, bodyId, schoolId);
  const [supplies, demands] = await Promise.all([supplyFigures(db, bodyId, { orgId: schoolId }), listDemands(db, bodyId)]);
  const [majors, regions] = await Promise.all([
    majorsByCode(db, [...demands.flatMap((d) => d.demand.majorCodes), ...supplies.map((s) => s.majorCode)]),
    regionFullNames(db),
  ]);
  const explained = demands.flatMap(({ demand, orgName }) => {
    // The school's graduates on the demand's own three years.
    const offering = schoolOfferings(supplies, yearsFrom(demand.startYear), majors).get(schoolId);
    if (!offering) return [];
    const terms = termsOf(demand.position, demand.occupation, demand.skills);
    const match = explainMatch(
      { source: 'demand', wanted: wantedMajors(demand.majorCodes, majors), terms, regionCode: demand.locationRegionCode },
      offering,
    );
    return match ? [{ ...match, demand, orgName, terms }] : [];
  });
  return {
    school: { id: school.id, name: school.name },
    ranking: RANKING_RULE,
    results: rankMatches(explained, (m) => `${m.demand.position}${m.orgName}`).map(({ demand, orgName, terms, rank, ...reasons }) => ({
      rank,
      demand: {
        id: demand.id,
        org: { id: demand.orgId, name: orgName },
        position: demand.position,
        educationLevel: demand.educationLevel as TalentLevel,
        startYear: demand.startYear,
        headcounts: demand.headcounts,
        location: { code: demand.locationRegionCode, name: regions.get(demand.locationRegionCode) ?? null },
        terms,
      },
      ...reasons,
    })),
  };
}
