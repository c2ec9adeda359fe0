/** Account administration by the platform administrator (系统管理员). */
import {
  ZIdParams,
  ZRoleAssignBody,
  ZUser,
  ZUserCreateBody,
  ZUserDisableBody,
  ZUserListQuery,
  ZUserPage,
  ZUserRoleParams,
} from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { typed } from '../../kernel/http/routes.js';
import * as service from './user-admin.service.js';

export async function userRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const tags = ['users'];

  r.get(
    '/api/users',
    {
      schema: { tags, summary: '用户账号列表 List user accounts', querystring: ZUserListQuery, response: { 200: ZUserPage } },
      config: { policy: { permission: 'user.read' } },
    },
    async (request) => service.listUserAccounts(db, request.query),
  );

  r.get(
    '/api/users/:id',
    {
      schema: { tags, summary: '用户账号 One user account', params: ZIdParams, response: { 200: ZUser } },
      config: { policy: { permission: 'user.read' } },
    },
    async (request) => service.getUserAccount(db, request.params.id),
  );

  r.post(
    '/api/users',
    {
      schema: { tags, summary: '新建用户账号 Create a user account', body: ZUserCreateBody, response: { 201: ZUser } },
      config: { policy: { permission: 'user.manage' } },
    },
    async (request, reply) => reply.status(201).send(await service.createUserAccount(db, deps.config, request.actor, request.body)),
  );

  r.post(
    '/api/users/:id/disable',
    {
      schema: { tags, summary: '停用账号 Disable an account', params: ZIdParams, body: ZUserDisableBody, response: { 200: ZUser } },
      config: { policy: { permission: 'user.manage' } },
    },
    async (request) => service.disableUserAccount(db, request.actor, request.params.id, request.body.reason, deps.clock.now()),
  );

  r.post(
    '/api/users/:id/enable',
    {
      schema: { tags, summary: '启用账号 Enable an account', params: ZIdParams, response: { 200: ZUser } },
      config: { policy: { permission: 'user.manage' } },
    },
    async (request) => service.enableUserAccount(db, request.actor, request.params.id),
  );

  r.post(
    '/api/users/:id/roles',
    {
      schema: { tags, summary: '分配角色 Give a role', params: ZIdParams, body: ZRoleAssignBody, response: { 200: ZUser } },
      config: { policy: { permission: 'user.role.assign' } },
    },
    async (request) => service.addRoleToUser(db, request.actor, request.params.id, request.body),
  );

  r.delete(
    '/api/users/:id/roles/:assignmentId',
    {
      schema: { tags, summary: '收回角色 Take a role back', params: ZUserRoleParams, response: { 200: ZUser } },
      config: { policy: { permission: 'user.role.assign' } },
    },
    async (request) => service.removeRoleFromUser(db, request.actor, request.params.id, request.params.assignmentId),
  );
}
