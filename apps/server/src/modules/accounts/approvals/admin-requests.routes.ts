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
  type Locale,
  type Permission,
  type TAdminRequest,
} from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { Actor } from '../../../kernel/audit/audit.service.js';
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
      schema: {
        tags,
        summary: '双人审批申请列表 Two-person requests',
        querystring: ZAdminRequestQuery,
        response: { 200: ZAdminRequestPage },
      },
      config: { policy: decide },
    },
    async (request) => service.listAdminRequests(db, request.actor, request.query, request.locale),
  );

  /** A filing route: one operation's body, the permission that files it, and the use case that files it. */
  function filing<Body extends z.ZodType>(
    path: string,
    summary: string,
    body: Body,
    permission: Permission,
    file: (actor: Actor, input: z.infer<Body>, now: Date, locale: Locale) => Promise<TAdminRequest>,
  ) {
    r.post(
      `/api/admin-requests/${path}`,
      { schema: { tags, summary, body, response: filed }, config: { policy: { permission } } },
      async (request, reply) =>
        reply.status(201).send(await file(request.actor, request.body as z.infer<Body>, deps.clock.now(), request.locale)),
    );
  }

  filing(
    'role-grant',
    '申请授予管理员角色 Request an administrator role',
    ZRoleGrantRequestBody,
    'user.role.assign',
    (actor, input, now, locale) => service.fileRoleGrant(db, actor, input, now, locale),
  );
  filing(
    'role-revoke',
    '申请收回管理员角色 Request withdrawing an administrator role',
    ZRoleRevokeRequestBody,
    'user.role.assign',
    (actor, input, now, locale) => service.fileRoleRevoke(db, actor, input, now, locale),
  );
  filing(
    'account-disable',
    '申请停用管理员账号 Request disabling an administrator',
    ZAccountRequestBody,
    'user.manage',
    (actor, input, now, locale) => service.fileAccountDisable(db, actor, input, now, locale),
  );
  filing(
    'password-reset',
    '申请重置管理员密码 Request an administrator password reset',
    ZPasswordResetRequestBody,
    'security.unlock',
    (actor, input, now, locale) => service.filePasswordReset(db, deps.config, actor, input, now, locale),
  );
  filing(
    'totp-reset',
    '申请重置管理员双因素 Request an administrator second-factor reset',
    ZAccountRequestBody,
    'security.unlock',
    (actor, input, now, locale) => service.fileTotpReset(db, actor, input, now, locale),
  );

  r.post(
    '/api/admin-requests/:id/approve',
    {
      schema: {
        tags,
        summary: '批准并执行 Approve and carry out',
        params: ZIdParams,
        body: ZAdminDecisionBody,
        response: { 200: ZAdminRequest },
      },
      config: { policy: decide },
    },
    async (request) =>
      service.decideAdminRequest(
        db,
        request.actor,
        { id: request.params.id, action: 'approve', note: request.body.note || null },
        deps.clock.now(),
        request.locale,
      ),
  );

  r.post(
    '/api/admin-requests/:id/reject',
    {
      schema: { tags, summary: '驳回 Reject', params: ZIdParams, body: ZAdminRejectBody, response: { 200: ZAdminRequest } },
      config: { policy: decide },
    },
    async (request) =>
      service.decideAdminRequest(
        db,
        request.actor,
        { id: request.params.id, action: 'reject', note: request.body.note },
        deps.clock.now(),
        request.locale,
      ),
  );

  r.post(
    '/api/admin-requests/:id/cancel',
    {
      schema: { tags, summary: '撤回申请 Withdraw one’s request', params: ZIdParams, response: { 200: ZAdminRequest } },
      config: { policy: decide },
    },
    async (request) =>
      service.decideAdminRequest(
        db,
        request.actor,
        { id: request.params.id, action: 'cancel', note: null },
        deps.clock.now(),
        request.locale,
      ),
  );
}
