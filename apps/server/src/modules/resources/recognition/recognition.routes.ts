import {
  ZConversionRule,
  ZHomeParams,
  ZHomeStudents,
  ZLearningRecord,
  ZOk,
  ZRecognitionInput,
  ZRecognitionParams,
  ZResourcesBodyParams,
  ZStudentParams,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { typed } from '../../../kernel/http/routes.js';
import * as service from './recognition.service.js';

const TAGS = ['resources'];

export async function recognitionRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  // Recognition is the home school's: its org-scoped grant covers its own students only.
  const resultHomeScope = async (request: FastifyRequest) => {
    const { id, nominationId } = request.params as { id: string; nominationId: string };
    const { student } = await service.requireResult(db, id, nominationId);
    return { orgId: student.homeOrgId };
  };
  const studentHomeScope = async (request: FastifyRequest) => {
    const student = await service.requireStudent(db, (request.params as { studentId: string }).studentId);
    return { orgId: student.homeOrgId };
  };

  r.get(
    '/api/bodies/:id/resources/conversion-rules',
    {
      schema: {
        tags: TAGS,
        summary: '已公布的成绩转换规则 Published conversion rules',
        params: ZResourcesBodyParams,
        response: { 200: z.object({ items: z.array(ZConversionRule) }) },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async () => service.conversionRules(),
  );

  r.put(
    '/api/bodies/:id/resources/recognitions/:nominationId',
    {
      schema: {
        tags: TAGS,
        summary: '作出或变更学分认定 Decide or change a recognition',
        params: ZRecognitionParams,
        body: ZRecognitionInput,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'resources.credit.recognise', scope: resultHomeScope } },
    },
    async (request) => {
      const { id, nominationId } = request.params;
      await service.decideRecognition(db, request.actor, deps.clock.now(), id, nominationId, request.body);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/bodies/:id/resources/orgs/:orgId/students',
    {
      schema: {
        tags: TAGS,
        summary: '本单位跨校选修学生 One’s students with courses at other members',
        params: ZHomeParams,
        response: { 200: ZHomeStudents },
      },
      config: {
        policy: { permission: 'resources.credit.recognise', scope: (request) => ({ orgId: (request.params as { orgId: string }).orgId }) },
      },
    },
    async (request) => service.homeStudents(db, request.params.id, request.params.orgId),
  );

  r.get(
    '/api/bodies/:id/resources/students/:studentId/record',
    {
      schema: {
        tags: TAGS,
        summary: '学生学习记录 A student’s learning record',
        params: ZStudentParams,
        response: { 200: ZLearningRecord },
      },
      config: { policy: { permission: 'resources.credit.recognise', scope: studentHomeScope } },
    },
    async (request) => service.learningRecord(db, request.params.id, request.params.studentId),
  );
}
