import { ZCoverage, ZCycle, ZCycleInput, ZCycleList, ZIdParams, ZVersionInput } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { perRequest } from '../../../kernel/http/per-request.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import * as service from './cycles.service.js';

const TAGS = ['reports'];

export async function cycleRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;
  const cycleScope = async (request: FastifyRequest) => ({ orgId: (await service.requireCycle(db, idOf(request))).cycle.authorityOrgId });
  // Coverage's policy and handler read the same statement (the cycle with its participants' progress), once per request.
  const coverageOf = perRequest((request: FastifyRequest) => service.requireCycleWithProgress(db, idOf(request)));

  r.get(
    '/api/reports/cycles',
    {
      schema: { tags: TAGS, summary: '质量年报周期 Report cycles of one’s authorities', response: { 200: ZCycleList } },
      config: { policy: { permission: 'reports.cycle.manage' } },
    },
    async (request) => service.listCycles(db, requireAuth(request).grants),
  );

  r.post(
    '/api/reports/cycles',
    {
      schema: {
        tags: TAGS,
        summary: '新建年报周期 Create a report cycle',
        body: ZCycleInput,
        response: { 201: z.object({ id: z.string() }) },
      },
      config: {
        policy: {
          permission: 'reports.cycle.manage',
          scope: (request) => ({ orgId: (request.body as { authorityOrgId?: string }).authorityOrgId ?? null }),
        },
      },
    },
    async (request, reply) => {
      const cycle = await service.createCycle(db, request.actor, request.body);
      return reply.status(201).send({ id: cycle.id });
    },
  );

  r.get(
    '/api/reports/cycles/:id',
    {
      schema: { tags: TAGS, summary: '年报周期 A report cycle', params: ZIdParams, response: { 200: ZCycle } },
      config: { policy: { permission: 'reports.cycle.manage', scope: cycleScope } },
    },
    async (request) => service.getCycle(db, requireAuth(request).grants, request.params.id),
  );

  r.post(
    '/api/reports/cycles/:id/open',
    {
      schema: {
        tags: TAGS,
        summary: '开启年报周期（冻结提纲与指标）Open the cycle, freezing outline and indicators',
        params: ZIdParams,
        body: ZVersionInput,
        response: { 200: ZCycle },
      },
      config: { policy: { permission: 'reports.cycle.manage', scope: cycleScope } },
    },
    async (request) => {
      await service.openCycle(db, request.actor, request.params.id, request.body.version, deps.clock.now());
      return service.getCycle(db, requireAuth(request).grants, request.params.id);
    },
  );

  r.get(
    '/api/reports/cycles/:id/coverage',
    {
      schema: { tags: TAGS, summary: '填报进度 Coverage: submitted, approved, late', params: ZIdParams, response: { 200: ZCoverage } },
      config: {
        policy: {
          permission: 'reports.cycle.manage',
          scope: async (request) => ({ orgId: (await coverageOf(request)).cycle.authorityOrgId }),
        },
      },
    },
    async (request) => service.coverage(requireAuth(request).grants, await coverageOf(request), shanghaiToday(deps.clock)),
  );
}
