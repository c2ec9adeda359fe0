import {
  ZActivity,
  ZActivityEvidence,
  ZActivityEvidenceParams,
  ZActivityInput,
  ZActivityList,
  ZActivityParams,
  ZActivityParticipantParams,
  ZActivityStatusInput,
  ZActivityAttendanceInput,
  ZIdParams,
  ZOutcomeInput,
  ZOrgParticipation,
  ZParticipation,
  ZParticipationQuery,
  ZRegistrationInput,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { notFound } from '../../../kernel/errors.js';
import { sendDownload } from '../../../kernel/files/index.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { receiveGovernanceUpload } from '../uploads/governance-uploads.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { ACTIVITY_EVIDENCE_KIND, findParticipantScope } from './activities.repository.js';
import * as service from './activities.service.js';

const TAGS = ['governance'];

export async function activityRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const viewerOf = (request: FastifyRequest) => ({ grants: requireAuth(request).grants, today: shanghaiToday(deps.clock) });
  const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });
  // A member unit registers its own people; the secretariat (body-wide) may register for any member.
  const unitScope = (request: FastifyRequest) => ({ ...bodyScope(request), orgId: (request.body as { orgId?: string }).orgId ?? null });
  const participantScope = async (request: FastifyRequest) => {
    const { id, participantId } = request.params as { id: string; participantId: string };
    const participant = await findParticipantScope(db, participantId);
    if (!participant || participant.bodyId !== id) throw notFound(service.ACTIVITY_ENTITY);
    return { bodyId: id, orgId: participant.orgId };
  };

  r.get(
    '/api/bodies/:id/activities',
    {
      schema: { tags: TAGS, summary: '联盟活动 Activities', params: ZIdParams, response: { 200: ZActivityList } },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listActivities(db, viewerOf(request), request.params.id),
  );

  r.get(
    '/api/bodies/:id/activities/participation',
    {
      schema: {
        tags: TAGS,
        summary: '成员单位年度参与活动统计 Participation per member unit',
        params: ZIdParams,
        querystring: ZParticipationQuery,
        response: { 200: ZParticipation },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.participation(db, request.params.id, request.query.year),
  );

  r.get(
    '/api/organizations/:id/activity-participation',
    {
      schema: {
        tags: ['organizations'],
        summary: '成员单位参与联盟活动情况 An organisation’s participation in its bodies’ activities',
        params: ZIdParams,
        response: { 200: ZOrgParticipation },
      },
      config: { policy: { permission: 'org.read' } },
    },
    async (request) => service.orgParticipation(db, request.params.id),
  );

  r.post(
    '/api/bodies/:id/activities',
    {
      schema: { tags: TAGS, summary: '发布联盟活动 Schedule an activity (附件3)', params: ZIdParams, body: ZActivityInput },
      config: { policy: { permission: 'governance.activity.manage', scope: bodyScope } },
    },
    async (request, reply) => {
      const activity = await service.createActivity(db, request.actor, request.params.id, request.body, shanghaiToday(deps.clock));
      return reply.status(201).send({ id: activity.id });
    },
  );

  r.get(
    '/api/bodies/:id/activities/:activityId',
    {
      schema: {
        tags: TAGS,
        summary: '活动详情 An activity with participants and outcomes',
        params: ZActivityParams,
        response: { 200: ZActivity },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.getActivity(db, viewerOf(request), request.params.id, request.params.activityId),
  );

  r.post(
    '/api/bodies/:id/activities/:activityId/status',
    {
      schema: { tags: TAGS, summary: '归档或取消活动 Complete or cancel', params: ZActivityParams, body: ZActivityStatusInput },
      config: { policy: { permission: 'governance.activity.manage', scope: bodyScope } },
    },
    async (request) => {
      await service.changeStatus(db, request.actor, request.params.id, request.params.activityId, request.body, shanghaiToday(deps.clock));
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/activities/:activityId/participants',
    {
      schema: { tags: TAGS, summary: '报名 Register a unit’s participants', params: ZActivityParams, body: ZRegistrationInput },
      config: { policy: { permission: 'governance.activity.register', scope: unitScope } },
    },
    async (request, reply) => {
      const added = await service.register(
        db,
        request.actor,
        request.params.id,
        request.params.activityId,
        request.body,
        shanghaiToday(deps.clock),
      );
      return reply.status(201).send({ ids: added.map((participant) => participant.id) });
    },
  );

  r.delete(
    '/api/bodies/:id/activities/:activityId/participants/:participantId',
    {
      schema: { tags: TAGS, summary: '撤销报名 Withdraw a participant', params: ZActivityParticipantParams },
      config: { policy: { permission: 'governance.activity.register', scope: participantScope } },
    },
    async (request) => {
      await service.withdrawParticipant(
        db,
        request.actor,
        request.params.id,
        request.params.activityId,
        request.params.participantId,
        shanghaiToday(deps.clock),
      );
      return { ok: true as const };
    },
  );

  r.put(
    '/api/bodies/:id/activities/:activityId/attendance',
    {
      schema: { tags: TAGS, summary: '签到 Record attendance', params: ZActivityParams, body: ZActivityAttendanceInput },
      config: { policy: { permission: 'governance.activity.manage', scope: bodyScope } },
    },
    async (request) => {
      await service.recordAttendance(
        db,
        request.actor,
        request.params.id,
        request.params.activityId,
        request.body,
        shanghaiToday(deps.clock),
      );
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/activities/:activityId/outcomes',
    {
      schema: { tags: TAGS, summary: '记录活动成果 Record an award, certificate or note', params: ZActivityParams, body: ZOutcomeInput },
      config: { policy: { permission: 'governance.activity.manage', scope: bodyScope } },
    },
    async (request, reply) => {
      const outcome = await service.recordOutcome(
        db,
        request.actor,
        request.params.id,
        request.params.activityId,
        request.body,
        shanghaiToday(deps.clock),
      );
      return reply.status(201).send({ id: outcome.id });
    },
  );

  r.post(
    '/api/bodies/:id/activities/evidence',
    {
      schema: {
        tags: TAGS,
        summary: '上传成果佐证材料 Upload evidence (kept once an outcome cites it)',
        params: ZIdParams,
        response: { 201: ZActivityEvidence },
      },
      config: { policy: { permission: 'governance.activity.manage', scope: bodyScope } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const file = await receiveGovernanceUpload(db, request, {
        userId: auth.user.id,
        maxBytes: deps.config.uploadMaxBytes,
        kind: ACTIVITY_EVIDENCE_KIND,
      });
      return reply.status(201).send(file);
    },
  );

  r.get(
    '/api/bodies/:id/activities/evidence/:fileId',
    {
      schema: { tags: TAGS, summary: '下载成果佐证材料 Download evidence', params: ZActivityEvidenceParams },
      config: { policy: { permission: 'body.read' } },
    },
    async (request, reply) => sendDownload(reply, await service.evidenceFile(db, request.params.id, request.params.fileId)),
  );
}
