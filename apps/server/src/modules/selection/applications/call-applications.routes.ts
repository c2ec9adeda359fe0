/** The authority's side: the applications of its call, their versions, and returning one for correction. */
import {
  ZApplication,
  ZApplicationDiff,
  ZApplicationListQuery,
  ZApplicationPage,
  ZApplicationReturn,
  ZApplicationVersion,
  ZApplicationVersionSummary,
  ZCallApplicationParams,
  ZCallApplicationVersionParams,
  ZDiffQuery,
  ZIdParams,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { notFound } from '../../../kernel/errors.js';
import { sendDownload } from '../../../kernel/files/index.js';
import { typed } from '../../../kernel/http/routes.js';
import { requireCall } from '../calls/calls.service.js';
import { selectionValidator } from '../selection.validation.js';
import * as service from './applications.service.js';
import * as materials from './materials.service.js';
import * as versions from './versions.service.js';

const TAGS = ['selection'];

export async function callApplicationRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const manage = {
    permission: 'selection.call.manage' as const,
    scope: async (request: FastifyRequest) => ({ orgId: (await requireCall(db, (request.params as { id: string }).id)).authorityOrgId }),
  };
  /** The application must be one of this call's; any other id is "not found" here. */
  const applicationOfCall = async (callId: string, applicationId: string) => {
    const application = await service.requireApplication(db, applicationId);
    if (application.callId !== callId) throw notFound(service.APPLICATION_ENTITY);
    return application;
  };

  r.get(
    '/api/selection/calls/:id/applications',
    {
      schema: {
        tags: TAGS,
        summary: '遴选的申报 Applications of a call',
        params: ZIdParams,
        querystring: ZApplicationListQuery,
        response: { 200: ZApplicationPage },
      },
      config: { policy: manage },
      validatorCompiler: selectionValidator,
    },
    async (request) => service.listApplications(db, { callId: request.params.id }, request.query, deps.clock.now()),
  );

  r.get(
    '/api/selection/calls/:id/applications/:applicationId',
    {
      schema: { tags: TAGS, summary: '查看申报 View an application', params: ZCallApplicationParams, response: { 200: ZApplication } },
      config: { policy: manage },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await applicationOfCall(request.params.id, request.params.applicationId);
      return service.getApplication(db, request.params.applicationId, { locale: request.locale, mayEdit: false, now: deps.clock.now() });
    },
  );

  r.post(
    '/api/selection/calls/:id/applications/:applicationId/return',
    {
      schema: {
        tags: TAGS,
        summary: '退回修改 Return for correction',
        params: ZCallApplicationParams,
        body: ZApplicationReturn,
        response: { 200: ZApplication },
      },
      config: { policy: manage },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await service.returnApplication(db, request.actor, request.params.id, request.params.applicationId, request.body, deps.clock.now());
      return service.getApplication(db, request.params.applicationId, { locale: request.locale, mayEdit: false, now: deps.clock.now() });
    },
  );

  r.get(
    '/api/selection/calls/:id/applications/:applicationId/versions',
    {
      schema: {
        tags: TAGS,
        summary: '申报的历次提交 Versions',
        params: ZCallApplicationParams,
        response: { 200: z.array(ZApplicationVersionSummary) },
      },
      config: { policy: manage },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await applicationOfCall(request.params.id, request.params.applicationId);
      return versions.listVersions(db, request.params.applicationId);
    },
  );

  r.get(
    '/api/selection/calls/:id/applications/:applicationId/versions/:versionNo',
    {
      schema: {
        tags: TAGS,
        summary: '某次提交 One version',
        params: ZCallApplicationVersionParams,
        response: { 200: ZApplicationVersion },
      },
      config: { policy: manage },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await applicationOfCall(request.params.id, request.params.applicationId);
      return versions.getVersion(db, request.params.applicationId, request.params.versionNo);
    },
  );

  r.get(
    '/api/selection/calls/:id/applications/:applicationId/diff',
    {
      schema: {
        tags: TAGS,
        summary: '版本差异 Differences between versions',
        params: ZCallApplicationParams,
        querystring: ZDiffQuery,
        response: { 200: ZApplicationDiff },
      },
      config: { policy: manage },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await applicationOfCall(request.params.id, request.params.applicationId);
      return versions.diffVersions(db, request.params.applicationId, request.query.from, request.query.to, request.locale);
    },
  );

  r.get(
    '/api/selection/calls/:id/applications/:applicationId/material',
    {
      schema: { tags: TAGS, summary: '下载支撑材料 Download the supporting material', params: ZCallApplicationParams },
      config: { policy: manage },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => {
      await applicationOfCall(request.params.id, request.params.applicationId);
      return sendDownload(reply, await materials.materialFile(db, request.params.applicationId));
    },
  );
}
