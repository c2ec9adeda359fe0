import {
  ZIdParams,
  ZOk,
  ZRegisterCase,
  ZRegisterCaseImageParams,
  ZRegisterCaseInput,
  ZRegisterCaseList,
  ZRegisterCaseParams,
  ZRegisterCaseUpdate,
  ZRegisterImage,
} from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { sendDownload } from '../../../kernel/files/index.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { registerPolicies } from './register-policies.js';
import * as service from './cases.service.js';

const TAGS = ['reports'];

/** The 案例 of a cycle: read with the cycle's reports, changed with reports.registers.manage of its authority. */
export async function caseRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const { read, manage } = registerPolicies(db);
  const base = '/api/reports/cycles/:id/registers/cases';

  r.get(
    base,
    {
      schema: { tags: TAGS, summary: '年报案例 Cases of a cycle', params: ZIdParams, response: { 200: ZRegisterCaseList } },
      config: { policy: read },
    },
    async (request) => service.listCases(db, requireAuth(request).grants, request.params.id),
  );

  r.post(
    base,
    {
      schema: { tags: TAGS, summary: '登记案例 Add a case', params: ZIdParams, body: ZRegisterCaseInput, response: { 201: ZRegisterCase } },
      config: { policy: manage },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createCase(db, { ...request.actor, userId: requireAuth(request).user.id }, request.params.id, request.body)),
  );

  r.put(
    `${base}/:caseId`,
    {
      schema: {
        tags: TAGS,
        summary: '修改案例 Change a case',
        params: ZRegisterCaseParams,
        body: ZRegisterCaseUpdate,
        response: { 200: ZRegisterCase },
      },
      config: { policy: manage },
    },
    async (request) =>
      service.updateCase(
        db,
        { ...request.actor, userId: requireAuth(request).user.id },
        request.params.id,
        request.params.caseId,
        request.body,
      ),
  );

  r.delete(
    `${base}/:caseId`,
    {
      schema: {
        tags: TAGS,
        summary: '删除案例及其图片 Delete a case with its images',
        params: ZRegisterCaseParams,
        response: { 200: ZOk },
      },
      config: { policy: manage },
    },
    async (request) => {
      await service.deleteCase(db, request.actor, request.params.id, request.params.caseId);
      return { ok: true as const };
    },
  );

  r.post(
    `${base}/images`,
    {
      schema: {
        tags: TAGS,
        summary: '上传案例图片（PNG 或 JPEG，保存案例时保留） Upload a case image (kept once a case cites it)',
        params: ZIdParams,
        consumes: ['multipart/form-data'],
        response: { 201: ZRegisterImage },
      },
      config: { policy: manage },
    },
    async (request, reply) => {
      const image = await service.uploadCaseImage(db, request, {
        userId: requireAuth(request).user.id,
        maxBytes: deps.config.uploadMaxBytes,
      });
      return reply.status(201).send(image);
    },
  );

  r.get(
    `${base}/:caseId/images/:fileId`,
    {
      schema: { tags: TAGS, summary: '案例图片 A case image', params: ZRegisterCaseImageParams },
      config: { policy: read },
    },
    async (request, reply) =>
      sendDownload(reply, await service.caseImage(db, request.params.id, request.params.caseId, request.params.fileId)),
  );
}
