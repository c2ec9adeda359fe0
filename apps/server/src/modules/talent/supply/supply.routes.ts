import { ZOk, ZSupplyInput, ZSupplyList, ZSupplyParams, ZSupplyUpdate, ZTalentBodyParams } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { notFound } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { findSupplyOrg } from './supply.repository.js';
import * as service from './supply.service.js';

const TAGS = ['talent'];

export async function supplyRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const enteringScope = (request: FastifyRequest) => ({
    bodyId: (request.params as { id: string }).id,
    orgId: (request.body as { orgId?: string }).orgId ?? null,
  });
  const supplyScope = async (request: FastifyRequest) => {
    const { id, supplyId } = request.params as { id: string; supplyId: string };
    const supply = await findSupplyOrg(db, supplyId);
    if (!supply || supply.bodyId !== id) throw notFound(service.SUPPLY_ENTITY);
    return { bodyId: id, orgId: supply.orgId };
  };

  r.get(
    '/api/bodies/:id/talent/supplies',
    {
      schema: {
        tags: TAGS,
        summary: '学校人才供给 Talent supply of the body’s schools',
        params: ZTalentBodyParams,
        response: { 200: ZSupplyList },
      },
      config: { policy: { permission: 'talent.supply.edit' } },
    },
    async (request) => service.listSupplies(db, requireAuth(request).grants, request.params.id),
  );

  r.post(
    '/api/bodies/:id/talent/supplies',
    {
      schema: {
        tags: TAGS,
        summary: '填报专业人才供给 Enter a major’s supply',
        params: ZTalentBodyParams,
        body: ZSupplyInput,
        response: { 201: z.object({ id: z.string() }) },
      },
      config: { policy: { permission: 'talent.supply.edit', scope: enteringScope } },
    },
    async (request, reply) => {
      const row = await service.createSupply(db, request.actor, request.params.id, request.body);
      return reply.status(201).send({ id: row.id });
    },
  );

  r.put(
    '/api/bodies/:id/talent/supplies/:supplyId',
    {
      schema: {
        tags: TAGS,
        summary: '调整人才供给 Adjust a supply row',
        params: ZSupplyParams,
        body: ZSupplyUpdate,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'talent.supply.edit', scope: supplyScope } },
    },
    async (request) => {
      await service.updateSupply(db, request.actor, request.params.id, request.params.supplyId, request.body);
      return { ok: true as const };
    },
  );

  r.delete(
    '/api/bodies/:id/talent/supplies/:supplyId',
    {
      schema: { tags: TAGS, summary: '撤回人才供给 Withdraw a supply row', params: ZSupplyParams, response: { 200: ZOk } },
      config: { policy: { permission: 'talent.supply.edit', scope: supplyScope } },
    },
    async (request) => {
      await service.deleteSupply(db, request.actor, request.params.id, request.params.supplyId);
      return { ok: true as const };
    },
  );
}
