/** The security desk of the security administrator (安全管理员): locks, second factors, disabled accounts. */
import { ZIdParams, ZPasswordResetBody, ZSecurityAccount, ZSecurityAccountPage, ZSecurityAccountQuery } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { typed } from '../../kernel/http/routes.js';
import * as service from './security.service.js';

export async function securityRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const tags = ['security'];
  const policy = { permission: 'security.unlock' } as const;

  r.get(
    '/api/security/accounts',
    {
      schema: {
        tags,
        summary: '账号安全状态 Account security status',
        querystring: ZSecurityAccountQuery,
        response: { 200: ZSecurityAccountPage },
      },
      config: { policy },
    },
    async (request) => service.listSecurityAccounts(db, deps.config, request.query, deps.clock.now()),
  );

  r.post(
    '/api/security/accounts/:id/unlock',
    {
      schema: { tags, summary: '解除登录锁定 Unlock an account', params: ZIdParams, response: { 200: ZSecurityAccount } },
      config: { policy },
    },
    async (request) => service.unlockAccount(db, deps.config, request.actor, request.params.id, deps.clock.now()),
  );

  r.post(
    '/api/security/accounts/:id/reset-totp',
    {
      schema: { tags, summary: '重置双因素认证 Reset the second factor', params: ZIdParams, response: { 200: ZSecurityAccount } },
      config: { policy },
    },
    async (request) => service.resetSecondFactor(db, deps.config, request.actor, request.params.id, deps.clock.now()),
  );

  r.post(
    '/api/security/accounts/:id/reset-password',
    {
      schema: {
        tags,
        summary: '重置密码 Reset a forgotten password',
        params: ZIdParams,
        body: ZPasswordResetBody,
        response: { 200: ZSecurityAccount },
      },
      config: { policy },
    },
    async (request) =>
      service.resetPassword(db, deps.config, request.actor, request.params.id, request.body.temporaryPassword, deps.clock.now()),
  );
}
