import {
  XLSX_CONTENT_TYPE,
  ZIdParams,
  ZImportResult,
  ZImportRowsInvalid,
  ZOk,
  ZRegisterBlocks,
  ZRegisterBlocksInput,
  ZRegisterEntry,
  ZRegisterEntryInput,
  ZRegisterEntryList,
  ZRegisterEntryParams,
  ZRegisterEntryUpdate,
  ZRegisterFilter,
} from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { buildTemplateWorkbook, importRowsInvalidBody, receiveUpload, sendDownload } from '../../../kernel/files/index.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { requireCycle } from '../cycles/cycles.service.js';
import { registerPolicies } from './register-policies.js';
import { exportEntries, importEntries, REGISTER_IMPORT_TEMPLATE } from './registers.import.js';
import { listEntries as entriesOfCycle } from './registers.repository.js';
import * as service from './registers.service.js';

const TAGS = ['reports'];

/**
 * The 项目与荣誉 register of a cycle. Whoever reads the cycle's reports (reports.cycle.manage of its authority) reads
 * it; reports.registers.manage of that authority changes it. The cycle's authority is the scope of every route, and
 * an entry id is looked up within the cycle, so another authority's ids answer 403 or 404.
 */
export async function registerRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const { read, manage } = registerPolicies(db);
  const base = '/api/reports/cycles/:id/registers';

  r.get(
    `${base}/entries`,
    {
      schema: {
        tags: TAGS,
        summary: '项目与荣誉登记（可按类别、级别、年份、学段、来源表格、关键词筛选） Register entries of a cycle',
        params: ZIdParams,
        querystring: ZRegisterFilter,
        response: { 200: ZRegisterEntryList },
      },
      config: { policy: read },
    },
    async (request) => service.listEntries(db, requireAuth(request).grants, request.params.id, request.query),
  );

  r.post(
    `${base}/entries`,
    {
      schema: {
        tags: TAGS,
        summary: '登记项目与荣誉 Add a register entry',
        params: ZIdParams,
        body: ZRegisterEntryInput,
        response: { 201: ZRegisterEntry },
      },
      config: { policy: manage },
    },
    async (request, reply) => reply.status(201).send(await service.createEntry(db, request.actor, request.params.id, request.body)),
  );

  r.put(
    `${base}/entries/:entryId`,
    {
      schema: {
        tags: TAGS,
        summary: '修改项目与荣誉登记 Change a register entry',
        params: ZRegisterEntryParams,
        body: ZRegisterEntryUpdate,
        response: { 200: ZRegisterEntry },
      },
      config: { policy: manage },
    },
    async (request) => service.updateEntry(db, request.actor, request.params.id, request.params.entryId, request.body),
  );

  r.delete(
    `${base}/entries/:entryId`,
    {
      schema: { tags: TAGS, summary: '删除项目与荣誉登记 Delete a register entry', params: ZRegisterEntryParams, response: { 200: ZOk } },
      config: { policy: manage },
    },
    async (request) => {
      await service.deleteEntry(db, request.actor, request.params.id, request.params.entryId);
      return { ok: true as const };
    },
  );

  r.get(
    `${base}/entries/template.xlsx`,
    {
      schema: { tags: TAGS, summary: '下载项目与荣誉导入模板 Download the register import template', params: ZIdParams },
      config: { policy: manage },
    },
    async (_request, reply) => {
      const content = await buildTemplateWorkbook(REGISTER_IMPORT_TEMPLATE, { maxRows: deps.config.importMaxRows });
      return sendDownload(reply, { filename: REGISTER_IMPORT_TEMPLATE.templateFilename, contentType: XLSX_CONTENT_TYPE, content });
    },
  );

  r.post(
    `${base}/entries/import`,
    {
      schema: {
        tags: TAGS,
        summary: '批量导入项目与荣誉（multipart 字段 file，全部通过才写入） Import register entries (multipart field `file`)',
        params: ZIdParams,
        consumes: ['multipart/form-data'],
        response: { 200: ZImportResult, 422: ZImportRowsInvalid },
      },
      config: { policy: manage },
    },
    async (request, reply) => {
      const upload = await receiveUpload(request, deps.config.uploadMaxBytes);
      const actor = { ...request.actor, userId: requireAuth(request).user.id };
      const outcome = await importEntries(db, actor, request.params.id, upload, {
        locale: request.locale,
        limits: { maxBytes: deps.config.uploadMaxBytes, maxRows: deps.config.importMaxRows },
      });
      if (outcome.status === 'invalid') return reply.status(422).send(importRowsInvalidBody(outcome, request.locale, request.id));
      return outcome.result;
    },
  );

  r.get(
    `${base}/entries/export.xlsx`,
    {
      schema: { tags: TAGS, summary: '导出项目与荣誉（导入模板的列） Export register entries', params: ZIdParams },
      config: { policy: read },
    },
    async (request, reply) => {
      const { cycle } = await requireCycle(db, request.params.id);
      const content = await exportEntries(await entriesOfCycle(db, cycle.id));
      return sendDownload(reply, { filename: `${cycle.title}-项目与荣誉.xlsx`, contentType: XLSX_CONTENT_TYPE, content });
    },
  );

  r.get(
    `${base}/blocks`,
    {
      schema: {
        tags: TAGS,
        summary: '年报中的登记表格 The report’s register tables',
        params: ZIdParams,
        response: { 200: ZRegisterBlocks },
      },
      config: { policy: read },
    },
    async (request) => service.getBlocks(db, requireAuth(request).grants, request.params.id),
  );

  r.put(
    `${base}/blocks`,
    {
      schema: {
        tags: TAGS,
        summary: '设置年报中的登记表格（表题、所在章节、筛选条件） Set the report’s register tables',
        params: ZIdParams,
        body: ZRegisterBlocksInput,
        response: { 200: ZRegisterBlocks },
      },
      config: { policy: manage },
    },
    async (request) => service.setBlocks(db, request.actor, requireAuth(request).grants, request.params.id, request.body),
  );
}
