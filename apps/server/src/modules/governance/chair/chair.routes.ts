import { ZChairOverrideInput, ZChairOverrideParams, ZChairPlanInput, ZChairSchedule, ZIdParams } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import * as service from './chair.service.js';

const TAGS = ['governance'];
const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });
const MANAGE = { permission: 'governance.chair.manage', scope: bodyScope } as const;

export async function chairRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const present = async (request: FastifyRequest, bodyId: string) => ({
    ...(await service.getChairSchedule(db, bodyId, request.locale)),
    abilities: { manage: isAllowed(requireAuth(request).grants, 'governance.chair.manage', { bodyId }) },
  });

  r.get(
    '/api/bodies/:id/chair-schedule',
    {
      schema: { tags: TAGS, summary: '轮值主席单位排班 Rotating chair schedule', params: ZIdParams, response: { 200: ZChairSchedule } },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => present(request, request.params.id),
  );

  r.put(
    '/api/bodies/:id/chair-schedule/plan',
    {
      schema: {
        tags: TAGS,
        summary: '生成轮值主席排班 Plan the rotating chair for N years',
        params: ZIdParams,
        body: ZChairPlanInput,
        response: { 200: ZChairSchedule },
      },
      config: { policy: MANAGE },
    },
    async (request) => {
      await service.planChairSchedule(db, request.actor, request.params.id, request.body);
      return present(request, request.params.id);
    },
  );

  r.post(
    '/api/bodies/:id/chair-schedule/overrides',
    {
      schema: {
        tags: TAGS,
        summary: '记录会议指定的轮值主席单位 Record a year fixed by the joint meeting',
        params: ZIdParams,
        body: ZChairOverrideInput,
        response: { 200: ZChairSchedule },
      },
      config: { policy: MANAGE },
    },
    async (request) => {
      await service.overrideChairYear(db, request.actor, request.params.id, request.body);
      return present(request, request.params.id);
    },
  );

  r.post(
    '/api/bodies/:id/chair-schedule/overrides/:overrideId/revoke',
    {
      schema: {
        tags: TAGS,
        summary: '撤销会议指定 Revoke a meeting decision on the chair',
        params: ZChairOverrideParams,
        response: { 200: ZChairSchedule },
      },
      config: { policy: MANAGE },
    },
    async (request) => {
      await service.revokeChairOverride(db, request.actor, request.params.id, request.params.overrideId);
      return present(request, request.params.id);
    },
  );
}
