import {
  ZIdParams,
  ZIndicatorPointsUpdate,
  ZIndicatorSystem,
  ZIndicatorSystemCreate,
  ZIndicatorSystemListQuery,
  ZIndicatorSystemSummary,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { scopesWith } from '../../../kernel/rbac/rbac.rules.js';
import { selectionValidator } from '../selection.validation.js';
import * as service from './indicators.service.js';

const TAGS = ['selection'];

export async function indicatorRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const systemScope = async (request: FastifyRequest) => ({
    orgId: (await service.requireSystem(db, (request.params as { id: string }).id)).authorityOrgId,
  });

  r.get(
    '/api/selection/indicator-systems',
    {
      schema: {
        tags: TAGS,
        summary: '指标体系列表 List indicator systems',
        querystring: ZIndicatorSystemListQuery,
        response: { 200: z.array(ZIndicatorSystemSummary) },
      },
      config: { policy: { permission: 'selection.call.manage' } },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      const own = scopesWith(requireAuth(request).grants, 'selection.call.manage', 'org');
      const wanted = request.query.authorityOrgId;
      const scope = wanted ? (own === 'all' || own.includes(wanted) ? [wanted] : []) : own;
      return service.listSystems(db, scope);
    },
  );

  r.post(
    '/api/selection/indicator-systems',
    {
      schema: {
        tags: TAGS,
        summary: '新建指标体系（或新版本） Create an indicator system or a new version',
        body: ZIndicatorSystemCreate,
        response: { 201: ZIndicatorSystem },
      },
      config: {
        policy: {
          permission: 'selection.call.manage',
          scope: (request) => ({ orgId: (request.body as { authorityOrgId: string }).authorityOrgId }),
        },
      },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => reply.status(201).send(await service.createSystem(db, request.actor, request.body)),
  );

  r.get(
    '/api/selection/indicator-systems/:id',
    {
      schema: { tags: TAGS, summary: '指标体系详情 View an indicator system', params: ZIdParams, response: { 200: ZIndicatorSystem } },
      config: { policy: { permission: 'selection.call.manage', scope: systemScope } },
      validatorCompiler: selectionValidator,
    },
    async (request) => service.getSystem(db, request.params.id),
  );

  r.put(
    '/api/selection/indicator-systems/:id/points',
    {
      schema: {
        tags: TAGS,
        summary: '设置观测点最高分和权重 Set maximum scores and weights',
        params: ZIdParams,
        body: ZIndicatorPointsUpdate,
        response: { 200: ZIndicatorSystem },
      },
      config: { policy: { permission: 'selection.call.manage', scope: systemScope } },
      validatorCompiler: selectionValidator,
    },
    async (request) => service.updatePoints(db, request.actor, request.params.id, request.body),
  );
}
