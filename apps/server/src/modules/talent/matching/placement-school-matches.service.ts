/**
 * One internship or apprenticeship place offer against every school of its body (docs/sources.md §9 T3 “of students to
 * internships and apprenticeships”): the offer wants the majors of the job list position it is for and the words of
 * its position, the job's occupation and duties; a school answers with its majors and their graduates from the year
 * the places start.
 */
import type { PlacementKind, TPlacementSchoolMatchList } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { findOrgById } from '../../organizations/index.js';
import { yearsFrom } from '../gaps/gaps.rules.js';
import { findJob } from '../jobs/jobs.repository.js';
import { majorsByCode, regionFullNames } from '../majors/majors.js';
import { requireOffer } from '../placements/placements.service.js';
import { supplyFigures } from '../supply/supply.repository.js';
import { explainMatch, RANKING_RULE } from './matching.rules.js';
import { rankSchools, termsOf } from './matching.service.js';
import { schoolOfferings, wantedMajors } from './school-offerings.js';

export async function matchPlacementToSchools(db: Executor, bodyId: string, offerId: string): Promise<TPlacementSchoolMatchList> {
  const offer = await requireOffer(db, bodyId, offerId);
  const [job, enterprise, supplies] = await Promise.all([
    offer.jobId ? findJob(db, bodyId, offer.jobId) : undefined,
    findOrgById(db, offer.orgId),
    supplyFigures(db, bodyId),
  ]);
  const majorCodes = job?.job.majorCodes ?? [];
  const [majors, regions] = await Promise.all([
    majorsByCode(db, [...majorCodes, ...supplies.map((s) => s.majorCode)]),
    regionFullNames(db),
  ]);
  const schools = schoolOfferings(supplies, yearsFrom(Number(offer.startsOn.slice(0, 4))), majors);
  const terms = termsOf(offer.position, job?.job.occupation, job?.job.duties);
  const wanted = wantedMajors(majorCodes, majors);
  const wanting = { source: 'placement' as const, wanted, terms, regionCode: enterprise?.regionCode ?? null };
  return {
    offerId,
    org: { id: offer.orgId, name: enterprise?.name ?? offer.orgId },
    kind: offer.kind as PlacementKind,
    position: offer.position,
    places: offer.places,
    startsOn: offer.startsOn,
    majors: wanted,
    terms,
    ranking: RANKING_RULE,
    results: rankSchools(schools.values(), (school) => explainMatch(wanting, school), regions),
  };
}
