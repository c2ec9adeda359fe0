import { ZReportParams, ZReportSuggestions } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { notFound } from '../../../kernel/errors.js';
import { typed } from '../../../kernel/http/routes.js';
import { findReportScope } from '../review/reports.repository.js';
import { REPORT_ENTITY } from '../review/reports.service.js';
import { reportSuggestions } from './suggestions.service.js';

/** The computed figures offered to the unit's collector beside the form's fields. */
export async function suggestionRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const unitScope = async (request: FastifyRequest) => {
    const scope = await findReportScope(db, (request.params as { id: string }).id);
    if (!scope) throw notFound(REPORT_ENTITY);
    return { orgId: scope.orgId };
  };
  typed(app).get(
    '/api/reports/:id/suggestions',
    {
      schema: {
        tags: ['reports'],
        summary: '可采用的统计数据（师资互派、职业体验） Figures counted from the exchange records, to adopt',
        params: ZReportParams,
        response: { 200: ZReportSuggestions },
      },
      config: { policy: { permission: 'reports.data.collect', scope: unitScope } },
    },
    async (request) => reportSuggestions(db, request.params.id),
  );
}
