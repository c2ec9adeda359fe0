import { ZImportResult, ZImportRowsInvalid, ZOrgListQuery, XLSX_CONTENT_TYPE } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { requireAuth } from '../../kernel/http/context.js';
import { typed } from '../../kernel/http/routes.js';
import { buildTemplateWorkbook, importRowsInvalidBody, receiveUpload, sendDownload } from '../../kernel/files/index.js';
import { exportFilename, exportOrganizations } from './organizations.export.js';
import { importOrganizations, ORG_IMPORT_TEMPLATE } from './organizations.import.js';

const ZOrgExportQuery = ZOrgListQuery.omit({ page: true, pageSize: true });

/** Spreadsheet endpoints of the organisation directory: template, import, export. */
export async function organizationFileRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const { config } = deps;
  const r = typed(app);

  r.get(
    '/api/organizations/import/template.xlsx',
    {
      schema: { tags: ['organizations'], summary: '下载组织导入模板 Download the organisation import template' },
      config: { policy: { permission: 'org.import' } },
    },
    async (_request, reply) => {
      const content = await buildTemplateWorkbook(ORG_IMPORT_TEMPLATE, { maxRows: config.importMaxRows });
      return sendDownload(reply, { filename: ORG_IMPORT_TEMPLATE.templateFilename, contentType: XLSX_CONTENT_TYPE, content });
    },
  );

  r.post(
    '/api/organizations/import',
    {
      schema: {
        tags: ['organizations'],
        summary: '批量导入组织（multipart 字段 file） Import organisations from the template (multipart field `file`)',
        consumes: ['multipart/form-data'],
        response: { 200: ZImportResult, 422: ZImportRowsInvalid },
      },
      config: { policy: { permission: 'org.import' } },
    },
    async (request, reply) => {
      const upload = await receiveUpload(request, config.uploadMaxBytes);
      const actor = { ...request.actor, userId: requireAuth(request).user.id };
      const outcome = await importOrganizations(db, actor, upload, {
        locale: request.locale,
        limits: { maxBytes: config.uploadMaxBytes, maxRows: config.importMaxRows },
      });
      if (outcome.status === 'invalid') return reply.status(422).send(importRowsInvalidBody(outcome, request.locale, request.id));
      return outcome.result;
    },
  );

  r.get(
    '/api/organizations/export.xlsx',
    {
      schema: {
        tags: ['organizations'],
        summary: '导出组织名录 Export the organisations matching the filters',
        querystring: ZOrgExportQuery,
      },
      config: { policy: { permission: 'org.read' } },
    },
    async (request, reply) => {
      const content = await exportOrganizations(db, request.query);
      return sendDownload(reply, { filename: exportFilename(deps.clock.now()), contentType: XLSX_CONTENT_TYPE, content });
    },
  );
}
