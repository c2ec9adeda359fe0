import { ZDemandInput, ZDemandList, ZDemandParams, ZDemandUpdate, ZMatchList, ZOk, ZTalentBodyParams } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { notFound } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { matchDemand } from '../matching/matching.service.js';
import { findDemandOrg } from './demand.repository.js';
import * as service from './demand.service.js';

const TAGS = ['talent'];

export async function demandRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  // An enterprise enters for itself; the secretariat (body-wide) for any member.
  const enteringScope = (request: FastifyRequest) => ({
    bodyId: (request.params as { id: string }).id,
    orgId: (request.body as { orgId?: string }).orgId ?? null,
  });
  const demandScope = async (request: FastifyRequest) => {
    const { id, demandId } = request.params as { id: string; demandId: string };
    const demand = await findDemandOrg(db, demandId);
    if (!demand || demand.bodyId !== id) throw notFound(service.DEMAND_ENTITY);
    return { bodyId: id, orgId: demand.orgId };
  };

  r.get(
    '/api/bodies/:id/talent/demands',
    {
      schema: {
        tags: TAGS,
        summary: '企业人才需求清单 Talent demand of the body’s enterprises',
        params: ZTalentBodyParams,
        response: { 200: ZDemandList },
      },
      config: { policy: { permission: 'talent.demand.edit' } },
    },
    async (request) => service.listDemands(db, requireAuth(request).grants, request.params.id),
  );

  r.post(
    '/api/bodies/:id/talent/demands',
    {
      schema: {
        tags: TAGS,
        summary: '填报人才需求 Enter a demand (连教职函〔2026〕6号 附件1 指标3.3)',
        params: ZTalentBodyParams,
        body: ZDemandInput,
        response: { 201: z.object({ id: z.string() }) },
      },
      config: { policy: { permission: 'talent.demand.edit', scope: enteringScope } },
    },
    async (request, reply) => {
      const row = await service.createDemand(db, request.actor, request.params.id, request.body);
      return reply.status(201).send({ id: row.id });
    },
  );

  r.put(
    '/api/bodies/:id/talent/demands/:demandId',
    {
      schema: { tags: TAGS, summary: '调整人才需求 Adjust a demand', params: ZDemandParams, body: ZDemandUpdate, response: { 200: ZOk } },
      config: { policy: { permission: 'talent.demand.edit', scope: demandScope } },
    },
    async (request) => {
      await service.updateDemand(db, request.actor, request.params.id, request.params.demandId, request.body);
      return { ok: true as const };
    },
  );

  r.delete(
    '/api/bodies/:id/talent/demands/:demandId',
    {
      schema: { tags: TAGS, summary: '撤回人才需求 Withdraw a demand', params: ZDemandParams, response: { 200: ZOk } },
      config: { policy: { permission: 'talent.demand.edit', scope: demandScope } },
    },
    async (request) => {
      await service.deleteDemand(db, request.actor, request.params.id, request.params.demandId);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/bodies/:id/talent/demands/:demandId/matches',
    {
      schema: {
        tags: TAGS,
        summary: '需求与学校的匹配及理由 Schools matching a demand, each with its reasons',
        params: ZDemandParams,
        response: { 200: ZMatchList },
      },
      config: { policy: { permission: 'talent.demand.edit', scope: demandScope } },
    },
    async (request) => matchDemand(db, request.params.id, request.params.demandId),
  );
}
