import {
  ZIdParams,
  ZLiaison,
  ZLiaisonContact,
  ZLiaisonInput,
  ZLiaisonList,
  ZLiaisonParams,
  ZLiaisonUpdate,
  ZOk,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { requireAuth } from '../../kernel/http/context.js';
import { typed } from '../../kernel/http/routes.js';
import { liaisonAbilities } from './bodies.policy.js';
import * as service from './liaisons.service.js';

const TAGS = ['bodies'];

export async function liaisonRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  // A liaison belongs to the body in the path and to the member unit that named it; either's grant may act.
  const existingLiaisonScope = (request: FastifyRequest) => {
    const params = request.params as { id: string; liaisonId: string };
    return service.liaisonScope(db, params.id, params.liaisonId);
  };

  r.get(
    '/api/bodies/:id/liaisons',
    {
      schema: { tags: TAGS, summary: '联络员 List liaisons', params: ZIdParams, response: { 200: ZLiaisonList } },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => {
      const bodyId = request.params.id;
      const list = await service.listLiaisons(db, bodyId);
      const grants = requireAuth(request).grants;
      return {
        ...list,
        liaisons: list.liaisons.map((liaison) => ({ ...liaison, abilities: liaisonAbilities(grants, liaison, bodyId) })),
      };
    },
  );

  r.post(
    '/api/bodies/:id/liaisons',
    {
      schema: { tags: TAGS, summary: '登记联络员 Name a liaison', params: ZIdParams, body: ZLiaisonInput, response: { 201: ZLiaison } },
      config: {
        policy: {
          permission: 'liaison.manage',
          scope: (request) => ({
            bodyId: (request.params as { id: string }).id,
            orgId: (request.body as { orgId: string }).orgId,
          }),
        },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createLiaison(db, request.actor, request.params.id, request.body)),
  );

  r.patch(
    '/api/bodies/:id/liaisons/:liaisonId',
    {
      schema: {
        tags: TAGS,
        summary: '编辑联络员 Edit a liaison',
        params: ZLiaisonParams,
        body: ZLiaisonUpdate,
        response: { 200: ZLiaison },
      },
      config: { policy: { permission: 'liaison.manage', scope: existingLiaisonScope } },
    },
    async (request) => service.updateLiaison(db, request.actor, request.params.id, request.params.liaisonId, request.body),
  );

  r.post(
    '/api/bodies/:id/liaisons/:liaisonId/remove',
    {
      schema: { tags: TAGS, summary: '撤销联络员 Remove a liaison', params: ZLiaisonParams, response: { 200: ZOk } },
      config: { policy: { permission: 'liaison.manage', scope: existingLiaisonScope } },
    },
    async (request) => service.removeLiaison(db, request.actor, request.params.id, request.params.liaisonId),
  );

  r.post(
    '/api/bodies/:id/liaisons/:liaisonId/reveal',
    {
      schema: {
        tags: TAGS,
        summary: '查看联络员完整联系方式 Reveal a liaison’s contact details',
        params: ZLiaisonParams,
        response: { 200: ZLiaisonContact },
      },
      config: { policy: { permission: 'personal.unmask', scope: existingLiaisonScope } },
    },
    async (request) => service.revealLiaison(db, request.actor, request.params.id, request.params.liaisonId),
  );
}
