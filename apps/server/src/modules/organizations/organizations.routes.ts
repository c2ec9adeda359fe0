import { ZIdParams, ZOrg, ZOrgInput, ZOrgListQuery, ZOrgPage, ZOrgUpdate } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { requireAuth } from '../../kernel/http/context.js';
import { typed } from '../../kernel/http/routes.js';
import { isAllowed } from '../../kernel/rbac/rbac.rules.js';
import { organizationFileRoutes } from './organizations.import.routes.js';
import * as service from './organizations.service.js';

export async function organizationRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  await organizationFileRoutes(app, deps);

  r.get(
    '/api/organizations',
    {
      schema: { tags: ['organizations'], summary: '组织列表 List organisations', querystring: ZOrgListQuery, response: { 200: ZOrgPage } },
      config: { policy: { permission: 'org.read' } },
    },
    async (request) => service.listOrganizations(db, request.query),
  );

  r.post(
    '/api/organizations',
    {
      schema: { tags: ['organizations'], summary: '新建组织 Create an organisation', body: ZOrgInput, response: { 201: ZOrg } },
      config: { policy: { permission: 'org.create' } },
    },
    async (request, reply) => reply.status(201).send(await service.createOrganization(db, request.actor, request.body)),
  );

  r.get(
    '/api/organizations/:id',
    {
      schema: { tags: ['organizations'], summary: '组织详情 View an organisation', params: ZIdParams, response: { 200: ZOrg } },
      config: { policy: { permission: 'org.read' } },
    },
    async (request) => {
      const org = await service.getOrganization(db, request.params.id);
      const abilities = { update: isAllowed(requireAuth(request).grants, 'org.update', { orgId: org.id }) };
      return { ...org, abilities };
    },
  );

  r.patch(
    '/api/organizations/:id',
    {
      schema: {
        tags: ['organizations'],
        summary: '编辑组织 Edit an organisation',
        params: ZIdParams,
        body: ZOrgUpdate,
        response: { 200: ZOrg },
      },
      config: {
        policy: { permission: 'org.update', scope: (request) => ({ orgId: (request.params as { id: string }).id }) },
      },
    },
    async (request) => service.updateOrganization(db, request.actor, request.params.id, request.body),
  );
}
