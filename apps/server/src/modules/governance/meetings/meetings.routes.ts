import {
  ZAgendaItemInput,
  ZAttendanceInput,
  ZIdParams,
  ZMeeting,
  ZMeetingInput,
  ZMeetingParams,
  ZMeetingSummary,
  ZMinutesInput,
  ZVersionInput,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { meetingForUser } from './meeting-view.js';
import * as service from './meetings.service.js';

const TAGS = ['governance'];
const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });
const MANAGE = { permission: 'governance.meeting.manage', scope: bodyScope } as const;

export async function meetingRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);

  const present = (request: FastifyRequest, bodyId: string, meetingId: string) => meetingForUser(db, request, bodyId, meetingId);

  r.get(
    '/api/bodies/:id/meetings',
    {
      schema: { tags: TAGS, summary: '校长联席会议列表 Joint meetings', params: ZIdParams, response: { 200: z.array(ZMeetingSummary) } },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listMeetings(db, request.params.id),
  );

  r.post(
    '/api/bodies/:id/meetings',
    {
      schema: {
        tags: TAGS,
        summary: '安排会议 Schedule a joint meeting',
        params: ZIdParams,
        body: ZMeetingInput,
        response: { 201: ZMeetingSummary },
      },
      config: { policy: MANAGE },
    },
    async (request, reply) => reply.status(201).send(await service.scheduleMeeting(db, request.actor, request.params.id, request.body)),
  );

  r.get(
    '/api/bodies/:id/meetings/:meetingId',
    {
      schema: {
        tags: TAGS,
        summary: '会议详情 Meeting with agenda, attendance and votes',
        params: ZMeetingParams,
        response: { 200: ZMeeting },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => present(request, request.params.id, request.params.meetingId),
  );

  r.post(
    '/api/bodies/:id/meetings/:meetingId/items',
    {
      schema: {
        tags: TAGS,
        summary: '增加议题 Add an agenda item',
        params: ZMeetingParams,
        body: ZAgendaItemInput,
        response: { 201: ZMeeting },
      },
      config: { policy: MANAGE },
    },
    async (request, reply) => {
      const { id, meetingId } = request.params;
      await service.addAgendaItem(db, request.actor, id, meetingId, request.body);
      return reply.status(201).send(await present(request, id, meetingId));
    },
  );

  r.put(
    '/api/bodies/:id/meetings/:meetingId/attendance',
    {
      schema: {
        tags: TAGS,
        summary: '登记出席 Record attendance',
        params: ZMeetingParams,
        body: ZAttendanceInput,
        response: { 200: ZMeeting },
      },
      config: { policy: MANAGE },
    },
    async (request) => {
      const { id, meetingId } = request.params;
      await service.recordAttendance(db, request.actor, id, meetingId, request.body);
      return present(request, id, meetingId);
    },
  );

  r.put(
    '/api/bodies/:id/meetings/:meetingId/minutes',
    {
      schema: {
        tags: TAGS,
        summary: '起草会议纪要 Draft the minutes',
        params: ZMeetingParams,
        body: ZMinutesInput,
        response: { 200: ZMeeting },
      },
      config: { policy: MANAGE },
    },
    async (request) => {
      const { id, meetingId } = request.params;
      await service.saveMinutes(db, request.actor, id, meetingId, request.body);
      return present(request, id, meetingId);
    },
  );

  const transitions = [
    [
      'minutes/approve',
      '审定会议纪要 Approve the minutes',
      (request: FastifyRequest, p: { id: string; meetingId: string }, v: number) =>
        service.approveMinutes(db, request.actor, p.id, p.meetingId, v, shanghaiToday(deps.clock)),
    ],
    [
      'minutes/publish',
      '发布会议纪要 Publish the minutes',
      (request: FastifyRequest, p: { id: string; meetingId: string }, v: number) =>
        service.publishMinutes(db, request.actor, p.id, p.meetingId, v),
    ],
    [
      'convene',
      '发出会议通知 Send the meeting notice to the member units',
      (request: FastifyRequest, p: { id: string; meetingId: string }, v: number) =>
        service.conveneMeeting(db, request.actor, p.id, p.meetingId, v, shanghaiToday(deps.clock)),
    ],
    [
      'conclude',
      '结束会议 Conclude the meeting',
      (request: FastifyRequest, p: { id: string; meetingId: string }, v: number) =>
        service.concludeMeeting(db, request.actor, p.id, p.meetingId, v),
    ],
  ] as const;
  for (const [path, summary, act] of transitions) {
    r.post(
      `/api/bodies/:id/meetings/:meetingId/${path}`,
      {
        schema: { tags: TAGS, summary, params: ZMeetingParams, body: ZVersionInput, response: { 200: ZMeeting } },
        config: { policy: MANAGE },
      },
      async (request) => {
        await act(request, request.params, request.body.version);
        return present(request, request.params.id, request.params.meetingId);
      },
    );
  }
}
