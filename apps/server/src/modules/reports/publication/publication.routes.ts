import {
  ZIdParams,
  ZOk,
  ZPublicationInput,
  ZPublicationState,
  ZPublicColumn,
  ZPublicColumns,
  ZPublicReport,
  ZReportParams,
  ZPublicationWithdrawal,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { requireCycle } from '../cycles/cycles.service.js';
import { publicColumn, publicColumns, publicCycleReport, publicReport } from './public-reports.service.js';
import * as service from './publication.service.js';

const TAGS = ['reports'];
const PUBLIC = { policy: { public: true }, rateLimit: { max: 120, timeWindow: '1 minute' } } as const;

export async function publicationRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const today = () => shanghaiToday(deps.clock);
  const ok = { ok: true as const };
  // A participant's report: its unit or the cycle's authority publishes; the service tells who may (404/403).
  const signedIn = { policy: { authenticated: true } } as const;
  const cycleAuthority = {
    policy: {
      permission: 'reports.report.publish' as const,
      scope: async (request: FastifyRequest) => ({
        orgId: (await requireCycle(db, (request.params as { id: string }).id)).cycle.authorityOrgId,
      }),
    },
  };

  r.get(
    '/api/reports/:id/publication',
    {
      schema: {
        tags: TAGS,
        summary: '年报的公开发布情况 A report’s publication',
        params: ZReportParams,
        response: { 200: ZPublicationState },
      },
      config: signedIn,
    },
    async (request) => service.reportPublicationState(db, requireAuth(request).grants, request.actor, request.params.id, today()),
  );

  r.post(
    '/api/reports/:id/publication',
    {
      schema: {
        tags: TAGS,
        summary: '公开发布已审定的年报（公开形式、时间、网址）Publish an approved report',
        params: ZReportParams,
        body: ZPublicationInput,
        response: { 200: ZOk },
      },
      config: signedIn,
    },
    async (request) => {
      const { grants } = requireAuth(request);
      await service.publishReport(db, request.actor, grants, request.params.id, request.body, deps.clock.now(), today());
      return ok;
    },
  );

  r.post(
    '/api/reports/:id/publication/withdraw',
    {
      schema: {
        tags: TAGS,
        summary: '撤回年报的公开发布（须说明原因）Withdraw a publication with a reason',
        params: ZReportParams,
        body: ZPublicationWithdrawal,
        response: { 200: ZOk },
      },
      config: signedIn,
    },
    async (request) => {
      const { grants } = requireAuth(request);
      await service.withdrawReport(db, request.actor, grants, request.params.id, request.body.reason, deps.clock.now());
      return ok;
    },
  );

  r.get(
    '/api/reports/cycles/:id/publication',
    {
      schema: {
        tags: TAGS,
        summary: '区级/市级年报的公开发布情况 The authority report’s publication',
        params: ZIdParams,
        response: { 200: ZPublicationState },
      },
      config: cycleAuthority,
    },
    async (request) => service.cyclePublicationState(db, requireAuth(request).grants, request.params.id, today()),
  );

  r.post(
    '/api/reports/cycles/:id/publication',
    {
      schema: {
        tags: TAGS,
        summary: '公开发布区级/市级年报 Publish the authority’s report',
        params: ZIdParams,
        body: ZPublicationInput,
        response: { 200: ZOk },
      },
      config: cycleAuthority,
    },
    async (request) => {
      const { grants } = requireAuth(request);
      await service.publishCycleReport(db, request.actor, grants, request.params.id, request.body, deps.clock.now(), today());
      return ok;
    },
  );

  r.post(
    '/api/reports/cycles/:id/publication/withdraw',
    {
      schema: {
        tags: TAGS,
        summary: '撤回区级/市级年报的公开发布 Withdraw the authority report’s publication',
        params: ZIdParams,
        body: ZPublicationWithdrawal,
        response: { 200: ZOk },
      },
      config: cycleAuthority,
    },
    async (request) => {
      const { grants } = requireAuth(request);
      await service.withdrawCycleReport(db, request.actor, grants, request.params.id, request.body.reason, deps.clock.now());
      return ok;
    },
  );

  r.get(
    '/api/public/reports/columns',
    {
      schema: { tags: TAGS, summary: '年报公示专栏（市、区）The public report columns', response: { 200: ZPublicColumns } },
      config: PUBLIC,
    },
    async () => publicColumns(db),
  );

  r.get(
    '/api/public/reports/columns/:id',
    {
      schema: {
        tags: TAGS,
        summary: '一个专栏公示的年报 The reports a column publishes (public)',
        params: ZIdParams,
        response: { 200: ZPublicColumn },
      },
      config: PUBLIC,
    },
    async (request) => publicColumn(db, request.params.id),
  );

  r.get(
    '/api/public/reports/cycles/:id',
    {
      schema: {
        tags: TAGS,
        summary: '公开的区级/市级年报 A published authority report',
        params: ZIdParams,
        response: { 200: ZPublicReport },
      },
      config: PUBLIC,
    },
    async (request) => publicCycleReport(db, request.params.id),
  );

  r.get(
    '/api/public/reports/:id',
    {
      schema: { tags: TAGS, summary: '公开的单位年报 A published unit report', params: ZReportParams, response: { 200: ZPublicReport } },
      config: PUBLIC,
    },
    async (request) => publicReport(db, request.params.id),
  );
}
