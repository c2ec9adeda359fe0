import { ZAdjustmentQuery, ZAdjustmentReport, ZAdjustmentThresholdsInput, ZOk, ZTalentBodyParams } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { nextYear } from '../gaps/gaps.routes.js';
import * as service from './adjustments.service.js';

const TAGS = ['talent'];

export async function adjustmentRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });
  // The secretariat (body-wide grant) sees any member school; school staff (their unit's grant) only their own.
  const schoolScope = (request: FastifyRequest) => ({
    bodyId: (request.params as { id: string }).id,
    orgId: (request.query as { schoolId: string }).schoolId,
  });

  r.get(
    '/api/bodies/:id/talent/adjustments',
    {
      schema: {
        tags: TAGS,
        summary: '专业动态调整建议 Suggestions to open, enlarge, keep or shrink a school’s majors, with evidence',
        params: ZTalentBodyParams,
        querystring: ZAdjustmentQuery,
        response: { 200: ZAdjustmentReport },
      },
      config: { policy: { permission: 'talent.supply.edit', scope: schoolScope } },
    },
    async (request) =>
      service.schoolAdjustments(db, requireAuth(request).grants, request.params.id, {
        schoolId: request.query.schoolId,
        startYear: request.query.startYear ?? nextYear(deps),
      }),
  );

  r.put(
    '/api/bodies/:id/talent/adjustment-thresholds',
    {
      schema: {
        tags: TAGS,
        summary: '修改专业调整建议阈值 Change the thresholds of the adjustment suggestions',
        params: ZTalentBodyParams,
        body: ZAdjustmentThresholdsInput,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'talent.analysis.manage', scope: bodyScope } },
    },
    async (request) => {
      await service.changeThresholds(db, request.actor, request.params.id, request.body, deps.clock.now());
      return { ok: true as const };
    },
  );
}
