import {
  ZCall,
  ZCallInput,
  ZCallListQuery,
  ZCallPage,
  ZCallTransition,
  ZCallUpdate,
  ZIdParams,
  ZPublicCallPage,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { scopesWith } from '../../../kernel/rbac/rbac.rules.js';
import { selectionValidator } from '../selection.validation.js';
import * as service from './calls.service.js';

const TAGS = ['selection'];

export async function callRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const callScope = async (request: FastifyRequest) => ({
    orgId: (await service.requireCall(db, (request.params as { id: string }).id)).authorityOrgId,
  });
  const manage = { permission: 'selection.call.manage' as const, scope: callScope };

  r.get(
    '/api/public/selection/calls',
    {
      schema: {
        tags: TAGS,
        summary: '已发布的遴选：征集中、已截止、结果已公示 Issued calls',
        querystring: ZCallListQuery,
        response: { 200: ZPublicCallPage },
      },
      config: { policy: { public: true } },
      validatorCompiler: selectionValidator,
    },
    async (request) => service.listPublicCalls(db, request.query, deps.clock.now()),
  );

  r.get(
    '/api/public/selection/calls/:id',
    {
      schema: { tags: TAGS, summary: '遴选通知 An issued call', params: ZIdParams, response: { 200: ZCall } },
      config: { policy: { public: true } },
      validatorCompiler: selectionValidator,
    },
    async (request) => service.getPublicCall(db, request.params.id, deps.clock.now()),
  );

  r.get(
    '/api/selection/calls',
    {
      schema: { tags: TAGS, summary: '本单位发布的遴选 Calls of my authority', querystring: ZCallListQuery, response: { 200: ZCallPage } },
      config: { policy: { permission: 'selection.call.manage' } },
      validatorCompiler: selectionValidator,
    },
    async (request) =>
      service.listCalls(db, scopesWith(requireAuth(request).grants, 'selection.call.manage', 'org'), request.query, deps.clock.now()),
  );

  r.post(
    '/api/selection/calls',
    {
      schema: { tags: TAGS, summary: '新建遴选 Create a call', body: ZCallInput, response: { 201: ZCall } },
      config: {
        policy: {
          permission: 'selection.call.manage',
          scope: (request) => ({ orgId: (request.body as { authorityOrgId: string }).authorityOrgId }),
        },
      },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => reply.status(201).send(await service.createCall(db, request.actor, request.body, deps.clock.now())),
  );

  r.get(
    '/api/selection/calls/:id',
    {
      schema: { tags: TAGS, summary: '遴选详情 View a call', params: ZIdParams, response: { 200: ZCall } },
      config: { policy: manage },
      validatorCompiler: selectionValidator,
    },
    async (request) => service.getCall(db, request.params.id, deps.clock.now()),
  );

  r.patch(
    '/api/selection/calls/:id',
    {
      schema: { tags: TAGS, summary: '修改遴选 Edit a call', params: ZIdParams, body: ZCallUpdate, response: { 200: ZCall } },
      config: { policy: manage },
      validatorCompiler: selectionValidator,
    },
    async (request) => service.updateCall(db, request.actor, request.params.id, request.body, deps.clock.now()),
  );

  r.post(
    '/api/selection/calls/:id/open',
    {
      schema: {
        tags: TAGS,
        summary: '发布遴选（冻结表单和指标体系） Open a call',
        params: ZIdParams,
        body: ZCallTransition,
        response: { 200: ZCall },
      },
      config: { policy: manage },
      validatorCompiler: selectionValidator,
    },
    async (request) => service.openCall(db, request.actor, request.params.id, request.body.version, deps.clock.now()),
  );

  r.post(
    '/api/selection/calls/:id/close',
    {
      schema: { tags: TAGS, summary: '结束征集 Close a call', params: ZIdParams, body: ZCallTransition, response: { 200: ZCall } },
      config: { policy: manage },
      validatorCompiler: selectionValidator,
    },
    async (request) => service.closeCall(db, request.actor, request.params.id, request.body.version, deps.clock.now()),
  );
}
