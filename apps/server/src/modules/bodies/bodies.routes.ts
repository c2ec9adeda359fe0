import { ZBody, ZBodyInput, ZBodyListQuery, ZBodyPage, ZBodyUpdate, ZIdParams } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { requireAuth } from '../../kernel/http/context.js';
import { typed } from '../../kernel/http/routes.js';
import { bodyAbilities } from './bodies.policy.js';
import * as service from './bodies.service.js';

const TAGS = ['bodies'];

export async function bodyRegisterRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);

  r.get(
    '/api/bodies',
    {
      schema: { tags: TAGS, summary: '联盟/联合体列表 List bodies', querystring: ZBodyListQuery, response: { 200: ZBodyPage } },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listBodies(db, request.query),
  );

  r.post(
    '/api/bodies',
    {
      schema: { tags: TAGS, summary: '新建联盟/联合体 Create a body', body: ZBodyInput, response: { 201: ZBody } },
      config: { policy: { permission: 'body.create' } },
    },
    async (request, reply) => reply.status(201).send(await service.createBody(db, request.actor, request.body)),
  );

  r.get(
    '/api/bodies/:id',
    {
      schema: { tags: TAGS, summary: '联盟/联合体详情 View a body', params: ZIdParams, response: { 200: ZBody } },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => {
      const body = await service.getBody(db, request.params.id);
      return { ...body, abilities: await bodyAbilities(db, requireAuth(request).grants, body.id) };
    },
  );

  r.patch(
    '/api/bodies/:id',
    {
      schema: { tags: TAGS, summary: '编辑联盟/联合体 Edit a body', params: ZIdParams, body: ZBodyUpdate, response: { 200: ZBody } },
      config: {
        policy: { permission: 'body.update', scope: (request) => ({ bodyId: (request.params as { id: string }).id }) },
      },
    },
    async (request) => service.updateBody(db, request.actor, request.params.id, request.body),
  );
}
