import { ZGapQuery, ZGapTable, ZTalentBodyParams } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { gapTable } from './gaps.service.js';

/** The next calendar year in Asia/Shanghai: the first of the three years a demand list looks at. */
export function nextYear(deps: AppDeps): number {
  return Number(shanghaiToday(deps.clock).slice(0, 4)) + 1;
}

export async function gapRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });
  typed(app).get(
    '/api/bodies/:id/talent/gaps',
    {
      schema: {
        tags: ['talent'],
        summary: '供需缺口表 Gap table by major, class, category or city',
        params: ZTalentBodyParams,
        querystring: ZGapQuery,
        response: { 200: ZGapTable },
      },
      config: { policy: { permission: 'talent.analysis.manage', scope: bodyScope } },
    },
    async (request) => gapTable(db, request.params.id, { ...request.query, startYear: request.query.startYear ?? nextYear(deps) }),
  );
}
