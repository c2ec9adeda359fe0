/**
 * The expert's routes: own affiliations, assigned reviews, the score sheet, submission, declaring a conflict,
 * and the 推荐书 under review as Word and its supporting material (closed to a conflicted expert).
 */
import {
  ZAffiliationsUpdate,
  ZConflictDeclare,
  ZExpert,
  ZIdParams,
  ZReview,
  ZReviewList,
  ZReviewSubmit,
  ZScoreSave,
} from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { sendDownload } from '../../../kernel/files/index.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { materialFile } from '../applications/materials.service.js';
import { expertsWithAffiliations, requireExpert, setAffiliations } from '../experts/experts.service.js';
import { recommendationDocx } from '../exports/exports.service.js';
import { selectionValidator } from '../selection.validation.js';
import { requireReadableApplication } from './review-application.service.js';
import { declareMyConflict, getMyReview, listMyReviews, saveMyScores, submitMyReview } from './scoring.service.js';

const TAGS = ['selection'];
const policy = { permission: 'selection.review.score' as const };

export async function expertRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const me = (request: Parameters<typeof requireAuth>[0]) => requireAuth(request).user.id;

  r.get(
    '/api/selection/my/expert-profile',
    {
      schema: { tags: TAGS, summary: '本人专家信息 My expert profile', response: { 200: ZExpert } },
      config: { policy },
    },
    async (request) => (await expertsWithAffiliations(db, [await requireExpert(db, me(request))]))[0]!,
  );

  r.put(
    '/api/selection/my/affiliations',
    {
      schema: {
        tags: TAGS,
        summary: '申报本人所在或关联单位 Declare my affiliations',
        body: ZAffiliationsUpdate,
        response: { 200: ZExpert },
      },
      config: { policy },
      validatorCompiler: selectionValidator,
    },
    async (request) => setAffiliations(db, request.actor, me(request), request.body.affiliations),
  );

  r.get(
    '/api/selection/my/reviews',
    { schema: { tags: TAGS, summary: '我的评审任务 My reviews', response: { 200: ZReviewList } }, config: { policy } },
    async (request) => listMyReviews(db, me(request)),
  );

  r.get(
    '/api/selection/my/reviews/:id',
    {
      schema: { tags: TAGS, summary: '评分表 My score sheet', params: ZIdParams, response: { 200: ZReview } },
      config: { policy },
      validatorCompiler: selectionValidator,
    },
    async (request) => getMyReview(db, me(request), request.params.id, request.locale),
  );

  /** A file of the 推荐书 under review, for the expert who may read it. */
  const readableFile = (file: string, summary: string, produce: (applicationId: string) => Promise<Parameters<typeof sendDownload>[1]>) =>
    r.get(
      `/api/selection/my/reviews/:id/${file}`,
      { schema: { tags: TAGS, summary, params: ZIdParams }, config: { policy }, validatorCompiler: selectionValidator },
      async (request, reply) => {
        const review = await requireReadableApplication(db, me(request), request.params.id);
        return sendDownload(reply, await produce(review.applicationId));
      },
    );
  readableFile('recommendation.docx', '评审中的推荐书（Word） The application under review as DOCX', (id) => recommendationDocx(db, id));
  readableFile('material', '评审中的推荐书的支撑材料 Supporting material of the application under review', (id) => materialFile(db, id));

  r.put(
    '/api/selection/my/reviews/:id/scores',
    {
      schema: { tags: TAGS, summary: '保存评分 Save scores', params: ZIdParams, body: ZScoreSave, response: { 200: ZReview } },
      config: { policy },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await saveMyScores(db, request.actor, me(request), request.params.id, request.body);
      return getMyReview(db, me(request), request.params.id, request.locale);
    },
  );

  r.post(
    '/api/selection/my/reviews/:id/submit',
    {
      schema: { tags: TAGS, summary: '提交评分 Submit scores', params: ZIdParams, body: ZReviewSubmit, response: { 200: ZReview } },
      config: { policy },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await submitMyReview(db, request.actor, me(request), request.params.id, request.body.version, deps.clock.now());
      return getMyReview(db, me(request), request.params.id, request.locale);
    },
  );

  r.post(
    '/api/selection/my/reviews/:id/conflict',
    {
      schema: { tags: TAGS, summary: '申明回避 Declare a conflict', params: ZIdParams, body: ZConflictDeclare, response: { 200: ZReview } },
      config: { policy },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await declareMyConflict(db, request.actor, me(request), request.params.id, request.body.reason);
      return getMyReview(db, me(request), request.params.id, request.locale);
    },
  );
}
