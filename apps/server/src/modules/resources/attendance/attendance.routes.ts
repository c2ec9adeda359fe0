import {
  ZCourseAttendanceInput,
  ZAttendanceSheet,
  ZCourseParams,
  ZOk,
  ZSessionCreated,
  ZSessionInput,
  ZSessionParams,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { typed } from '../../../kernel/http/routes.js';
import { requireCourse } from '../courses/courses.service.js';
import * as service from './attendance.service.js';

const TAGS = ['resources'];

/** The host's attendance of its course: sessions within the term, marks per accepted student, the sheet. */
export async function attendanceRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const base = '/api/bodies/:id/resources/courses/:courseId';
  const hostScope = async (request: FastifyRequest) => {
    const { id, courseId } = request.params as { id: string; courseId: string };
    return { orgId: (await requireCourse(db, id, courseId)).hostOrgId };
  };
  const host = { policy: { permission: 'resources.course.host' as const, scope: hostScope } };

  r.get(
    `${base}/attendance`,
    {
      schema: { tags: TAGS, summary: '考勤表 The course’s attendance sheet', params: ZCourseParams, response: { 200: ZAttendanceSheet } },
      config: host,
    },
    async (request) => service.attendanceSheet(db, request.params.id, request.params.courseId),
  );

  r.post(
    `${base}/sessions`,
    {
      schema: {
        tags: TAGS,
        summary: '新增课次（学期内） Add a session within the term',
        params: ZCourseParams,
        body: ZSessionInput,
        response: { 201: ZSessionCreated },
      },
      config: host,
    },
    async (request, reply) => {
      const session = await service.addSession(db, request.actor, request.params.id, request.params.courseId, request.body);
      return reply.status(201).send({ id: session.id });
    },
  );

  r.put(
    `${base}/sessions/:sessionId/attendance`,
    {
      schema: {
        tags: TAGS,
        summary: '登记或修改考勤 Record or change a session’s attendance',
        params: ZSessionParams,
        body: ZCourseAttendanceInput,
        response: { 200: ZOk },
      },
      config: host,
    },
    async (request) => {
      const { id, courseId, sessionId } = request.params;
      await service.recordAttendance(db, request.actor, deps.clock.now(), { bodyId: id, courseId, sessionId }, request.body);
      return { ok: true as const };
    },
  );
}
