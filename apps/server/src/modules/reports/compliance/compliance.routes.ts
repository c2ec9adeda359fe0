import {
  ZComplianceAssignInput,
  ZComplianceConflictDeclare,
  ZComplianceOverview,
  ZComplianceSendBack,
  ZComplianceSheet,
  ZComplianceSheetSave,
  ZIdParams,
  ZMyEvaluations,
  ZOk,
  ZReportParams,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { notFound } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { requireCycle } from '../cycles/cycles.service.js';
import { findReportScope } from '../review/reports.repository.js';
import { REPORT_ENTITY } from '../review/reports.service.js';
import * as authority from './compliance.service.js';
import * as expert from './evaluation.service.js';

const TAGS = ['reports'];

export async function complianceRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const today = () => shanghaiToday(deps.clock);
  const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;
  const ok = { ok: true as const };
  const manage = (scope: (request: FastifyRequest) => Promise<{ orgId: string }>) => ({
    policy: { permission: 'reports.compliance.manage' as const, scope },
  });
  const ofCycle = manage(async (request) => ({ orgId: (await requireCycle(db, idOf(request))).cycle.authorityOrgId }));
  const ofEvaluation = manage(async (request) => ({ orgId: await authority.authorityOfEvaluation(db, idOf(request)) }));
  const ofReport = manage(async (request) => {
    const scope = await findReportScope(db, idOf(request));
    if (!scope) throw notFound(REPORT_ENTITY);
    return { orgId: scope.authorityOrgId };
  });
  // Experts hold the permission system-wide; the service lets each reach only their own evaluations.
  const score = { policy: { permission: 'reports.compliance.score' as const } };
  const me = (request: FastifyRequest) => requireAuth(request).user.id;

  r.get(
    '/api/reports/cycles/:id/compliance',
    {
      schema: {
        tags: TAGS,
        summary: '合规性评价：专家分配、各年报结果与汇总 Compliance evaluation of a cycle',
        params: ZIdParams,
        response: { 200: ZComplianceOverview },
      },
      config: ofCycle,
    },
    async (request) => authority.overview(db, requireAuth(request).grants, request.params.id),
  );

  r.post(
    '/api/reports/cycles/:id/compliance/assignments',
    {
      schema: {
        tags: TAGS,
        summary: '分配评价专家（回避本单位及申明回避的专家）Assign an expert to a report',
        params: ZIdParams,
        body: ZComplianceAssignInput,
        response: { 201: z.object({ id: z.string() }) },
      },
      config: ofCycle,
    },
    async (request, reply) => {
      const id = await authority.assign(db, request.actor, request.params.id, request.body, deps.clock.now());
      return reply.status(201).send({ id });
    },
  );

  r.delete(
    '/api/reports/compliance/evaluations/:id',
    {
      schema: { tags: TAGS, summary: '撤销未提交的专家分配 Withdraw an unsubmitted assignment', params: ZIdParams, response: { 200: ZOk } },
      config: ofEvaluation,
    },
    async (request) => {
      await authority.unassign(db, request.actor, request.params.id);
      return ok;
    },
  );

  r.post(
    '/api/reports/:id/compliance/send-back',
    {
      schema: {
        tags: TAGS,
        summary: '按合规性评价整改意见退回年报 Send a report back on its findings',
        params: ZReportParams,
        body: ZComplianceSendBack,
        response: { 200: ZOk },
      },
      config: ofReport,
    },
    async (request) => {
      await authority.sendBack(db, request.actor, requireAuth(request).grants, request.params.id, request.body, deps.clock.now());
      return ok;
    },
  );

  r.get(
    '/api/reports/compliance/mine',
    {
      schema: { tags: TAGS, summary: '分配给我的年报评价 My compliance evaluations', response: { 200: ZMyEvaluations } },
      config: score,
    },
    async (request) => expert.myEvaluations(db, me(request)),
  );

  r.get(
    '/api/reports/compliance/evaluations/:id',
    {
      schema: {
        tags: TAGS,
        summary: '合规性评价表（含平台预评与依据）My evaluation sheet with the pre-assessment',
        params: ZIdParams,
        response: { 200: ZComplianceSheet },
      },
      config: score,
    },
    async (request) => expert.getSheet(db, me(request), request.params.id, today()),
  );

  r.put(
    '/api/reports/compliance/evaluations/:id',
    {
      schema: { tags: TAGS, summary: '保存评价结论 Save the sheet', params: ZIdParams, body: ZComplianceSheetSave, response: { 200: ZOk } },
      config: score,
    },
    async (request) => {
      await expert.saveSheet(db, request.actor, me(request), request.params.id, request.body);
      return ok;
    },
  );

  r.post(
    '/api/reports/compliance/evaluations/:id/submit',
    {
      schema: { tags: TAGS, summary: '提交评价 Submit the sheet', params: ZIdParams, body: ZComplianceSheetSave, response: { 200: ZOk } },
      config: score,
    },
    async (request) => {
      await expert.submitSheet(db, request.actor, me(request), request.params.id, request.body, deps.clock.now(), today());
      return ok;
    },
  );

  r.post(
    '/api/reports/compliance/evaluations/:id/conflict',
    {
      schema: {
        tags: TAGS,
        summary: '申明回避 Declare a conflict with the report’s unit',
        params: ZIdParams,
        body: ZComplianceConflictDeclare,
        response: { 200: ZOk },
      },
      config: score,
    },
    async (request) => {
      await expert.declareConflict(db, request.actor, me(request), request.params.id, request.body.reason);
      return ok;
    },
  );
}
