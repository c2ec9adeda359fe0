import {
  ZBodyMember,
  ZBodyMemberInput,
  ZBodyMemberListQuery,
  ZBodyMemberPage,
  ZBodyMemberParams,
  ZBodyMemberRemoval,
  ZIdParams,
  ZMemberUnit,
  ZOrgMembership,
} from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';
import { typed } from '../../kernel/http/routes.js';
import * as service from './members.service.js';

const TAGS = ['bodies'];
const bodyScope = (request: { params: unknown }) => ({ bodyId: (request.params as { id: string }).id });

export async function memberRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);

  r.get(
    '/api/bodies/:id/members',
    {
      schema: {
        tags: TAGS,
        summary: '成员单位 List member units',
        params: ZIdParams,
        querystring: ZBodyMemberListQuery,
        response: { 200: ZBodyMemberPage },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listBodyMembers(db, request.params.id, request.query),
  );

  r.get(
    '/api/bodies/:id/member-units',
    {
      schema: {
        tags: TAGS,
        summary: '现有成员单位（供选择） Current member units, id and name, for pickers',
        params: ZIdParams,
        response: { 200: z.array(ZMemberUnit) },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listBodyMemberUnits(db, request.params.id),
  );

  r.post(
    '/api/bodies/:id/members',
    {
      schema: {
        tags: TAGS,
        summary: '加入成员单位 Add a member unit',
        params: ZIdParams,
        body: ZBodyMemberInput,
        response: { 201: ZBodyMember },
      },
      config: { policy: { permission: 'body.member.manage', scope: bodyScope } },
    },
    async (request, reply) => reply.status(201).send(await service.addMember(db, request.actor, request.params.id, request.body)),
  );

  r.post(
    '/api/bodies/:id/members/:memberId/remove',
    {
      schema: {
        tags: TAGS,
        summary: '成员单位退出 Record that a member left',
        params: ZBodyMemberParams,
        body: ZBodyMemberRemoval,
        response: { 200: ZBodyMember },
      },
      config: { policy: { permission: 'body.member.manage', scope: bodyScope } },
    },
    async (request) => service.removeMember(db, request.actor, request.params.id, request.params.memberId, request.body),
  );

  r.get(
    '/api/organizations/:id/memberships',
    {
      schema: {
        tags: ['organizations'],
        summary: '所属联盟/联合体 Bodies an organisation belongs or belonged to',
        params: ZIdParams,
        response: { 200: z.array(ZOrgMembership) },
      },
      config: { policy: { permission: 'org.read' } },
    },
    async (request) => service.listOrgMemberships(db, request.params.id),
  );
}
