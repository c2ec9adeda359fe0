import {
  ZCourseBodyParams,
  ZCourseChanged,
  ZCourseCreated,
  ZCourseDetail,
  ZCourseHostParams,
  ZCourseInput,
  ZCourseList,
  ZCourseParams,
  ZCourseUpdate,
  ZDeclineInput,
  ZNominationInput,
  ZNominationParams,
  ZOk,
  ZResultInput,
  ZResultRecorded,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import * as service from './courses.service.js';

const TAGS = ['resources'];

export async function coursesRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const base = '/api/bodies/:id/resources/courses';
  // Host and home school are organisations: their grants are org-scoped, so the record scope names the org only.
  const hostScope = async (request: FastifyRequest) => {
    const { id, courseId } = request.params as { id: string; courseId: string };
    const course = await service.requireCourse(db, id, courseId);
    return { orgId: course.hostOrgId };
  };
  const homeScope = (request: FastifyRequest) => ({ orgId: (request.body as { homeOrgId?: string }).homeOrgId ?? null });
  const nominationAt = (params: { id: string; courseId: string; nominationId: string }) => ({
    bodyId: params.id,
    courseId: params.courseId,
    nominationId: params.nominationId,
  });

  r.get(
    base,
    {
      schema: { tags: TAGS, summary: '互选课程 Cross-selected courses', params: ZCourseBodyParams, response: { 200: ZCourseList } },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listCourses(db, requireAuth(request).grants, request.params.id),
  );

  r.post(
    '/api/bodies/:id/resources/orgs/:orgId/courses',
    {
      schema: {
        tags: TAGS,
        summary: '向成员单位开设课程 Offer a course to the other members',
        params: ZCourseHostParams,
        body: ZCourseInput,
        response: { 201: ZCourseCreated },
      },
      config: {
        policy: { permission: 'resources.course.host', scope: (request) => ({ orgId: (request.params as { orgId: string }).orgId }) },
      },
    },
    async (request, reply) => {
      const course = await service.offerCourse(db, request.actor, request.params.id, request.params.orgId, request.body);
      return reply.status(201).send({ id: course.id });
    },
  );

  r.get(
    `${base}/:courseId`,
    {
      schema: { tags: TAGS, summary: '课程及推荐学生 A course and its students', params: ZCourseParams, response: { 200: ZCourseDetail } },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.getCourse(db, requireAuth(request).grants, request.params.id, request.params.courseId),
  );

  r.put(
    `${base}/:courseId`,
    {
      schema: {
        tags: TAGS,
        summary: '修改开放中的课程（名额不少于已接收人数；登记成绩后学分、学时、学期、考核方式不变） Change an open course',
        params: ZCourseParams,
        body: ZCourseUpdate,
        response: { 200: ZCourseChanged },
      },
      config: { policy: { permission: 'resources.course.host', scope: hostScope } },
    },
    async (request) => service.changeCourse(db, request.actor, request.params.id, request.params.courseId, request.body),
  );

  r.post(
    `${base}/:courseId/nominations`,
    {
      schema: {
        tags: TAGS,
        summary: '推荐本单位学生选修 Nominate one’s students',
        params: ZCourseParams,
        body: ZNominationInput,
        response: { 201: ZOk },
      },
      config: { policy: { permission: 'resources.course.nominate', scope: homeScope } },
    },
    async (request, reply) => {
      await service.nominateStudents(db, request.actor, request.params.id, request.params.courseId, request.body);
      return reply.status(201).send({ ok: true as const });
    },
  );

  r.post(
    `${base}/:courseId/nominations/:nominationId/accept`,
    {
      schema: {
        tags: TAGS,
        summary: '接收学生（不超过名额） Accept a student within the seats',
        params: ZNominationParams,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'resources.course.host', scope: hostScope } },
    },
    async (request) => {
      const { id, courseId, nominationId } = request.params;
      await service.acceptNomination(db, request.actor, id, courseId, nominationId);
      return { ok: true as const };
    },
  );

  r.post(
    `${base}/:courseId/nominations/:nominationId/decline`,
    {
      schema: {
        tags: TAGS,
        summary: '不接收学生（须写明原因） Decline a student with a reason',
        params: ZNominationParams,
        body: ZDeclineInput,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'resources.course.host', scope: hostScope } },
    },
    async (request) => {
      await service.declineNomination(db, request.actor, nominationAt(request.params), request.body.reason);
      return { ok: true as const };
    },
  );

  r.put(
    `${base}/:courseId/nominations/:nominationId/result`,
    {
      schema: {
        tags: TAGS,
        summary: '登记成绩 Record a student’s result',
        params: ZNominationParams,
        body: ZResultInput,
        response: { 200: ZResultRecorded },
      },
      config: { policy: { permission: 'resources.course.host', scope: hostScope } },
    },
    async (request) => {
      const recorded = await service.recordResult(db, request.actor, deps.clock.now(), nominationAt(request.params), request.body);
      return { ok: true as const, ...recorded };
    },
  );

  r.post(
    `${base}/:courseId/close`,
    {
      schema: { tags: TAGS, summary: '结课 Close the course', params: ZCourseParams, response: { 200: ZOk } },
      config: { policy: { permission: 'resources.course.host', scope: hostScope } },
    },
    async (request) => {
      await service.closeCourse(db, request.actor, deps.clock.now(), request.params.id, request.params.courseId);
      return { ok: true as const };
    },
  );
}
