import { ZCharterRegistration, ZCharterVersion, ZCharterView, ZIdParams } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import * as service from './charter.service.js';

const TAGS = ['governance'];
const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });

export async function charterRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);

  r.get(
    '/api/bodies/:id/charter',
    {
      schema: {
        tags: TAGS,
        summary: '章程及其参数 The charter in force and its history',
        params: ZIdParams,
        response: { 200: ZCharterView },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => {
      const { grants } = requireAuth(request);
      const scope = { bodyId: request.params.id };
      return service.getCharterView(db, request.params.id, request.locale, {
        register: isAllowed(grants, 'governance.charter.register', scope),
        proposeAmendment: isAllowed(grants, 'governance.meeting.manage', scope),
      });
    },
  );

  r.post(
    '/api/bodies/:id/charter',
    {
      schema: {
        tags: TAGS,
        summary:
          '首次登记章程 Register the charter a body adopted, when none is on record (the platform administrator, or the secretariat recording its founding meeting; later changes need an amendment vote)',
        params: ZIdParams,
        body: ZCharterRegistration,
        response: { 201: ZCharterVersion },
      },
      config: { policy: { permission: 'governance.charter.register', scope: bodyScope } },
    },
    async (request, reply) => reply.status(201).send(await service.registerCharter(db, request.actor, request.params.id, request.body)),
  );
}
