import {
  ZEnterpriseApplication,
  ZEnterpriseDecisionInput,
  ZEnterpriseEntryParams,
  ZEnterpriseExitRequest,
  ZEnterpriseList,
  ZOk,
  ZTalentBodyParams,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { notFound } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { findEntryOrg } from './enterprise-list.repository.js';
import * as service from './enterprise-list.service.js';

const TAGS = ['talent'];

export async function enterpriseListRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const stepAt = () => ({ now: deps.clock.now(), today: shanghaiToday(deps.clock) });
  // The enterprise takes its own steps (or the secretariat for it); the secretariat decides.
  const applyingScope = (request: FastifyRequest) => ({
    bodyId: (request.params as { id: string }).id,
    orgId: (request.body as { orgId?: string }).orgId ?? null,
  });
  const entryScope = async (request: FastifyRequest) => {
    const { id, entryId } = request.params as { id: string; entryId: string };
    const entry = await findEntryOrg(db, entryId);
    if (!entry || entry.bodyId !== id) throw notFound(service.ENTERPRISE_ENTRY_ENTITY);
    return { bodyId: id, orgId: entry.orgId };
  };

  r.get(
    '/api/bodies/:id/talent/enterprises',
    {
      schema: {
        tags: TAGS,
        summary: '参与企业清单 The enterprise list (连教职函〔2026〕6号 附件1 指标3.1)',
        params: ZTalentBodyParams,
        response: { 200: ZEnterpriseList },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listEnterprises(db, requireAuth(request).grants, request.params.id),
  );

  r.post(
    '/api/bodies/:id/talent/enterprises',
    {
      schema: {
        tags: TAGS,
        summary: '企业申请加入清单 An enterprise applies to the list',
        params: ZTalentBodyParams,
        body: ZEnterpriseApplication,
        response: { 201: z.object({ id: z.string() }) },
      },
      config: { policy: { permission: 'talent.demand.edit', scope: applyingScope } },
    },
    async (request, reply) => {
      const entry = await service.applyToList(db, request.actor, request.params.id, request.body, stepAt());
      return reply.status(201).send({ id: entry.id });
    },
  );

  r.post(
    '/api/bodies/:id/talent/enterprises/:entryId/exit-request',
    {
      schema: {
        tags: TAGS,
        summary: '企业申请退出 An enterprise asks to leave the list',
        params: ZEnterpriseEntryParams,
        body: ZEnterpriseExitRequest,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'talent.demand.edit', scope: entryScope } },
    },
    async (request) => {
      await service.requestExit(db, request.actor, request.params.id, request.params.entryId, request.body, stepAt());
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/talent/enterprises/:entryId/decision',
    {
      schema: {
        tags: TAGS,
        summary: '秘书处准入、不予准入、同意退出或决定移出 The secretariat admits, refuses, approves an exit or removes',
        params: ZEnterpriseEntryParams,
        body: ZEnterpriseDecisionInput,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'talent.list.manage', scope: entryScope } },
    },
    async (request) => {
      await service.decide(db, request.actor, request.params.id, request.params.entryId, request.body, stepAt());
      return { ok: true as const };
    },
  );
}
