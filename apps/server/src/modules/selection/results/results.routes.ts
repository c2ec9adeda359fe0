/** Results routes: ranking, decisions, publication, downloads; and the applicant's own published result. */
import {
  ZApplicantResult,
  ZCallApplicationParams,
  ZIdParams,
  ZPublicResults,
  ZResultDecisions,
  ZResultPublish,
  ZResults,
} from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { sendDownload } from '../../../kernel/files/index.js';
import { typed } from '../../../kernel/http/routes.js';
import { reviewScopes } from '../reviews/review-scopes.js';
import { selectionValidator } from '../selection.validation.js';
import { publishedListPdf, rankingXlsx, scoreSheetXlsx } from './results-exports.js';
import { getApplicantResult, getPublicResults, getResults, publishResults, setDecisions } from './results.service.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';

const TAGS = ['selection'];

export async function resultRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const scopes = reviewScopes(db);
  const onCall = { permission: 'selection.review.manage' as const, scope: scopes.call };

  r.get(
    '/api/selection/calls/:id/results',
    {
      schema: { tags: TAGS, summary: '评审结果与排名 Results and ranking', params: ZIdParams, response: { 200: ZResults } },
      config: { policy: onCall },
      validatorCompiler: selectionValidator,
    },
    async (request) => getResults(db, request.params.id, request.locale),
  );

  r.put(
    '/api/selection/calls/:id/results/decisions',
    {
      schema: {
        tags: TAGS,
        summary: '培育名单与推荐 Shortlist and recommendations',
        params: ZIdParams,
        body: ZResultDecisions,
        response: { 200: ZResults },
      },
      config: { policy: onCall },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await setDecisions(db, request.actor, request.params.id, request.body);
      return getResults(db, request.params.id, request.locale);
    },
  );

  r.post(
    '/api/selection/calls/:id/results/publish',
    {
      schema: {
        tags: TAGS,
        summary: '发布遴选结果 Publish the results',
        params: ZIdParams,
        body: ZResultPublish,
        response: { 200: ZResults },
      },
      config: { policy: onCall },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await publishResults(db, request.actor, request.params.id, request.body, deps.clock.now());
      return getResults(db, request.params.id, request.locale);
    },
  );

  r.get(
    '/api/public/selection/calls/:id/results',
    {
      schema: { tags: TAGS, summary: '遴选结果公示 The published results (公示)', params: ZIdParams, response: { 200: ZPublicResults } },
      config: { policy: { public: true } },
      validatorCompiler: selectionValidator,
    },
    async (request) => getPublicResults(db, request.params.id, shanghaiToday(deps.clock)),
  );

  r.get(
    '/api/selection/calls/:id/results/ranking.xlsx',
    {
      schema: { tags: TAGS, summary: '评审排名（Excel） Ranking as XLSX', params: ZIdParams },
      config: { policy: onCall },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => sendDownload(reply, await rankingXlsx(db, request.params.id)),
  );

  r.get(
    '/api/selection/calls/:id/results/published.pdf',
    {
      schema: { tags: TAGS, summary: '遴选结果名单（PDF） Published list as PDF', params: ZIdParams },
      config: { policy: onCall },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => sendDownload(reply, await publishedListPdf(db, request.params.id)),
  );

  r.get(
    '/api/selection/calls/:id/review/applications/:applicationId/score-sheet.xlsx',
    {
      schema: { tags: TAGS, summary: '专家评分表（Excel） Score sheet as XLSX', params: ZCallApplicationParams },
      config: { policy: onCall },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => sendDownload(reply, await scoreSheetXlsx(db, request.params.id, request.params.applicationId)),
  );

  r.get(
    '/api/selection/applications/:id/result',
    {
      schema: { tags: TAGS, summary: '本单位的遴选结果 Our published result', params: ZIdParams, response: { 200: ZApplicantResult } },
      config: { policy: { permission: 'selection.application.edit', scope: scopes.applicant } },
      validatorCompiler: selectionValidator,
    },
    async (request) => getApplicantResult(db, request.params.id, request.locale),
  );
}
