/** The platform administrator's jobs page: what is queued, running and failed, and retrying a failed job. */
import { ZJob, ZJobOverview, ZJobParams, ZJobQuery } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.js';
import { typed } from '../http/routes.js';
import type { AnyJobDefinition } from './job-definition.js';
import * as service from './jobs-admin.service.js';

const TAGS = ['admin'];
const MANAGE = { permission: 'jobs.manage' } as const;

export async function jobRoutes(app: FastifyInstance, deps: AppDeps, definitions: AnyJobDefinition[]) {
  const db = deps.database.db;
  const r = typed(app);

  r.get(
    '/api/admin/jobs',
    {
      schema: { tags: TAGS, summary: '后台任务 Background jobs', querystring: ZJobQuery, response: { 200: ZJobOverview } },
      config: { policy: MANAGE },
    },
    async (request) => service.jobOverview(db, definitions, request.query, request.locale),
  );

  r.post(
    '/api/admin/jobs/:id/retry',
    {
      schema: { tags: TAGS, summary: '重试失败的任务 Retry a failed job', params: ZJobParams, response: { 200: ZJob } },
      config: { policy: MANAGE },
    },
    async (request) => service.retryJob(db, definitions, request.actor, request.params.id, request.locale),
  );
}
