import { ZCapabilityQuery, ZCapabilityResult, ZResourcesBodyParams } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { whoCanTrain } from './capability.service.js';

export async function capabilityRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  typed(app).get(
    '/api/bodies/:id/resources/who-can-train',
    {
      schema: {
        tags: ['resources'],
        summary: '哪些成员能培养某专业 Which members can train for a major, a class or words',
        params: ZResourcesBodyParams,
        querystring: ZCapabilityQuery,
        response: { 200: ZCapabilityResult },
      },
      config: { policy: { permission: 'resources.database.read' } },
    },
    async (request) => whoCanTrain(db, requireAuth(request).grants, request.params.id, request.query),
  );
}
