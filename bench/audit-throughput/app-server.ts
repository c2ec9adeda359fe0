/**
 * Child process: the real application on the benchmark database, plus one route the benchmark compares it with —
 * the same meeting insert under the same policy, session and validation, without its audit entry. It exists only
 * here; the application has no way to write without auditing.
 */
import type { AddressInfo } from 'node:net';
import { ZIdParams, ZMeetingInput, ZMeetingSummary } from '@chanjiao/contracts';
import type { FastifyRequest } from 'fastify';
import { buildApp } from '../../apps/server/src/app.js';
import { bootstrap } from '../../apps/server/src/bootstrap.js';
import { typed } from '../../apps/server/src/kernel/http/routes.js';
import { requireBody } from '../../apps/server/src/modules/bodies/index.js';
import { requireCharter } from '../../apps/server/src/modules/governance/charter/charter.service.js';
import { presentMeetingSummary } from '../../apps/server/src/modules/governance/meetings/meetings.present.js';
import { insertMeeting } from '../../apps/server/src/modules/governance/meetings/meetings.repository.js';
import { closeOnSignal, reportListening } from '../lib/child-server.js';
import { benchAppConfig } from '../orgs-list/app-config.js';

export const UNAUDITED_ROUTE = '/api/bench/bodies/:id/meetings-unaudited';

const databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl) throw new Error('BENCH_DATABASE_URL is not set');

const config = benchAppConfig(databaseUrl);
const deps = await bootstrap(config);
const app = await buildApp(deps);
const db = deps.database.db;
const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });
typed(app).post(
  UNAUDITED_ROUTE,
  {
    schema: { params: ZIdParams, body: ZMeetingInput, response: { 201: ZMeetingSummary } },
    config: { policy: { permission: 'governance.meeting.manage', scope: bodyScope } },
  },
  // scheduleMeeting (meetings.service.ts) step for step, without recordAudit.
  async (request, reply) => {
    const bodyId = request.params.id;
    await requireBody(db, bodyId);
    await requireCharter(db, bodyId);
    const row = await db.transaction((tx) =>
      insertMeeting(tx, { bodyId, title: request.body.title, heldOn: request.body.heldOn, location: request.body.location ?? null }),
    );
    return reply.status(201).send(presentMeetingSummary({ ...row, itemCount: 0 }));
  },
);
await app.listen({ host: config.host, port: config.port });
closeOnSignal(async () => {
  await app.close();
  await deps.database.close();
});
reportListening((app.server.address() as AddressInfo).port);
