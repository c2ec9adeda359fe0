/** Roles and permissions, kept by the security administrator (安全管理员). */
import { ZRoleCatalog, ZRoleInfo, ZRoleParams, ZRolePermissionsBody } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { typed } from '../../kernel/http/routes.js';
import * as service from './roles.service.js';

export async function roleRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const tags = ['roles'];

  r.get(
    '/api/roles',
    {
      schema: { tags, summary: '角色与权限 Roles and permissions', response: { 200: ZRoleCatalog } },
      config: { policy: { permission: 'role.read' } },
    },
    async (request) => service.describeRoles(db, request.locale),
  );

  r.put(
    '/api/roles/:role/permissions',
    {
      schema: {
        tags,
        summary: '编辑角色权限 Set a role’s permissions',
        params: ZRoleParams,
        body: ZRolePermissionsBody,
        response: { 200: ZRoleInfo },
      },
      config: { policy: { permission: 'role.permission.edit' } },
    },
    async (request) => service.editRolePermissions(db, request.actor, request.params.role, request.body.permissions, request.locale),
  );
}
