/** Two-person approvals (双人审批): the platform and security administrators file, another duty decides. */
import {
  ZAccountRequestBody,
  ZAdminDecisionBody,
  ZAdminRejectBody,
  ZAdminRequest,
  ZAdminRequestPage,
  ZAdminRequestQuery,
  ZIdParams,
  ZPasswordResetRequestBody,
  ZRoleGrantRequestBody,
  ZRoleRevokeRequestBody,
} from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { typed } from '../../../kernel/http/routes.js';
import * as service from './admin-requests.service.js';

export async function adminRequestRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const tags = ['admin-requests'];
  const decide = { permission: 'admin.request.decide' } as const;
  const filed = { 201: ZAdminRequest };

  r.get(
    '/api/admin-requests',
    {
      schema: { tags, summary: '双人审批申请列表 Two-person requests', querystring: ZAdminRequestQuery, response: { 200: ZAdminRequestPage } },
      config: { policy: decide },
    },
    async (request) => service.listAdminRequests(db, request.actor, request.query, request.locale),
  );

  r.post(
    '/api/admin-requests/role-grant',
    {
      schema: { tags, summary: '申请授予管理员角色 Request an administrator role', body: ZRoleGrantRequestBody, response: filed },
      config: { policy: { permission: 'user.role.assign' } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.fileRoleGrant(db, request.actor, request.body, deps.clock.now(), request.locale)),
  );

  r.post(
    '/api/admin-requests/role-revoke',
    {
      schema: { tags, summary: '申请收回管理员角色 Request withdrawing an administrator role', body: ZRoleRevokeRequestBody, response: filed },
      config: { policy: { permission: 'user.role.assign' } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.fileRoleRevoke(db, request.actor, request.body, deps.clock.now(), request.locale)),
  );

  r.post(
    '/api/admin-requests/account-disable',
    {
      schema: { tags, summary: '申请停用管理员账号 Request disabling an administrator', body: ZAccountRequestBody, response: filed },
      config: { policy: { permission: 'user.manage' } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.fileAccountDisable(db, request.actor, request.body, deps.clock.now(), request.locale)),
  );

  r.post(
    '/api/admin-requests/password-reset',
    {
      schema: { tags, summary: '申请重置管理员密码 Request an administrator password reset', body: ZPasswordResetRequestBody, response: filed },
      config: { policy: { permission: 'security.unlock' } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.filePasswordReset(db, deps.config, request.actor, request.body, deps.clock.now(), request.locale)),
  );

  r.post(
    '/api/admin-requests/totp-reset',
    {
      schema: { tags, summary: '申请重置管理员双因素 Request an administrator second-factor reset', body: ZAccountRequestBody, response: filed },
      config: { policy: { permission: 'security.unlock' } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.fileTotpReset(db, request.actor, request.body, deps.clock.now(), request.locale)),
  );

  r.post(
    '/api/admin-requests/:id/approve',
    {
      schema: { tags, summary: '批准并执行 Approve and carry out', params: ZIdParams, body: ZAdminDecisionBody, response: { 200: ZAdminRequest } },
      config: { policy: decide },
    },
    async (request) =>
      service.decideAdminRequest(db, request.actor, { id: request.params.id, action: 'approve', note: request.body.note || null }, deps.clock.now(), request.locale),
  );

  r.post(
    '/api/admin-requests/:id/reject',
    {
      schema: { tags, summary: '驳回 Reject', params: ZIdParams, body: ZAdminRejectBody, response: { 200: ZAdminRequest } },
      config: { policy: decide },
    },
    async (request) =>
      service.decideAdminRequest(db, request.actor, { id: request.params.id, action: 'reject', note: request.body.note }, deps.clock.now(), request.locale),
  );

  r.post(
    '/api/admin-requests/:id/cancel',
    {
      schema: { tags, summary: '撤回申请 Withdraw one’s request', params: ZIdParams, response: { 200: ZAdminRequest } },
      config: { policy: decide },
    },
    async (request) =>
      service.decideAdminRequest(db, request.actor, { id: request.params.id, action: 'cancel', note: null }, deps.clock.now(), request.locale),
  );
}
