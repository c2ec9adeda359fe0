import { ZAgendaItemParams, ZBallot, ZBallotInput, ZIdParams, ZMeeting, ZResolution, ZResolutionQuery, pageOf } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { typed } from '../../../kernel/http/routes.js';
import { meetingForUser } from './meeting-view.js';
import * as service from './votes.service.js';

const TAGS = ['governance'];
const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });
const MANAGE = { permission: 'governance.meeting.manage', scope: bodyScope } as const;
type ItemParams = z.infer<typeof ZAgendaItemParams>;

export async function voteRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const present = (request: FastifyRequest, p: ItemParams) => meetingForUser(db, request, p.id, p.meetingId);

  for (const [path, summary, act] of [
    ['open', '开启表决 Open the vote', service.openVote],
    ['close', '结束表决并计票 Close and count the vote', service.closeVote],
  ] as const) {
    r.post(
      `/api/bodies/:id/meetings/:meetingId/items/:itemId/${path}`,
      { schema: { tags: TAGS, summary, params: ZAgendaItemParams, response: { 200: ZMeeting } }, config: { policy: MANAGE } },
      async (request) => {
        const p = request.params;
        await act(db, request.actor, p.id, p.meetingId, p.itemId);
        return present(request, p);
      },
    );
  }

  r.post(
    '/api/bodies/:id/meetings/:meetingId/items/:itemId/ballots',
    {
      schema: {
        tags: TAGS,
        summary: '成员单位代表表决 Vote for one’s member unit',
        params: ZAgendaItemParams,
        body: ZBallotInput,
        response: { 201: ZBallot },
      },
      // The representative acts for the unit named in the ballot: the grant must cover that unit.
      config: {
        policy: {
          permission: 'governance.vote.cast',
          scope: (request) => ({ orgId: (request.body as { orgId: string }).orgId }),
        },
      },
    },
    async (request, reply) => {
      const ballot = await service.castBallot(
        db,
        request.actor,
        { ...request.params, bodyId: request.params.id },
        request.body,
        'representative',
      );
      return reply.status(201).send(ballot);
    },
  );

  r.post(
    '/api/bodies/:id/meetings/:meetingId/items/:itemId/paper-ballots',
    {
      schema: {
        tags: TAGS,
        summary: '秘书处录入纸质表决票 Record a paper ballot',
        params: ZAgendaItemParams,
        body: ZBallotInput,
        response: { 201: ZBallot },
      },
      config: { policy: MANAGE },
    },
    async (request, reply) => {
      const ballot = await service.castBallot(db, request.actor, { ...request.params, bodyId: request.params.id }, request.body, 'paper');
      return reply.status(201).send(ballot);
    },
  );

  r.get(
    '/api/bodies/:id/meetings/:meetingId/items/:itemId/ballots',
    {
      schema: {
        tags: TAGS,
        summary: '表决明细（表决结束后） Ballots of a closed vote',
        params: ZAgendaItemParams,
        response: { 200: z.array(ZBallot) },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listItemBallots(db, request.params.id, request.params.meetingId, request.params.itemId),
  );

  r.get(
    '/api/bodies/:id/resolutions',
    {
      schema: {
        tags: TAGS,
        summary: '决议登记簿 Register of resolutions with their votes',
        params: ZIdParams,
        querystring: ZResolutionQuery,
        response: { 200: pageOf(ZResolution) },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listResolutions(db, request.params.id, request.query.page, request.query.pageSize, request.locale),
  );
}
