import {
  ZAppointmentEnd,
  ZAppointmentInput,
  ZAppointmentParams,
  ZIdParams,
  ZOfficeDocumentInput,
  ZOfficeFileParams,
  ZOfficeInput,
  ZOfficeParams,
  ZOfficesView,
  ZOfficeUpload,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { sendDownload } from '../../../kernel/files/index.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { receiveGovernanceUpload } from '../uploads/governance-uploads.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { OFFICE_FILE_KIND } from './offices.repository.js';
import * as service from './offices.service.js';

const TAGS = ['governance'];

export async function officeRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const MANAGE = {
    permission: 'governance.office.manage',
    scope: (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id }),
  } as const;
  const view = (request: FastifyRequest, bodyId: string) =>
    service.listOffices(
      db,
      bodyId,
      shanghaiToday(deps.clock),
      request.locale,
      isAllowed(requireAuth(request).grants, 'governance.office.manage', { bodyId }),
    );

  r.get(
    '/api/bodies/:id/offices',
    {
      schema: { tags: TAGS, summary: '秘书处与委员会 Secretariat and committees', params: ZIdParams, response: { 200: ZOfficesView } },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => view(request, request.params.id),
  );

  r.post(
    '/api/bodies/:id/offices',
    {
      schema: { tags: TAGS, summary: '设立机构 Set up an organ', params: ZIdParams, body: ZOfficeInput, response: { 200: ZOfficesView } },
      config: { policy: MANAGE },
    },
    async (request) => {
      await service.createOffice(db, request.actor, request.params.id, request.body);
      return view(request, request.params.id);
    },
  );

  r.post(
    '/api/bodies/:id/offices/:officeId/appointments',
    {
      schema: {
        tags: TAGS,
        summary: '登记任命 Record an appointment',
        params: ZOfficeParams,
        body: ZAppointmentInput,
        response: { 200: ZOfficesView },
      },
      config: { policy: MANAGE },
    },
    async (request) => {
      await service.appoint(db, request.actor, request.params.id, request.params.officeId, request.body, shanghaiToday(deps.clock));
      return view(request, request.params.id);
    },
  );

  r.post(
    '/api/bodies/:id/offices/:officeId/appointments/:appointmentId/end',
    {
      schema: {
        tags: TAGS,
        summary: '登记离任 Record that a holder left',
        params: ZAppointmentParams,
        body: ZAppointmentEnd,
        response: { 200: ZOfficesView },
      },
      config: { policy: MANAGE },
    },
    async (request) => {
      const { id, officeId, appointmentId } = request.params;
      await service.endAppointment(db, request.actor, id, officeId, appointmentId, request.body.endedOn);
      return view(request, id);
    },
  );

  r.put(
    '/api/bodies/:id/offices/:officeId/documents',
    {
      schema: {
        tags: TAGS,
        summary: '提交工作细则或工作报告 Save a committee’s working rules or report',
        params: ZOfficeParams,
        body: ZOfficeDocumentInput,
        response: { 200: ZOfficesView },
      },
      config: { policy: MANAGE },
    },
    async (request) => {
      await service.saveDocument(db, request.actor, request.params.id, request.params.officeId, request.body);
      return view(request, request.params.id);
    },
  );

  r.post(
    '/api/bodies/:id/offices/files',
    {
      schema: { tags: TAGS, summary: '上传机构文件附件 Upload an attachment', params: ZIdParams, response: { 201: ZOfficeUpload } },
      config: { policy: MANAGE },
    },
    async (request, reply) => {
      const file = await receiveGovernanceUpload(db, request, {
        userId: requireAuth(request).user.id,
        maxBytes: deps.config.uploadMaxBytes,
        kind: OFFICE_FILE_KIND,
      });
      return reply.status(201).send(file);
    },
  );

  r.get(
    '/api/bodies/:id/offices/files/:fileId',
    {
      schema: { tags: TAGS, summary: '下载机构文件附件 Download an attachment', params: ZOfficeFileParams },
      config: { policy: { permission: 'body.read' } },
    },
    async (request, reply) => sendDownload(reply, await service.documentFile(db, request.params.id, request.params.fileId)),
  );
}
