import { ZCourseParams, ZSyllabusList, ZSyllabusParams } from '@chanjiao/contracts';
import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { receiveUpload, sendDownload } from '../../../kernel/files/index.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { requireCourse } from '../courses/courses.service.js';
import * as service from './syllabus.service.js';

const TAGS = ['resources'];

/** The host uploads the course's syllabus; the body's members list and download every version. */
export async function syllabusRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const base = '/api/bodies/:id/resources/courses/:courseId/syllabus';
  const hostScope = async (request: FastifyRequest) => {
    const { id, courseId } = request.params as { id: string; courseId: string };
    return { orgId: (await requireCourse(db, id, courseId)).hostOrgId };
  };

  r.post(
    base,
    {
      schema: {
        tags: TAGS,
        summary: '上传教学大纲（PDF 或 Word，保留旧版本） Upload the syllabus as a new version',
        params: ZCourseParams,
        response: { 201: z.object({ version: z.number() }) },
      },
      config: { policy: { permission: 'resources.course.host', scope: hostScope } },
    },
    async (request, reply) => {
      const upload = await receiveUpload(request, deps.config.uploadMaxBytes);
      const { id, courseId } = request.params;
      const saved = await service.uploadSyllabus(
        db,
        request.actor,
        { userId: requireAuth(request).user.id },
        { bodyId: id, courseId },
        upload,
      );
      return reply.status(201).send(saved);
    },
  );

  r.get(
    base,
    {
      schema: { tags: TAGS, summary: '教学大纲各版本 The syllabus’s versions', params: ZCourseParams, response: { 200: ZSyllabusList } },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.syllabusVersions(db, requireAuth(request).grants, request.params.id, request.params.courseId),
  );

  r.get(
    `${base}/:version`,
    {
      schema: { tags: TAGS, summary: '下载教学大纲 Download a version of the syllabus', params: ZSyllabusParams },
      config: { policy: { permission: 'body.read' } },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await service.syllabusFile(db, requireAuth(request).grants, request.params.id, request.params.courseId, request.params.version),
      ),
  );
}
