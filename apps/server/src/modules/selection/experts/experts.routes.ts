/** The authority's view of experts: every expert account with its declared affiliations, which it may correct. */
import { ZAffiliationsUpdate, ZExpert, ZExpertList, ZIdParams } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { typed } from '../../../kernel/http/routes.js';
import { selectionValidator } from '../selection.validation.js';
import { listExperts, setAffiliations } from './experts.service.js';

const TAGS = ['selection'];

export async function expertAdminRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);

  r.get(
    '/api/selection/experts',
    {
      schema: { tags: TAGS, summary: '评审专家 Experts with their affiliations', response: { 200: ZExpertList } },
      config: { policy: { permission: 'selection.review.manage' } },
    },
    async () => listExperts(db),
  );

  r.put(
    '/api/selection/experts/:id/affiliations',
    {
      schema: { tags: TAGS, summary: '专家所在或关联单位 Set an expert’s affiliations', params: ZIdParams, body: ZAffiliationsUpdate, response: { 200: ZExpert } },
      config: { policy: { permission: 'selection.review.manage' } },
      validatorCompiler: selectionValidator,
    },
    async (request) => setAffiliations(db, request.actor, request.params.id, request.body.affiliations),
  );
}
