import { ZPlacementOfferParams, ZPlacementSchoolMatchList, ZSchoolDemandMatchList, ZSchoolMatchParams } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { typed } from '../../../kernel/http/routes.js';
import { requireOffer } from '../placements/placements.service.js';
import { matchPlacementToSchools } from './placement-school-matches.service.js';
import { matchSchoolToDemands, requireMemberSchool } from './school-demand-matches.service.js';

const TAGS = ['talent'];

/** The two other directions of matching; a demand's own list of schools is with the demand routes. */
export async function matchingRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  // A school's staff match their own school's graduates (talent.supply.edit for it); the secretariat any school.
  const schoolScope = async (request: FastifyRequest) => {
    const { id, schoolId } = request.params as { id: string; schoolId: string };
    await requireMemberSchool(db, id, schoolId);
    return { bodyId: id, orgId: schoolId };
  };
  // An enterprise matches its own place offers (talent.demand.edit for it); the secretariat any offer.
  const offerScope = async (request: FastifyRequest) => {
    const { id, offerId } = request.params as { id: string; offerId: string };
    const offer = await requireOffer(db, id, offerId);
    return { bodyId: id, orgId: offer.orgId };
  };

  r.get(
    '/api/bodies/:id/talent/schools/:schoolId/demand-matches',
    {
      schema: {
        tags: TAGS,
        summary: '学校毕业生与企业需求的匹配及理由 Demands a school’s graduates answer, each with its reasons',
        params: ZSchoolMatchParams,
        response: { 200: ZSchoolDemandMatchList },
      },
      config: { policy: { permission: 'talent.supply.edit', scope: schoolScope } },
    },
    async (request) => matchSchoolToDemands(db, request.params.id, request.params.schoolId),
  );

  r.get(
    '/api/bodies/:id/talent/placements/:offerId/school-matches',
    {
      schema: {
        tags: TAGS,
        summary: '实习学徒岗位与学校的匹配及理由 Schools matching an internship or apprenticeship offer, each with its reasons',
        params: ZPlacementOfferParams,
        response: { 200: ZPlacementSchoolMatchList },
      },
      config: { policy: { permission: 'talent.demand.edit', scope: offerScope } },
    },
    async (request) => matchPlacementToSchools(db, request.params.id, request.params.offerId),
  );
}
