import { ZClassRuleInput, ZClassRulePlan, ZResourcesBodyParams } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { typed } from '../../../kernel/http/routes.js';
import * as service from './class-rule.service.js';

const TAGS = ['resources'];

/** The home school's recognition by rule for its students of one course: preview, then apply. */
export async function classRuleRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const base = '/api/bodies/:id/resources/recognitions/class-rule';
  // Recognition is the home school's: the body names it, and its org-scoped grant must cover it.
  const homeScope = (request: FastifyRequest) => ({ orgId: (request.body as { homeOrgId?: string } | undefined)?.homeOrgId ?? null });
  const policy = { permission: 'resources.credit.recognise' as const, scope: homeScope };

  r.post(
    `${base}/preview`,
    {
      schema: {
        tags: TAGS,
        summary: '预览按规则批量认定 Preview recognition by rule for a class',
        params: ZResourcesBodyParams,
        body: ZClassRuleInput,
        response: { 200: ZClassRulePlan },
      },
      config: { policy },
    },
    async (request) => service.previewClassRule(db, request.params.id, request.body),
  );

  r.post(
    `${base}/apply`,
    {
      schema: {
        tags: TAGS,
        summary: '按规则批量认定 Apply recognition by rule for a class',
        params: ZResourcesBodyParams,
        body: ZClassRuleInput,
        response: { 200: ZClassRulePlan },
      },
      config: { policy },
    },
    async (request) => service.applyClassRule(db, request.actor, deps.clock.now(), request.params.id, request.body),
  );
}
