/**
 * The authority's view of experts: every expert account with its declared affiliations and its pool (专家库). An
 * authority adds experts to its pool (or, on purpose, to the shared pool) and corrects the affiliations only of
 * experts in its own pool or the shared one — each route's record scope is the expert's pool.
 */
import { ZAffiliationsUpdate, ZExpert, ZExpertList, ZExpertPoolPlace, ZIdParams } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { typed } from '../../../kernel/http/routes.js';
import { selectionValidator } from '../selection.validation.js';
import { expertPlacementScope, expertPoolScope, listExperts, placeExpert, setAffiliations } from './experts.service.js';

const TAGS = ['selection'];

export async function expertAdminRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const expertId = (request: FastifyRequest) => (request.params as { id: string }).id;

  r.get(
    '/api/selection/experts',
    {
      schema: { tags: TAGS, summary: '评审专家 Experts with their affiliations and pools', response: { 200: ZExpertList } },
      config: { policy: { permission: 'selection.review.manage' } },
    },
    async () => listExperts(db),
  );

  r.put(
    '/api/selection/experts/:id/pool',
    {
      schema: {
        tags: TAGS,
        summary: '加入专家库 Add an expert to an authority’s pool or the shared pool',
        params: ZIdParams,
        body: ZExpertPoolPlace,
        response: { 200: ZExpert },
      },
      config: {
        policy: {
          permission: 'selection.review.manage',
          scope: (request) =>
            expertPlacementScope(db, expertId(request), (request.body as { authorityOrgId: string | null }).authorityOrgId),
        },
      },
      validatorCompiler: selectionValidator,
    },
    async (request) => placeExpert(db, request.actor, request.params.id, request.body.authorityOrgId),
  );

  r.put(
    '/api/selection/experts/:id/affiliations',
    {
      schema: {
        tags: TAGS,
        summary: '专家所在或关联单位 Set an expert’s affiliations',
        params: ZIdParams,
        body: ZAffiliationsUpdate,
        response: { 200: ZExpert },
      },
      config: { policy: { permission: 'selection.review.manage', scope: (request) => expertPoolScope(db, expertId(request)) } },
      validatorCompiler: selectionValidator,
    },
    async (request) => setAffiliations(db, request.actor, request.params.id, request.body.affiliations),
  );
}
