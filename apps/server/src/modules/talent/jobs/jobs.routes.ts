import {
  ZListStatusInput,
  ZOk,
  ZTalentBodyParams,
  ZTalentJobInput,
  ZTalentJobList,
  ZTalentJobParams,
  ZTalentJobUpdate,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { notFound } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { findJobOrg } from './jobs.repository.js';
import * as service from './jobs.service.js';

const TAGS = ['talent'];

export async function jobRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const at = () => ({ now: deps.clock.now(), today: shanghaiToday(deps.clock) });
  const enteringScope = (request: FastifyRequest) => ({
    bodyId: (request.params as { id: string }).id,
    orgId: (request.body as { orgId?: string }).orgId ?? null,
  });
  const jobScope = async (request: FastifyRequest) => {
    const { id, jobId } = request.params as { id: string; jobId: string };
    const job = await findJobOrg(db, jobId);
    if (!job || job.bodyId !== id) throw notFound(service.JOB_ENTITY);
    return { bodyId: id, orgId: job.orgId };
  };

  r.get(
    '/api/bodies/:id/talent/jobs',
    {
      schema: {
        tags: TAGS,
        summary: '企业岗位清单 The job list (连教职函〔2026〕6号 附件1 指标3.2)',
        params: ZTalentBodyParams,
        response: { 200: ZTalentJobList },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listJobs(db, requireAuth(request).grants, request.params.id, shanghaiToday(deps.clock)),
  );

  r.post(
    '/api/bodies/:id/talent/jobs',
    {
      schema: {
        tags: TAGS,
        summary: '新增岗位 List a position',
        params: ZTalentBodyParams,
        body: ZTalentJobInput,
        response: { 201: z.object({ id: z.string() }) },
      },
      config: { policy: { permission: 'talent.demand.edit', scope: enteringScope } },
    },
    async (request, reply) => {
      const job = await service.createJob(db, request.actor, request.params.id, request.body, deps.clock.now());
      return reply.status(201).send({ id: job.id });
    },
  );

  r.put(
    '/api/bodies/:id/talent/jobs/:jobId',
    {
      schema: {
        tags: TAGS,
        summary: '调整岗位（保留每次调整） Adjust a position, keeping every change',
        params: ZTalentJobParams,
        body: ZTalentJobUpdate,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'talent.demand.edit', scope: jobScope } },
    },
    async (request) => {
      await service.adjustJob(db, request.actor, request.params.id, request.params.jobId, request.body, at());
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/talent/jobs/:jobId/status',
    {
      schema: {
        tags: TAGS,
        summary: '发布或撤回岗位 Publish or withdraw a position',
        params: ZTalentJobParams,
        body: ZListStatusInput,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'talent.demand.edit', scope: jobScope } },
    },
    async (request) => {
      await service.changeJobStatus(db, request.actor, request.params.id, request.params.jobId, request.body, at());
      return { ok: true as const };
    },
  );
}
