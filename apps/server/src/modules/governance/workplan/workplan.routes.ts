import {
  ZIdParams,
  ZWorkplanEvidence,
  ZWorkplanEvidenceParams,
  ZWorkplanHistory,
  ZWorkplanHistoryQuery,
  ZWorkplanList,
  ZWorkplanProgressInput,
  ZWorkplanProgressList,
  ZWorkplanQuery,
  ZWorkplanTaskEdit,
  ZWorkplanTaskInput,
  ZWorkplanTaskParams,
  ZWorkplanTaskRetire,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { sendDownload } from '../../../kernel/files/index.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { receiveGovernanceUpload } from '../uploads/governance-uploads.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { EVIDENCE_KIND } from './workplan.repository.js';
import * as service from './workplan.service.js';
import * as changes from './workplan-changes.service.js';

const TAGS = ['governance'];

export async function workplanRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const viewerOf = (request: FastifyRequest) => ({ grants: requireAuth(request).grants, today: shanghaiToday(deps.clock) });
  const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });
  // A unit reports for itself; the secretariat for the body. The service checks that the unit answers for the task.
  const reportScope = (request: FastifyRequest) => ({ ...bodyScope(request), orgId: (request.body as { orgId?: string }).orgId ?? null });

  r.get(
    '/api/bodies/:id/workplan',
    {
      schema: {
        tags: TAGS,
        summary: '年度工作计划 Work plan of a year',
        params: ZIdParams,
        querystring: ZWorkplanQuery,
        response: { 200: ZWorkplanList },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listWorkplan(db, viewerOf(request), request.params.id, request.query),
  );

  r.post(
    '/api/bodies/:id/workplan/tasks',
    {
      schema: { tags: TAGS, summary: '新增工作任务 Add a work-plan task', params: ZIdParams, body: ZWorkplanTaskInput },
      config: { policy: { permission: 'governance.workplan.manage', scope: bodyScope } },
    },
    async (request, reply) => {
      const task = await changes.createTask(db, request.actor, request.params.id, request.body);
      return reply.status(201).send({ id: task.id });
    },
  );

  r.put(
    '/api/bodies/:id/workplan/tasks/:taskId',
    {
      schema: {
        tags: TAGS,
        summary: '修改工作任务 Edit a work-plan task (a new plan version)',
        params: ZWorkplanTaskParams,
        body: ZWorkplanTaskEdit,
      },
      config: { policy: { permission: 'governance.workplan.manage', scope: bodyScope } },
    },
    async (request) => {
      const task = await changes.editTask(db, request.actor, request.params.id, request.params.taskId, request.body);
      return { id: task.id, version: task.version };
    },
  );

  r.post(
    '/api/bodies/:id/workplan/tasks/:taskId/retire',
    {
      schema: {
        tags: TAGS,
        summary: '撤销工作任务 Retire a work-plan task with a reason (kept in the history)',
        params: ZWorkplanTaskParams,
        body: ZWorkplanTaskRetire,
      },
      config: { policy: { permission: 'governance.workplan.manage', scope: bodyScope } },
    },
    async (request) => {
      const task = await changes.retireTask(
        db,
        request.actor,
        request.params.id,
        request.params.taskId,
        request.body,
        shanghaiToday(deps.clock),
      );
      return { id: task.id, version: task.version };
    },
  );

  r.get(
    '/api/bodies/:id/workplan/history',
    {
      schema: {
        tags: TAGS,
        summary: '工作计划修订记录 Versions of a year’s work plan',
        params: ZIdParams,
        querystring: ZWorkplanHistoryQuery,
        response: { 200: ZWorkplanHistory },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => changes.planHistory(db, request.params.id, request.query.year),
  );

  r.get(
    '/api/bodies/:id/workplan/tasks/:taskId/progress',
    {
      schema: {
        tags: TAGS,
        summary: '工作进展 Progress reports of a task',
        params: ZWorkplanTaskParams,
        response: { 200: ZWorkplanProgressList },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listTaskProgress(db, request.params.id, request.params.taskId),
  );

  r.post(
    '/api/bodies/:id/workplan/tasks/:taskId/progress',
    {
      schema: {
        tags: TAGS,
        summary: '填报工作进展 Report progress with evidence',
        params: ZWorkplanTaskParams,
        body: ZWorkplanProgressInput,
        response: { 200: ZWorkplanProgressList },
      },
      config: { policy: { permission: 'governance.workplan.report', scope: reportScope } },
    },
    async (request) => service.reportProgress(db, request.actor, viewerOf(request), request.params.id, request.params.taskId, request.body),
  );

  r.post(
    '/api/bodies/:id/workplan/evidence',
    {
      schema: {
        tags: TAGS,
        summary: '上传佐证材料 Upload an evidence file (kept once a report cites it)',
        params: ZIdParams,
        response: { 201: ZWorkplanEvidence },
      },
      // Any unit that may report uploads; the report that cites the file is checked against the task.
      config: { policy: { permission: 'governance.workplan.report' } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const file = await receiveGovernanceUpload(db, request, {
        userId: auth.user.id,
        maxBytes: deps.config.uploadMaxBytes,
        kind: EVIDENCE_KIND,
      });
      return reply.status(201).send(file);
    },
  );

  r.get(
    '/api/bodies/:id/workplan/evidence/:fileId',
    {
      schema: { tags: TAGS, summary: '下载佐证材料 Download an evidence file', params: ZWorkplanEvidenceParams },
      config: { policy: { permission: 'body.read' } },
    },
    async (request, reply) => sendDownload(reply, await service.evidenceFile(db, request.params.id, request.params.fileId)),
  );
}
