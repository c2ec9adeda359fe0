import {
  ZListStatusInput,
  ZOk,
  ZStudentAggregateInput,
  ZStudentAggregateList,
  ZStudentAggregateParams,
  ZStudentAggregateUpdate,
  ZTalentBodyParams,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { notFound } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { findAggregateOrg } from './students.repository.js';
import * as service from './students.service.js';

const TAGS = ['talent'];

export async function studentRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const enteringScope = (request: FastifyRequest) => ({
    bodyId: (request.params as { id: string }).id,
    orgId: (request.body as { orgId?: string }).orgId ?? null,
  });
  const aggregateScope = async (request: FastifyRequest) => {
    const { id, aggregateId } = request.params as { id: string; aggregateId: string };
    const row = await findAggregateOrg(db, aggregateId);
    if (!row || row.bodyId !== id) throw notFound(service.STUDENT_ENTITY);
    return { bodyId: id, orgId: row.orgId };
  };

  r.get(
    '/api/bodies/:id/talent/students',
    {
      schema: {
        tags: TAGS,
        summary: '学生信息清单（仅统计数） Student information (counts only)',
        params: ZTalentBodyParams,
        response: { 200: ZStudentAggregateList },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listAggregates(db, requireAuth(request).grants, request.params.id),
  );

  r.post(
    '/api/bodies/:id/talent/students',
    {
      schema: {
        tags: TAGS,
        summary: '学校填报学生统计数 A school enters its student figures',
        params: ZTalentBodyParams,
        body: ZStudentAggregateInput,
        response: { 201: z.object({ id: z.string() }) },
      },
      config: { policy: { permission: 'talent.supply.edit', scope: enteringScope } },
    },
    async (request, reply) => {
      const row = await service.createAggregate(db, request.actor, request.params.id, request.body, deps.clock.now());
      return reply.status(201).send({ id: row.id });
    },
  );

  r.put(
    '/api/bodies/:id/talent/students/:aggregateId',
    {
      schema: {
        tags: TAGS,
        summary: '修改学生统计数（草稿） Edit draft figures',
        params: ZStudentAggregateParams,
        body: ZStudentAggregateUpdate,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'talent.supply.edit', scope: aggregateScope } },
    },
    async (request) => {
      await service.updateAggregate(db, request.actor, request.params.id, request.params.aggregateId, request.body, deps.clock.now());
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/talent/students/:aggregateId/status',
    {
      schema: {
        tags: TAGS,
        summary: '发布或撤回学生统计数 Publish or withdraw figures',
        params: ZStudentAggregateParams,
        body: ZListStatusInput,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'talent.supply.edit', scope: aggregateScope } },
    },
    async (request) => {
      await service.changeAggregateStatus(db, request.actor, request.params.id, request.params.aggregateId, request.body, {
        now: deps.clock.now(),
        today: shanghaiToday(deps.clock),
      });
      return { ok: true as const };
    },
  );
}
