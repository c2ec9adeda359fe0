import {
  ZErasureInput,
  ZErasureResult,
  ZPeopleList,
  ZPeopleParams,
  ZPeopleQuery,
  ZPerson,
  ZPersonExportQuery,
  ZPersonParams,
  ZRevealedPerson,
  ZRevealInput,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { sendDownload } from '../../../kernel/files/index.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { erasePerson } from './erasure.service.js';
import { exportPerson } from './person-export.js';
import * as service from './people.service.js';

const TAGS = ['resources'];

export async function peopleRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const base = '/api/bodies/:id/resources/people';
  const person = `${base}/:kind/:personId`;
  // A person is their home (or sending) unit's, and the body's secretariat answers for every member.
  const personScope = async (request: FastifyRequest) => {
    const { id, kind, personId } = request.params as { id: string; kind: 'student' | 'teacher'; personId: string };
    return service.personScope(db, id, kind, personId);
  };

  r.get(
    base,
    {
      schema: {
        tags: TAGS,
        summary: '跨校选修学生与互派、主讲教师（已遮蔽） Students and teachers, masked',
        params: ZPeopleParams,
        querystring: ZPeopleQuery,
        response: { 200: ZPeopleList },
      },
      config: { policy: { permission: 'personal.rights' } },
    },
    async (request) => service.listPeople(db, requireAuth(request).grants, request.params.id, request.query.q),
  );

  r.get(
    person,
    {
      schema: { tags: TAGS, summary: '人员个人信息页（已遮蔽） A person, masked', params: ZPersonParams, response: { 200: ZPerson } },
      config: { policy: { permission: 'personal.rights', scope: personScope } },
    },
    async (request) => {
      const { id, kind, personId } = request.params;
      return service.getPerson(db, requireAuth(request).grants, id, kind, personId);
    },
  );

  r.post(
    `${person}/reveal`,
    {
      schema: {
        tags: TAGS,
        summary: '注明目的查看完整个人信息（记入审计） Reveal a person for a stated purpose (audited)',
        params: ZPersonParams,
        body: ZRevealInput,
        response: { 200: ZRevealedPerson },
      },
      config: { policy: { permission: 'personal.unmask', scope: personScope } },
    },
    async (request) => {
      const { id, kind, personId } = request.params;
      return service.revealPerson(db, request.actor, id, kind, personId, request.body.purpose);
    },
  );

  r.get(
    `${person}/export`,
    {
      schema: {
        tags: TAGS,
        summary: '导出本人个人数据（JSON 或 Excel，记入审计） Export a person’s own data (audited)',
        params: ZPersonParams,
        querystring: ZPersonExportQuery,
      },
      config: { policy: { permission: 'personal.rights', scope: personScope } },
    },
    async (request, reply) => {
      const { id, kind, personId } = request.params;
      return sendDownload(reply, await exportPerson(db, request.actor, deps.clock.now(), id, kind, personId, request.query));
    },
  );

  r.post(
    `${person}/erase`,
    {
      schema: {
        tags: TAGS,
        summary: '应本人请求删除个人信息（依法保留的记录假名化） Erase a person’s data on request',
        params: ZPersonParams,
        body: ZErasureInput,
        response: { 200: ZErasureResult },
      },
      config: { policy: { permission: 'personal.rights', scope: personScope } },
    },
    async (request) => {
      const { id, kind, personId } = request.params;
      return erasePerson(db, request.actor, deps.clock.now(), id, kind, personId, request.body.request);
    },
  );
}
