import {
  XLSX_CONTENT_TYPE,
  ZImportResult,
  ZImportRowsInvalid,
  ZPublicTalentLists,
  ZTalentBodyParams,
  ZTalentListExportParams,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { buildTemplateWorkbook, importRowsInvalidBody, receiveUpload, sendDownload } from '../../../kernel/files/index.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { requireBody } from '../../bodies/index.js';
import { importList } from './list-import.js';
import { LIST_IMPORTS } from './list-imports.js';
import { exportFilename, exportList } from './lists.export.js';
import { publicLists } from './public-lists.service.js';

const TAGS = ['talent'];

export async function listRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  // Importing is the secretariat's, as the list's own checks (admission, drafts to publish) are.
  const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });

  r.get(
    '/api/bodies/:id/talent/lists/:list/export.xlsx',
    {
      schema: { tags: TAGS, summary: '导出清单（Excel） Export a list as a spreadsheet', params: ZTalentListExportParams },
      config: { policy: { permission: 'body.read' } },
    },
    async (request, reply) => {
      const body = await requireBody(db, request.params.id);
      const today = shanghaiToday(deps.clock);
      const content = await exportList(db, requireAuth(request).grants, body.id, request.params.list, today);
      return sendDownload(reply, {
        filename: exportFilename(body.name, request.params.list, today),
        contentType: XLSX_CONTENT_TYPE,
        content,
      });
    },
  );

  r.get(
    '/api/bodies/:id/talent/lists/:list/import/template.xlsx',
    {
      schema: {
        tags: TAGS,
        summary: '下载清单导入模板 Download a list’s import template',
        params: ZTalentListExportParams,
      },
      config: { policy: { permission: 'talent.list.manage', scope: bodyScope } },
    },
    async (request, reply) => {
      const { template } = LIST_IMPORTS[request.params.list];
      const content = await buildTemplateWorkbook(template, { maxRows: deps.config.importMaxRows });
      return sendDownload(reply, { filename: template.templateFilename, contentType: XLSX_CONTENT_TYPE, content });
    },
  );

  r.post(
    '/api/bodies/:id/talent/lists/:list/import',
    {
      schema: {
        tags: TAGS,
        summary:
          '从模板批量导入清单（multipart 字段 file，全部成功或全不导入） Import a list from its template (multipart field `file`, all or nothing)',
        params: ZTalentListExportParams,
        consumes: ['multipart/form-data'],
        response: { 200: ZImportResult, 422: ZImportRowsInvalid },
      },
      config: { policy: { permission: 'talent.list.manage', scope: bodyScope } },
    },
    async (request, reply) => {
      await requireBody(db, request.params.id);
      const upload = await receiveUpload(request, deps.config.uploadMaxBytes);
      const actor = { ...request.actor, userId: requireAuth(request).user.id };
      const outcome = await importList(db, actor, request.params.id, LIST_IMPORTS[request.params.list], upload, {
        locale: request.locale,
        limits: { maxBytes: deps.config.uploadMaxBytes, maxRows: deps.config.importMaxRows },
        at: { now: deps.clock.now(), today: shanghaiToday(deps.clock) },
      });
      if (outcome.status === 'invalid') return reply.status(422).send(importRowsInvalidBody(outcome, request.locale, request.id));
      return outcome.result;
    },
  );

  r.get(
    '/api/public/bodies/:id/talent/lists',
    {
      schema: {
        tags: TAGS,
        summary: '公开的各类清单 The body’s published lists (public)',
        params: ZTalentBodyParams,
        response: { 200: ZPublicTalentLists },
      },
      config: { policy: { public: true }, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request) => publicLists(db, request.params.id, shanghaiToday(deps.clock)),
  );
}
