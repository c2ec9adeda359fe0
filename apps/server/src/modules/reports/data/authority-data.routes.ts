import { ZAuthorityDataSave, ZAuthorityDataView, ZIdParams } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { typed } from '../../../kernel/http/routes.js';
import { requireCycle } from '../cycles/cycles.service.js';
import { getAuthorityData, saveAuthorityData } from './authority-data.service.js';

const TAGS = ['reports'];

/** The figures of the authority's own report (表3 培训情况 by year): the authority that runs the cycle reads and enters them. */
export async function authorityDataRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const policy = {
    permission: 'reports.cycle.manage' as const,
    scope: async (request: FastifyRequest) => ({ orgId: (await requireCycle(db, (request.params as { id: string }).id)).cycle.authorityOrgId }),
  };

  r.get(
    '/api/reports/cycles/:id/authority-data',
    {
      schema: {
        tags: TAGS,
        summary: '本级数据：培训情况表（按年度，含合计）The authority’s own figures: training by year with totals',
        params: ZIdParams,
        response: { 200: ZAuthorityDataView },
      },
      config: { policy },
    },
    async (request) => getAuthorityData(db, request.params.id),
  );

  r.put(
    '/api/reports/cycles/:id/authority-data',
    {
      schema: {
        tags: TAGS,
        summary: '保存本级数据 Save the authority’s own figures',
        params: ZIdParams,
        body: ZAuthorityDataSave,
        response: { 200: ZAuthorityDataView },
      },
      config: { policy },
    },
    async (request) => {
      await saveAuthorityData(db, request.actor, request.params.id, request.body);
      return getAuthorityData(db, request.params.id);
    },
  );
}
