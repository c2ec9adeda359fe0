/** The audit log for the audit administrator (审计管理员): read, export, verify. */
import { ZAuditFilter, ZAuditPage, ZAuditQuery, ZAuditVerification } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { sendDownload } from '../../kernel/files/index.js';
import { typed } from '../../kernel/http/routes.js';
import * as service from './audit-log.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function auditLogRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const tags = ['audit'];

  r.get(
    '/api/audit',
    {
      schema: { tags, summary: '审计日志 Read the audit log', querystring: ZAuditQuery, response: { 200: ZAuditPage } },
      config: { policy: { permission: 'audit.read' } },
    },
    async (request) => service.listAuditEntries(db, request.query),
  );

  r.get(
    '/api/audit/export.xlsx',
    {
      schema: { tags, summary: '导出审计日志 Export the audit log', querystring: ZAuditFilter },
      config: { policy: { permission: 'audit.export' } },
    },
    async (request, reply) => {
      const file = await service.exportAuditEntries(db, request.actor, request.query, deps.clock.now());
      return sendDownload(reply, { filename: file.fileName, contentType: XLSX_TYPE, content: file.content });
    },
  );

  r.post(
    '/api/audit/verify',
    {
      schema: { tags, summary: '校验审计链 Verify the audit chain', response: { 200: ZAuditVerification } },
      config: { policy: { permission: 'audit.verify' } },
    },
    async (request) => service.verifyAuditLog(db, request.actor, deps.config.audit.checkpointDir),
  );
}
