import { ZResourcesBodyParams, ZResourceSearchQuery, ZResourceSearchResult } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { searchResources } from './database.service.js';

export async function databaseRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  typed(app).get(
    '/api/bodies/:id/resources/search',
    {
      schema: {
        tags: ['resources'],
        summary: '检索成员单位资源 Search the members’ resources',
        params: ZResourcesBodyParams,
        querystring: ZResourceSearchQuery,
        response: { 200: ZResourceSearchResult },
      },
      config: { policy: { permission: 'resources.database.read' } },
    },
    async (request) => searchResources(db, requireAuth(request).grants, request.params.id, request.query),
  );
}
