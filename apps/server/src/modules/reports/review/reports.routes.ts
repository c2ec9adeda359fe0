import {
  type Permission,
  ZMyReports,
  ZOk,
  ZReportApproval,
  ZReportDetail,
  ZReportParams,
  ZReportPass,
  ZReportReturn,
  ZReportSave,
  ZVersionInput,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { notFound } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { findReportScope } from './reports.repository.js';
import * as service from './reports.service.js';

const TAGS = ['reports'];

export async function reportRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const scopeOf = (side: 'unit' | 'authority') => async (request: FastifyRequest) => {
    const scope = await findReportScope(db, (request.params as { id: string }).id);
    if (!scope) throw notFound(service.REPORT_ENTITY);
    return { orgId: side === 'unit' ? scope.orgId : scope.authorityOrgId };
  };
  const unit = (permission: Permission) => ({ policy: { permission, scope: scopeOf('unit') } });
  const ok = { ok: true as const };

  r.get(
    '/api/reports/mine',
    {
      schema: {
        tags: TAGS,
        summary: '本单位的质量年报 Reports of the units one fills in, checks or approves',
        response: { 200: ZMyReports },
      },
      config: { policy: { authenticated: true } },
    },
    async (request) => service.myReports(db, requireAuth(request).grants),
  );

  r.get(
    '/api/reports/:id',
    {
      schema: {
        tags: TAGS,
        summary: '质量年报（数据、计算比例、问题、审核记录）A report with rates, problems and history',
        params: ZReportParams,
        response: { 200: ZReportDetail },
      },
      // Its unit's collector, reviewer and principal and the authority see it; the service tells them apart.
      config: { policy: { authenticated: true } },
    },
    async (request) => service.getReport(db, requireAuth(request).grants, request.actor, request.params.id),
  );

  r.put(
    '/api/reports/:id/data',
    {
      schema: {
        tags: TAGS,
        summary: '保存填报数据 Save the collector’s data',
        params: ZReportParams,
        body: ZReportSave,
        response: { 200: ZOk },
      },
      config: unit('reports.data.collect'),
    },
    async (request) => {
      await service.saveReport(db, request.actor, requireAuth(request).grants, request.params.id, request.body, deps.clock.now());
      return ok;
    },
  );

  r.post(
    '/api/reports/:id/submit',
    {
      schema: { tags: TAGS, summary: '采集员提交 Submit for review', params: ZReportParams, body: ZVersionInput, response: { 200: ZOk } },
      config: unit('reports.data.collect'),
    },
    async (request) => {
      await service.submitReport(db, request.actor, requireAuth(request).grants, request.params.id, request.body.version, deps.clock.now());
      return ok;
    },
  );

  r.post(
    '/api/reports/:id/pass',
    {
      schema: { tags: TAGS, summary: '审核通过 Pass the review', params: ZReportParams, body: ZReportPass, response: { 200: ZOk } },
      config: unit('reports.data.review'),
    },
    async (request) => {
      await service.passReport(db, request.actor, requireAuth(request).grants, request.params.id, request.body, deps.clock.now());
      return ok;
    },
  );

  r.post(
    '/api/reports/:id/reviewer-return',
    {
      schema: {
        tags: TAGS,
        summary: '审核员按字段退回 Return to the collector with field comments',
        params: ZReportParams,
        body: ZReportReturn,
        response: { 200: ZOk },
      },
      config: unit('reports.data.review'),
    },
    async (request) => {
      await service.returnReport(
        db,
        request.actor,
        requireAuth(request).grants,
        request.params.id,
        'reviewer_return',
        request.body,
        deps.clock.now(),
      );
      return ok;
    },
  );

  r.post(
    '/api/reports/:id/approve',
    {
      schema: {
        tags: TAGS,
        summary: '校长审定并签署责任声明 Approve with the responsibility statement',
        params: ZReportParams,
        body: ZReportApproval,
        response: { 200: ZOk },
      },
      config: unit('reports.data.approve'),
    },
    async (request) => {
      await service.approveReport(db, request.actor, requireAuth(request).grants, request.params.id, request.body, deps.clock.now());
      return ok;
    },
  );

  r.post(
    '/api/reports/:id/principal-return',
    {
      schema: {
        tags: TAGS,
        summary: '校长退回 Return by the principal',
        params: ZReportParams,
        body: ZReportReturn,
        response: { 200: ZOk },
      },
      config: unit('reports.data.approve'),
    },
    async (request) => {
      await service.returnReport(
        db,
        request.actor,
        requireAuth(request).grants,
        request.params.id,
        'principal_return',
        request.body,
        deps.clock.now(),
      );
      return ok;
    },
  );

  r.post(
    '/api/reports/:id/authority-return',
    {
      schema: {
        tags: TAGS,
        summary: '主管部门退回学校年报 The authority returns a report',
        params: ZReportParams,
        body: ZReportReturn,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'reports.cycle.manage', scope: scopeOf('authority') } },
    },
    async (request) => {
      await service.returnReport(
        db,
        request.actor,
        requireAuth(request).grants,
        request.params.id,
        'authority_return',
        request.body,
        deps.clock.now(),
      );
      return ok;
    },
  );
}
