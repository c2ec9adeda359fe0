import {
  ZOk,
  ZResourcesBodyParams,
  ZResponseAction,
  ZResponseParams,
  ZResponseReopen,
  ZResponseSave,
  ZRoundInput,
  ZRoundList,
  ZRoundParams,
  ZRoundProgress,
  ZSurveyResponse,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import * as service from './survey.service.js';

const TAGS = ['resources'];

export async function surveyRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });
  const responseScope = (request: FastifyRequest) => {
    const { id, orgId } = request.params as { id: string; orgId: string };
    return { bodyId: id, orgId };
  };
  const today = () => shanghaiToday(deps.clock);

  r.get(
    '/api/bodies/:id/resources/rounds',
    {
      schema: { tags: TAGS, summary: '资源调研轮次 Resource survey rounds', params: ZResourcesBodyParams, response: { 200: ZRoundList } },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listRounds(db, today(), request.params.id),
  );

  r.post(
    '/api/bodies/:id/resources/rounds',
    {
      schema: {
        tags: TAGS,
        summary: '发起年度资源调研 Open a year’s resource survey',
        params: ZResourcesBodyParams,
        body: ZRoundInput,
        response: { 201: z.object({ id: z.string() }) },
      },
      config: { policy: { permission: 'resources.survey.manage', scope: bodyScope } },
    },
    async (request, reply) => {
      const round = await service.openRound(db, request.actor, today(), request.params.id, request.body);
      return reply.status(201).send({ id: round.id });
    },
  );

  r.get(
    '/api/bodies/:id/resources/rounds/:roundId/progress',
    {
      schema: { tags: TAGS, summary: '各成员单位填报进度 Each member’s progress', params: ZRoundParams, response: { 200: ZRoundProgress } },
      config: { policy: { permission: 'resources.survey.manage', scope: bodyScope } },
    },
    async (request) => service.roundProgress(db, today(), request.params.id, request.params.roundId),
  );

  r.get(
    '/api/bodies/:id/resources/rounds/:roundId/responses/:orgId',
    {
      schema: {
        tags: TAGS,
        summary: '一个成员单位的填报 One member’s answers',
        params: ZResponseParams,
        response: { 200: ZSurveyResponse },
      },
      config: { policy: { permission: 'resources.survey.fill', scope: responseScope } },
    },
    async (request) =>
      service.getResponse(db, requireAuth(request).grants, today(), request.params.id, request.params.roundId, request.params.orgId),
  );

  r.put(
    '/api/bodies/:id/resources/rounds/:roundId/responses/:orgId',
    {
      schema: { tags: TAGS, summary: '保存填报 Save the answers', params: ZResponseParams, body: ZResponseSave, response: { 200: ZOk } },
      config: { policy: { permission: 'resources.survey.fill', scope: responseScope } },
    },
    async (request) => {
      const { id, roundId, orgId } = request.params;
      await service.saveResponse(db, request.actor, today(), id, roundId, orgId, request.body);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/resources/rounds/:roundId/responses/:orgId/submit',
    {
      schema: {
        tags: TAGS,
        summary: '提交填报 Submit the answers',
        params: ZResponseParams,
        body: ZResponseAction,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'resources.survey.fill', scope: responseScope } },
    },
    async (request) => {
      const { id, roundId, orgId } = request.params;
      await service.submitResponse(db, request.actor, deps.clock.now(), today(), id, roundId, orgId, request.body);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/resources/rounds/:roundId/responses/:orgId/accept',
    {
      schema: {
        tags: TAGS,
        summary: '采纳填报（锁定并发布到资源库） Accept the answers (locks and publishes them)',
        params: ZResponseParams,
        body: ZResponseAction,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'resources.survey.manage', scope: bodyScope } },
    },
    async (request) => {
      const { id, roundId, orgId } = request.params;
      await service.acceptResponse(db, request.actor, deps.clock.now(), id, roundId, orgId, request.body);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/resources/rounds/:roundId/responses/:orgId/reopen',
    {
      schema: {
        tags: TAGS,
        summary: '退回修改（须写明原因） Reopen the answers with a reason',
        params: ZResponseParams,
        body: ZResponseReopen,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'resources.survey.manage', scope: bodyScope } },
    },
    async (request) => {
      const { id, roundId, orgId } = request.params;
      await service.reopenResponse(db, request.actor, id, roundId, orgId, request.body);
      return { ok: true as const };
    },
  );
}
