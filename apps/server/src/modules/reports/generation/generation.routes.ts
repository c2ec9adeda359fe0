import { ZGeneratedQuery, ZGeneratedReport, ZIdParams, ZReportParams } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { renderDocx, renderPdf } from '../../../kernel/documents/index.js';
import { sendDownload } from '../../../kernel/files/http-download.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { requireCycle } from '../cycles/cycles.service.js';
import { documentBlocks, generateForCycle, generateForReport } from './generation.service.js';

const TAGS = ['reports'];
const FORMATS = {
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderDocx },
  pdf: { contentType: 'application/pdf', render: renderPdf },
} as const;

export async function generationRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const cycleScope = async (request: FastifyRequest) => ({
    orgId: (await requireCycle(db, (request.params as { id: string }).id)).cycle.authorityOrgId,
  });

  r.get(
    '/api/reports/:id/generated',
    {
      schema: {
        tags: TAGS,
        summary: '生成的学校年报（提纲与数据表）The school’s generated report',
        params: ZReportParams,
        response: { 200: ZGeneratedReport },
      },
      // The unit's collector, reviewer and principal, the authority and the experts assigned to evaluate it: the service checks which.
      config: { policy: { authenticated: true } },
    },
    async (request) => generateForReport(db, requireAuth(request).grants, request.actor, request.params.id),
  );

  r.get(
    '/api/reports/cycles/:id/generated',
    {
      schema: {
        tags: TAGS,
        summary: '生成的区级/市级年报（表1 办学情况表及合计）The authority’s generated report',
        params: ZIdParams,
        querystring: ZGeneratedQuery,
        response: { 200: ZGeneratedReport },
      },
      config: { policy: { permission: 'reports.cycle.manage', scope: cycleScope } },
    },
    async (request) => generateForCycle(db, request.params.id, request.query.basis),
  );

  for (const [format, { contentType, render }] of Object.entries(FORMATS)) {
    r.get(
      `/api/reports/:id/generated.${format}`,
      {
        schema: { tags: TAGS, summary: `下载学校年报（${format.toUpperCase()}）Download the school’s report`, params: ZReportParams },
        config: { policy: { authenticated: true } },
      },
      async (request, reply) => {
        const report = await generateForReport(db, requireAuth(request).grants, request.actor, request.params.id);
        const content = await render(documentBlocks(report), { title: report.title, pageNumbers: true });
        return sendDownload(reply, { filename: `${report.title}.${format}`, contentType, content });
      },
    );
    r.get(
      `/api/reports/cycles/:id/generated.${format}`,
      {
        schema: {
          tags: TAGS,
          summary: `下载区级/市级年报（${format.toUpperCase()}）Download the authority’s report`,
          params: ZIdParams,
          querystring: ZGeneratedQuery,
        },
        config: { policy: { permission: 'reports.cycle.manage', scope: cycleScope } },
      },
      async (request, reply) => {
        const report = await generateForCycle(db, request.params.id, request.query.basis);
        const content = await render(documentBlocks(report), { title: report.title, pageNumbers: true });
        return sendDownload(reply, { filename: `${report.title}.${format}`, contentType, content });
      },
    );
  }
}
