import {
  ZOk,
  ZPublicTalentReportParams,
  ZPublicTalentReports,
  ZTalentBodyParams,
  ZTalentReport,
  ZTalentReportInput,
  ZTalentReportList,
  ZTalentReportParams,
  ZTalentReportPublishInput,
  ZTalentReportSectionsInput,
  ZTalentReportWithdrawInput,
  type TTalentReport,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { renderDocx, renderPdf } from '../../../kernel/documents/index.js';
import { sendDownload } from '../../../kernel/files/http-download.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { publicReport, publicReports } from './public-reports.service.js';
import { reportBlocks } from './report-document.js';
import * as service from './reports.service.js';

const TAGS = ['talent'];
const ZCreated = z.object({ id: z.string() });
const FORMATS = {
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderDocx },
  pdf: { contentType: 'application/pdf', render: renderPdf },
} as const;

async function sendReport(reply: FastifyReply, report: TTalentReport, format: keyof typeof FORMATS) {
  const { contentType, render } = FORMATS[format];
  const content = await render(reportBlocks(report), { title: report.title, pageNumbers: true });
  const name = report.numberLabel ? `${report.title}（${report.numberLabel}）` : report.title;
  return sendDownload(reply, { filename: `${name}.${format}`, contentType, content });
}

export async function reportRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const manage = {
    permission: 'talent.report.manage' as const,
    scope: (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id }),
  };
  const at = () => ({ now: deps.clock.now(), today: shanghaiToday(deps.clock) });
  const present = (request: FastifyRequest) => {
    const { id, reportId } = request.params as { id: string; reportId: string };
    return service.getReport(db, requireAuth(request).grants, id, reportId, shanghaiToday(deps.clock));
  };

  r.get(
    '/api/bodies/:id/talent/reports',
    {
      schema: {
        tags: TAGS,
        summary: '人才供需报告 The body’s supply–demand reports',
        params: ZTalentBodyParams,
        response: { 200: ZTalentReportList },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listReports(db, requireAuth(request).grants, request.params.id),
  );

  r.post(
    '/api/bodies/:id/talent/reports',
    {
      schema: {
        tags: TAGS,
        summary: '编制季度专报或年度人才需求报告 Draft a quarterly or yearly report',
        params: ZTalentBodyParams,
        body: ZTalentReportInput,
        response: { 201: ZCreated },
      },
      config: { policy: manage },
    },
    async (request, reply) => {
      const row = await service.createReport(db, request.actor, request.params.id, request.body, at());
      return reply.status(201).send({ id: row.id });
    },
  );

  r.get(
    '/api/bodies/:id/talent/reports/:reportId',
    {
      schema: {
        tags: TAGS,
        summary: '一份人才供需报告 One report with its figures',
        params: ZTalentReportParams,
        response: { 200: ZTalentReport },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => present(request),
  );

  r.put(
    '/api/bodies/:id/talent/reports/:reportId/sections',
    {
      schema: {
        tags: TAGS,
        summary: '修改导语、分析、建议 Edit the report’s text',
        params: ZTalentReportParams,
        body: ZTalentReportSectionsInput,
        response: { 200: ZTalentReport },
      },
      config: { policy: manage },
    },
    async (request) => {
      await service.updateSections(db, request.actor, request.params.id, request.params.reportId, request.body);
      return present(request);
    },
  );

  r.post(
    '/api/bodies/:id/talent/reports/:reportId/publish',
    {
      schema: {
        tags: TAGS,
        summary: '发布报告（编号、数据定格） Publish: number the report and freeze its figures',
        params: ZTalentReportParams,
        body: ZTalentReportPublishInput,
        response: { 200: ZTalentReport },
      },
      config: { policy: manage },
    },
    async (request) => {
      await service.publishReport(db, request.actor, request.params.id, request.params.reportId, request.body, at());
      return present(request);
    },
  );

  r.post(
    '/api/bodies/:id/talent/reports/:reportId/withdraw',
    {
      schema: {
        tags: TAGS,
        summary: '撤回已发布的报告（须说明原因） Withdraw a published report with a reason',
        params: ZTalentReportParams,
        body: ZTalentReportWithdrawInput,
        response: { 200: ZTalentReport },
      },
      config: { policy: manage },
    },
    async (request) => {
      await service.withdrawReport(db, request.actor, request.params.id, request.params.reportId, request.body, at());
      return present(request);
    },
  );

  r.delete(
    '/api/bodies/:id/talent/reports/:reportId',
    {
      schema: {
        tags: TAGS,
        summary: '删除报告草稿 Delete a draft',
        params: ZTalentReportParams,
        body: ZTalentReportPublishInput,
        response: { 200: ZOk },
      },
      config: { policy: manage },
    },
    async (request) => {
      await service.deleteDraft(db, request.actor, request.params.id, request.params.reportId, request.body.version);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/public/bodies/:id/talent/reports',
    {
      schema: {
        tags: TAGS,
        summary: '公开的人才供需报告 The body’s published reports (public)',
        params: ZTalentBodyParams,
        response: { 200: ZPublicTalentReports },
      },
      config: { policy: { public: true }, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request) => publicReports(db, request.params.id),
  );

  for (const format of Object.keys(FORMATS) as (keyof typeof FORMATS)[]) {
    r.get(
      `/api/bodies/:id/talent/reports/:reportId/document.${format}`,
      {
        schema: { tags: TAGS, summary: `下载报告（${format.toUpperCase()}） Download the report`, params: ZTalentReportParams },
        config: { policy: { permission: 'body.read' } },
      },
      async (request, reply) => sendReport(reply, await present(request), format),
    );
    r.get(
      `/api/public/talent/reports/:reportId/document.${format}`,
      {
        schema: {
          tags: TAGS,
          summary: `下载已发布的报告（${format.toUpperCase()}） Download a published report (public)`,
          params: ZPublicTalentReportParams,
        },
        config: { policy: { public: true }, rateLimit: { max: 30, timeWindow: '1 minute' } },
      },
      async (request, reply) => sendReport(reply, await publicReport(db, request.params.reportId, shanghaiToday(deps.clock)), format),
    );
  }
}
