/** The applicant's side of a 推荐书: start, fill in section by section, attach files, submit, see versions. */
import {
  ZPlacementSuggestion,
  ZApplication,
  ZApplicationCreate,
  ZApplicationDiff,
  ZApplicationListQuery,
  ZApplicationPage,
  ZApplicationVersion,
  ZApplicationVersionRef,
  ZApplicationVersionSummary,
  ZDiffQuery,
  ZIdParams,
  ZSealParams,
  ZSectionParams,
  ZSectionSave,
  ZSupportingMaterial,
  ZTocUpdate,
  ZVersionParams,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { receiveUpload, sendDownload } from '../../../kernel/files/index.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { isAllowed, scopesWith } from '../../../kernel/rbac/rbac.rules.js';
import { selectionValidator } from '../selection.validation.js';
import * as service from './applications.service.js';
import * as materials from './materials.service.js';
import { placementSuggestion } from './placement-suggestions.service.js';
import * as versions from './versions.service.js';

const TAGS = ['selection'];

export async function applicationRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const applicationScope = async (request: FastifyRequest) => ({
    orgId: (await service.requireApplication(db, (request.params as { id: string }).id)).applicantOrgId,
  });
  const edit = { permission: 'selection.application.edit' as const, scope: applicationScope };
  const present = async (request: FastifyRequest, id: string) => {
    const application = await service.requireApplication(db, id);
    const mayEdit = isAllowed(requireAuth(request).grants, 'selection.application.edit', { orgId: application.applicantOrgId });
    return service.getApplication(db, id, { locale: request.locale, mayEdit, now: deps.clock.now() });
  };

  r.get(
    '/api/selection/applications',
    {
      schema: {
        tags: TAGS,
        summary: '本单位的推荐书 Applications of my organisation',
        querystring: ZApplicationListQuery,
        response: { 200: ZApplicationPage },
      },
      config: { policy: { permission: 'selection.application.edit' } },
      validatorCompiler: selectionValidator,
    },
    async (request) =>
      service.listApplications(
        db,
        { applicantOrgIds: scopesWith(requireAuth(request).grants, 'selection.application.edit', 'org') },
        request.query,
        deps.clock.now(),
      ),
  );

  r.post(
    '/api/selection/applications',
    {
      schema: { tags: TAGS, summary: '新建推荐书 Start an application', body: ZApplicationCreate, response: { 201: ZApplication } },
      config: {
        policy: {
          permission: 'selection.application.edit',
          scope: (request) => ({ orgId: (request.body as { applicantOrgId: string }).applicantOrgId }),
        },
      },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => {
      const created = await service.createApplication(db, request.actor, request.body, deps.clock.now());
      return reply.status(201).send(await present(request, created.id));
    },
  );

  r.get(
    '/api/selection/applications/:id',
    {
      schema: { tags: TAGS, summary: '推荐书 View an application', params: ZIdParams, response: { 200: ZApplication } },
      config: { policy: edit },
      validatorCompiler: selectionValidator,
    },
    async (request) => present(request, request.params.id),
  );

  r.patch(
    '/api/selection/applications/:id/sections/:section',
    {
      schema: {
        tags: TAGS,
        summary: '保存推荐书的一部分（自动保存） Save one section (autosave)',
        params: ZSectionParams,
        body: ZSectionSave,
        response: { 200: ZApplication },
      },
      config: { policy: edit },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await service.saveSection(db, request.actor, request.params.id, request.params.section, request.body, deps.clock.now());
      return present(request, request.params.id);
    },
  );

  r.post(
    '/api/selection/applications/:id/submit',
    {
      schema: {
        tags: TAGS,
        summary: '提交推荐书 Submit',
        params: ZIdParams,
        body: ZApplicationVersionRef,
        response: { 200: ZApplication },
      },
      config: { policy: edit },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await service.submitApplication(db, request.actor, request.params.id, request.body.version, deps.clock.now());
      return present(request, request.params.id);
    },
  );

  r.get(
    '/api/selection/applications/:id/placement-suggestions',
    {
      schema: {
        tags: TAGS,
        summary: '按平台记录计算的第三部分数值（供采用） Section 3 figures computed from the consortium’s placement records',
        params: ZIdParams,
        response: { 200: ZPlacementSuggestion },
      },
      config: { policy: edit },
      validatorCompiler: selectionValidator,
    },
    async (request) => placementSuggestion(db, request.params.id, shanghaiToday(deps.clock)),
  );

  r.get(
    '/api/selection/applications/:id/versions',
    {
      schema: {
        tags: TAGS,
        summary: '推荐书的历次提交 Versions',
        params: ZIdParams,
        response: { 200: z.array(ZApplicationVersionSummary) },
      },
      config: { policy: edit },
      validatorCompiler: selectionValidator,
    },
    async (request) => versions.listVersions(db, request.params.id),
  );

  r.get(
    '/api/selection/applications/:id/versions/:versionNo',
    {
      schema: { tags: TAGS, summary: '某次提交的推荐书 One version', params: ZVersionParams, response: { 200: ZApplicationVersion } },
      config: { policy: edit },
      validatorCompiler: selectionValidator,
    },
    async (request) => versions.getVersion(db, request.params.id, request.params.versionNo),
  );

  r.get(
    '/api/selection/applications/:id/diff',
    {
      schema: {
        tags: TAGS,
        summary: '两个版本的差异 Differences between versions',
        params: ZIdParams,
        querystring: ZDiffQuery,
        response: { 200: ZApplicationDiff },
      },
      config: { policy: edit },
      validatorCompiler: selectionValidator,
    },
    async (request) => versions.diffVersions(db, request.params.id, request.query.from, request.query.to, request.locale),
  );

  r.post(
    '/api/selection/applications/:id/material',
    {
      schema: {
        tags: TAGS,
        summary: '上传支撑材料（PDF） Upload the supporting material',
        params: ZIdParams,
        response: { 201: ZSupportingMaterial },
      },
      config: { policy: edit },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => {
      const upload = await receiveUpload(request, deps.config.uploadMaxBytes);
      return reply.status(201).send(await materials.uploadMaterial(db, request.actor, request.params.id, upload, deps.clock.now()));
    },
  );

  r.put(
    '/api/selection/applications/:id/material/toc',
    {
      schema: {
        tags: TAGS,
        summary: '支撑材料目录 Table of contents',
        params: ZIdParams,
        body: ZTocUpdate,
        response: { 200: ZSupportingMaterial },
      },
      config: { policy: edit },
      validatorCompiler: selectionValidator,
    },
    async (request) => materials.setToc(db, request.actor, request.params.id, request.body.entries, deps.clock.now()),
  );

  r.get(
    '/api/selection/applications/:id/material',
    {
      schema: { tags: TAGS, summary: '下载支撑材料 Download the supporting material', params: ZIdParams },
      config: { policy: edit },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => sendDownload(reply, await materials.materialFile(db, request.params.id)),
  );

  r.post(
    '/api/selection/applications/:id/seals/:slot',
    {
      schema: {
        tags: TAGS,
        summary: '上传公章图片 Upload a seal image',
        params: ZSealParams,
        response: { 201: z.object({ id: z.string(), slot: z.string(), contentType: z.string() }) },
      },
      config: { policy: edit },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => {
      const upload = await receiveUpload(request, materials.SEAL_MAX_BYTES);
      return reply
        .status(201)
        .send(await materials.uploadSeal(db, request.actor, request.params.id, request.params.slot, upload, deps.clock.now()));
    },
  );

  r.get(
    '/api/selection/applications/:id/seal-images/:fileId',
    {
      schema: { tags: TAGS, summary: '公章图片 A seal image', params: z.object({ id: z.uuid(), fileId: z.uuid() }) },
      config: { policy: edit },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => sendDownload(reply, await materials.sealFile(db, request.params.id, request.params.fileId)),
  );
}
