import { ZMajor, ZRegion } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';
import { typed } from '../../kernel/http/routes.js';
import { listRegions, searchMajors } from './reference.repository.js';

export async function referenceRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  r.get(
    '/api/reference/regions',
    {
      schema: { tags: ['reference'], summary: '行政区划 Regions', response: { 200: z.array(ZRegion) } },
      config: { policy: { public: true } },
    },
    async () => (await listRegions(deps.database.db)) as z.infer<typeof ZRegion>[],
  );
  r.get(
    '/api/reference/majors',
    {
      schema: {
        tags: ['reference'],
        summary: '职业教育专业目录 Majors catalogue (2021)',
        querystring: z.object({
          q: z.string().trim().max(30).optional(),
          level: z.enum(['中职', '高职专科', '职业本科']).optional(),
          limit: z.coerce.number().int().min(1).max(2000).default(50),
        }),
        response: { 200: z.array(ZMajor) },
      },
      config: { policy: { public: true } },
    },
    async (request) => searchMajors(deps.database.db, request.query),
  );
}
