import { ZTalentAccess, ZTalentBodyParams } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { talentAccess } from './access.service.js';

export async function accessRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  typed(app).get(
    '/api/bodies/:id/talent/access',
    {
      schema: {
        tags: ['talent'],
        summary: '本人可填报的单位 Units the user enters demand or supply for',
        params: ZTalentBodyParams,
        response: { 200: ZTalentAccess },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => talentAccess(db, requireAuth(request).grants, request.params.id),
  );
}
