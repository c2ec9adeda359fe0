import { ZResourcesAccess, ZResourcesBodyParams } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { resourcesAccess } from './access.service.js';

export async function accessRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  typed(app).get(
    '/api/bodies/:id/resources/access',
    {
      schema: {
        tags: ['resources'],
        summary: '本人在资源共享中可做的事 What the user may do in resource sharing',
        params: ZResourcesBodyParams,
        response: { 200: ZResourcesAccess },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => resourcesAccess(db, requireAuth(request).grants, request.params.id),
  );
}
