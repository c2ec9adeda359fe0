/** Downloads: the 推荐书 as DOCX for its applicant and for the authority, the 汇总表 for the authority. */
import { ZCallApplicationParams, ZIdParams } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { notFound } from '../../../kernel/errors.js';
import { sendDownload } from '../../../kernel/files/index.js';
import { typed } from '../../../kernel/http/routes.js';
import { APPLICATION_ENTITY, requireApplication } from '../applications/applications.service.js';
import { requireCall } from '../calls/calls.service.js';
import { selectionValidator } from '../selection.validation.js';
import { recommendationDocx, summarySheet } from './exports.service.js';

const TAGS = ['selection'];
const ZVersionQuery = z.object({ version: z.coerce.number().int().positive().optional() });

export async function exportRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const callScope = async (request: FastifyRequest) => ({
    orgId: (await requireCall(db, (request.params as { id: string }).id)).authorityOrgId,
  });

  r.get(
    '/api/selection/applications/:id/recommendation.docx',
    {
      schema: { tags: TAGS, summary: '导出推荐书（Word） Export the form as DOCX', params: ZIdParams, querystring: ZVersionQuery },
      config: {
        policy: {
          permission: 'selection.application.edit',
          scope: async (request) => ({ orgId: (await requireApplication(db, (request.params as { id: string }).id)).applicantOrgId }),
        },
      },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => sendDownload(reply, await recommendationDocx(db, request.params.id, request.query.version)),
  );

  r.get(
    '/api/selection/calls/:id/applications/:applicationId/recommendation.docx',
    {
      schema: {
        tags: TAGS,
        summary: '导出推荐书（Word） Export the form as DOCX',
        params: ZCallApplicationParams,
        querystring: ZVersionQuery,
      },
      config: { policy: { permission: 'selection.call.manage', scope: callScope } },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => {
      const application = await requireApplication(db, request.params.applicationId);
      if (application.callId !== request.params.id) throw notFound(APPLICATION_ENTITY);
      return sendDownload(reply, await recommendationDocx(db, application.id, request.query.version));
    },
  );

  r.get(
    '/api/selection/calls/:id/summary.xlsx',
    {
      schema: { tags: TAGS, summary: '申报汇总表（附件3） Summary table as XLSX', params: ZIdParams },
      config: { policy: { permission: 'selection.call.manage', scope: callScope } },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => sendDownload(reply, await summarySheet(db, request.actor, request.params.id)),
  );
}
