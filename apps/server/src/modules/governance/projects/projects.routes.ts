import {
  ZIdParams,
  ZMilestoneDoneInput,
  ZMilestoneInput,
  ZProject,
  ZProjectAgendaInput,
  ZProjectList,
  ZProjectMilestoneParams,
  ZProjectParams,
  ZProjectParticipantInput,
  ZProjectParticipantParams,
  ZProjectProposal,
  ZProjectStatusInput,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { notFound } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { registerHandoverSource } from '../membership/handover.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { projectsToHandOver } from './projects.handover.js';
import { findProjectScope } from './projects.repository.js';
import * as service from './projects.service.js';

const TAGS = ['governance'];

export async function projectRoutes(app: FastifyInstance, deps: AppDeps) {
  registerHandoverSource(projectsToHandOver);
  const db = deps.database.db;
  const r = typed(app);
  const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });
  // A member unit proposes for itself; the secretariat (body-wide) may too.
  const proposerScope = (request: FastifyRequest) => ({
    ...bodyScope(request),
    orgId: (request.body as { proposerOrgId?: string }).proposerOrgId ?? null,
  });
  // The lead unit reports on its project (milestones); so does the secretariat.
  const leadScope = async (request: FastifyRequest) => {
    const { id, projectId } = request.params as { id: string; projectId: string };
    const project = await findProjectScope(db, projectId);
    if (!project || project.bodyId !== id) throw notFound(service.PROJECT_ENTITY);
    return { bodyId: id, orgId: project.leadOrgId };
  };

  r.get(
    '/api/bodies/:id/projects',
    {
      schema: { tags: TAGS, summary: '联盟合作项目 Cooperation projects', params: ZIdParams, response: { 200: ZProjectList } },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listProjects(db, request.params.id),
  );

  r.get(
    '/api/bodies/:id/projects/:projectId',
    {
      schema: { tags: TAGS, summary: '合作项目详情 A cooperation project', params: ZProjectParams, response: { 200: ZProject } },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) =>
      service.getProject(
        db,
        { grants: requireAuth(request).grants, today: shanghaiToday(deps.clock) },
        request.params.id,
        request.params.projectId,
      ),
  );

  r.post(
    '/api/bodies/:id/projects',
    {
      schema: { tags: TAGS, summary: '提出合作项目提案 Propose a project (章程第十七条(四))', params: ZIdParams, body: ZProjectProposal },
      config: { policy: { permission: 'governance.project.propose', scope: proposerScope } },
    },
    async (request, reply) => {
      const project = await service.proposeProject(db, request.actor, request.params.id, request.body, shanghaiToday(deps.clock));
      return reply.status(201).send({ id: project.id });
    },
  );

  r.post(
    '/api/bodies/:id/projects/:projectId/review',
    {
      schema: {
        tags: TAGS,
        summary: '提交校长联席会议审议 Put a proposal before the meeting',
        params: ZProjectParams,
        body: ZProjectAgendaInput,
      },
      config: { policy: { permission: 'governance.project.manage', scope: bodyScope } },
    },
    async (request) => {
      await service.submitForReview(
        db,
        request.actor,
        request.params.id,
        request.params.projectId,
        request.body.meetingId,
        shanghaiToday(deps.clock),
      );
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/projects/:projectId/status',
    {
      schema: { tags: TAGS, summary: '启动、结项或终止 Start, complete or terminate', params: ZProjectParams, body: ZProjectStatusInput },
      config: { policy: { permission: 'governance.project.manage', scope: bodyScope } },
    },
    async (request) => {
      await service.changeStatus(db, request.actor, request.params.id, request.params.projectId, request.body);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/projects/:projectId/participants',
    {
      schema: { tags: TAGS, summary: '增加参与单位 Add a participating unit', params: ZProjectParams, body: ZProjectParticipantInput },
      config: { policy: { permission: 'governance.project.manage', scope: bodyScope } },
    },
    async (request, reply) => {
      await service.addParticipant(db, request.actor, request.params.id, request.params.projectId, request.body);
      return reply.status(201).send({ ok: true as const });
    },
  );

  r.delete(
    '/api/bodies/:id/projects/:projectId/participants/:orgId',
    {
      schema: { tags: TAGS, summary: '移出参与单位 Remove a participating unit', params: ZProjectParticipantParams },
      config: { policy: { permission: 'governance.project.manage', scope: bodyScope } },
    },
    async (request) => {
      await service.removeParticipant(db, request.actor, request.params.id, request.params.projectId, request.params.orgId);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/projects/:projectId/milestones',
    {
      schema: { tags: TAGS, summary: '增加里程碑 Add a milestone', params: ZProjectParams, body: ZMilestoneInput },
      config: { policy: { permission: 'governance.project.propose', scope: leadScope } },
    },
    async (request, reply) => {
      const milestone = await service.addMilestone(db, request.actor, request.params.id, request.params.projectId, request.body);
      return reply.status(201).send({ id: milestone.id });
    },
  );

  r.post(
    '/api/bodies/:id/projects/:projectId/milestones/:milestoneId/done',
    {
      schema: { tags: TAGS, summary: '里程碑完成 Record a milestone as done', params: ZProjectMilestoneParams, body: ZMilestoneDoneInput },
      config: { policy: { permission: 'governance.project.propose', scope: leadScope } },
    },
    async (request) => {
      await service.completeMilestone(
        db,
        request.actor,
        request.params.id,
        request.params.projectId,
        request.params.milestoneId,
        request.body,
      );
      return { ok: true as const };
    },
  );
}
