import {
  ZOk,
  ZPlacementOfferInput,
  ZPlacementOfferParams,
  ZPlacements,
  ZPlacementTakeUpInput,
  ZPlacementTakeUpParams,
  ZTalentBodyParams,
  ZTeacherPracticeInput,
  ZTeacherPracticeParams,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import * as service from './placements.service.js';

const TAGS = ['talent'];
const ZCreated = z.object({ id: z.string() });

export async function placementRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const bodyIdOf = (request: FastifyRequest) => (request.params as { id: string }).id;
  const bodyField = <K extends string>(request: FastifyRequest, key: K) => (request.body as Record<K, string | undefined>)[key] ?? null;
  // Offers are the enterprise's (talent.demand.edit for it); take-ups and practice the school's (talent.supply.edit).
  const offerScope = async (request: FastifyRequest) => {
    const offer = await service.requireOffer(db, bodyIdOf(request), (request.params as { offerId: string }).offerId);
    return { bodyId: offer.bodyId, orgId: offer.orgId };
  };
  const takeUpScope = async (request: FastifyRequest) => {
    const { offerId, takeUpId } = request.params as { offerId: string; takeUpId: string };
    const row = await service.requireTakeUp(db, bodyIdOf(request), offerId, takeUpId);
    return { bodyId: bodyIdOf(request), orgId: row.schoolOrgId };
  };
  const practiceScope = async (request: FastifyRequest) => {
    const row = await service.requirePractice(db, bodyIdOf(request), (request.params as { practiceId: string }).practiceId);
    return { bodyId: row.bodyId, orgId: row.schoolOrgId };
  };

  r.get(
    '/api/bodies/:id/talent/placements',
    {
      schema: {
        tags: TAGS,
        summary: '实习学徒岗位、学校接收与教师企业实践 Placements, take-ups and teacher practice with the 推荐书 figures',
        params: ZTalentBodyParams,
        response: { 200: ZPlacements },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listPlacements(db, request.params.id, shanghaiToday(deps.clock)),
  );

  r.post(
    '/api/bodies/:id/talent/placements',
    {
      schema: {
        tags: TAGS,
        summary: '企业提供实习或学徒岗位 An enterprise offers internship or apprenticeship places',
        params: ZTalentBodyParams,
        body: ZPlacementOfferInput,
        response: { 201: ZCreated },
      },
      config: {
        policy: {
          permission: 'talent.demand.edit',
          scope: (request) => ({ bodyId: bodyIdOf(request), orgId: bodyField(request, 'orgId') }),
        },
      },
    },
    async (request, reply) => {
      const offer = await service.createOffer(db, request.actor, request.params.id, request.body, deps.clock.now());
      return reply.status(201).send({ id: offer.id });
    },
  );

  r.delete(
    '/api/bodies/:id/talent/placements/:offerId',
    {
      schema: {
        tags: TAGS,
        summary: '删除实习学徒岗位 Delete an offer without take-ups',
        params: ZPlacementOfferParams,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'talent.demand.edit', scope: offerScope } },
    },
    async (request) => {
      await service.deleteOffer(db, request.actor, request.params.id, request.params.offerId);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/talent/placements/:offerId/take-ups',
    {
      schema: {
        tags: TAGS,
        summary: '学校登记接收学生 A school records the students it sends',
        params: ZPlacementOfferParams,
        body: ZPlacementTakeUpInput,
        response: { 201: ZCreated },
      },
      config: {
        policy: {
          permission: 'talent.supply.edit',
          scope: (request) => ({ bodyId: bodyIdOf(request), orgId: bodyField(request, 'schoolOrgId') }),
        },
      },
    },
    async (request, reply) => {
      const row = await service.takeUp(db, request.actor, request.params.id, request.params.offerId, request.body, deps.clock.now());
      return reply.status(201).send({ id: row.id });
    },
  );

  r.delete(
    '/api/bodies/:id/talent/placements/:offerId/take-ups/:takeUpId',
    {
      schema: { tags: TAGS, summary: '删除学校接收记录 Delete a take-up', params: ZPlacementTakeUpParams, response: { 200: ZOk } },
      config: { policy: { permission: 'talent.supply.edit', scope: takeUpScope } },
    },
    async (request) => {
      await service.deleteTakeUp(db, request.actor, request.params.id, request.params.offerId, request.params.takeUpId);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/talent/teacher-practice',
    {
      schema: {
        tags: TAGS,
        summary: '学校登记教师企业实践 A school records its teachers’ practice in an enterprise',
        params: ZTalentBodyParams,
        body: ZTeacherPracticeInput,
        response: { 201: ZCreated },
      },
      config: {
        policy: {
          permission: 'talent.supply.edit',
          scope: (request) => ({ bodyId: bodyIdOf(request), orgId: bodyField(request, 'schoolOrgId') }),
        },
      },
    },
    async (request, reply) => {
      const row = await service.recordPractice(db, request.actor, request.params.id, request.body, deps.clock.now());
      return reply.status(201).send({ id: row.id });
    },
  );

  r.delete(
    '/api/bodies/:id/talent/teacher-practice/:practiceId',
    {
      schema: {
        tags: TAGS,
        summary: '删除教师企业实践记录 Delete a practice record',
        params: ZTeacherPracticeParams,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'talent.supply.edit', scope: practiceScope } },
    },
    async (request) => {
      await service.deletePractice(db, request.actor, request.params.id, request.params.practiceId);
      return { ok: true as const };
    },
  );
}
