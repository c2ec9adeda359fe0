import {
  ZAgreement,
  ZAgreementCancel,
  ZAgreementCompletion,
  ZAgreementEvaluation,
  ZAgreementInput,
  ZAgreementList,
  ZAgreementParams,
  ZExchangeBoard,
  ZExchangeBoardQuery,
  ZExchangeOrgParams,
  ZExchangePostInput,
  ZExchangePostParams,
  ZExchangeTotals,
  ZExchangeTotalsQuery,
  ZMyExchangePosts,
  ZOk,
  ZResourcesBodyParams,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import * as service from './exchange.service.js';

const TAGS = ['resources'];
const BASE = '/api/bodies/:id/resources/exchange';
const ORG = `${BASE}/orgs/:orgId`;

export async function exchangeRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  /** A unit's exchange is done by the users acting for that unit (章程第十八条: members take part as units). */
  const orgScope = (request: FastifyRequest) => {
    const { id, orgId } = request.params as { id: string; orgId: string };
    return { bodyId: id, orgId };
  };
  const edit = { policy: { permission: 'resources.exchange.edit' as const, scope: orgScope } };
  const at = (params: { id: string; orgId: string; agreementId: string }) => ({
    bodyId: params.id,
    orgId: params.orgId,
    agreementId: params.agreementId,
  });

  r.get(
    `${BASE}/posts`,
    {
      schema: {
        tags: TAGS,
        summary: '师资互派与职业体验信息 The exchange board',
        params: ZResourcesBodyParams,
        querystring: ZExchangeBoardQuery,
        response: { 200: ZExchangeBoard },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.board(db, requireAuth(request).grants, request.params.id, request.query),
  );

  r.get(
    `${BASE}/totals`,
    {
      schema: {
        tags: TAGS,
        summary: '各成员单位年度交流统计 Exchange totals per member and year',
        params: ZResourcesBodyParams,
        querystring: ZExchangeTotalsQuery,
        response: { 200: ZExchangeTotals },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.totals(db, requireAuth(request).grants, request.params.id, request.query.year),
  );

  r.get(
    `${ORG}/posts`,
    {
      schema: {
        tags: TAGS,
        summary: '本单位发布的信息及匹配 One unit’s posts with their matches',
        params: ZExchangeOrgParams,
        response: { 200: ZMyExchangePosts },
      },
      config: edit,
    },
    async (request) => service.myPosts(db, request.params.id, request.params.orgId),
  );

  r.post(
    `${ORG}/posts`,
    {
      schema: {
        tags: TAGS,
        summary: '发布师资派出、师资需求或职业体验活动 Publish an offer, a request or an activity',
        params: ZExchangeOrgParams,
        body: ZExchangePostInput,
        response: { 201: z.object({ id: z.string() }) },
      },
      config: edit,
    },
    async (request, reply) => {
      const post = await service.createPost(db, request.actor, request.params.id, request.params.orgId, request.body);
      return reply.status(201).send({ id: post.id });
    },
  );

  r.post(
    `${ORG}/posts/:postId/close`,
    {
      schema: { tags: TAGS, summary: '关闭一条信息 Close a post', params: ZExchangePostParams, response: { 200: ZOk } },
      config: edit,
    },
    async (request) => {
      await service.closePost(db, request.actor, request.params.id, request.params.orgId, request.params.postId);
      return { ok: true as const };
    },
  );

  r.get(
    `${ORG}/agreements`,
    {
      schema: {
        tags: TAGS,
        summary: '本单位的交流协议 One unit’s agreements',
        params: ZExchangeOrgParams,
        response: { 200: ZAgreementList },
      },
      config: edit,
    },
    async (request) => service.listAgreements(db, request.params.id, request.params.orgId),
  );

  r.post(
    `${ORG}/agreements`,
    {
      schema: {
        tags: TAGS,
        summary: '签订交流协议 Make an agreement',
        params: ZExchangeOrgParams,
        body: ZAgreementInput,
        response: { 201: z.object({ id: z.string() }) },
      },
      config: edit,
    },
    async (request, reply) => {
      const agreement = await service.createAgreement(db, request.actor, request.params.id, request.params.orgId, request.body);
      return reply.status(201).send({ id: agreement.id });
    },
  );

  r.get(
    `${ORG}/agreements/:agreementId`,
    {
      schema: { tags: TAGS, summary: '交流协议详情 An agreement', params: ZAgreementParams, response: { 200: ZAgreement } },
      config: edit,
    },
    async (request) => service.getAgreement(db, request.params.id, request.params.orgId, request.params.agreementId),
  );

  r.post(
    `${ORG}/agreements/:agreementId/confirm`,
    {
      schema: {
        tags: TAGS,
        summary: '确认对方提出的协议 Confirm the other side’s proposal',
        params: ZAgreementParams,
        response: { 200: ZOk },
      },
      config: edit,
    },
    async (request) => {
      await service.confirmAgreement(db, request.actor, at(request.params));
      return { ok: true as const };
    },
  );

  r.post(
    `${ORG}/agreements/:agreementId/cancel`,
    {
      schema: {
        tags: TAGS,
        summary: '取消协议 Cancel an agreement',
        params: ZAgreementParams,
        body: ZAgreementCancel,
        response: { 200: ZOk },
      },
      config: edit,
    },
    async (request) => {
      await service.cancelAgreement(db, request.actor, at(request.params), request.body.reason);
      return { ok: true as const };
    },
  );

  r.post(
    `${ORG}/agreements/:agreementId/complete`,
    {
      schema: {
        tags: TAGS,
        summary: '记录完成情况（实际天数、学时） Record the completion',
        params: ZAgreementParams,
        body: ZAgreementCompletion,
        response: { 200: ZOk },
      },
      config: edit,
    },
    async (request) => {
      await service.completeAgreement(db, request.actor, at(request.params), request.body);
      return { ok: true as const };
    },
  );

  r.post(
    `${ORG}/agreements/:agreementId/evaluate`,
    {
      schema: {
        tags: TAGS,
        summary: '评价（1–5 分及评语） Evaluate (score 1–5 and a comment)',
        params: ZAgreementParams,
        body: ZAgreementEvaluation,
        response: { 200: ZOk },
      },
      config: edit,
    },
    async (request) => {
      await service.evaluateAgreement(db, request.actor, deps.clock.now(), at(request.params), request.body);
      return { ok: true as const };
    },
  );
}
