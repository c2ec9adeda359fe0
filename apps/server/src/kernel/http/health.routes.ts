import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.js';

/** /healthz: the process answers. /readyz: the database answers too (load balancers route on it). */
export async function healthRoutes(app: FastifyInstance, deps: AppDeps) {
  app.get('/healthz', { config: { policy: { public: true } }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { policy: { public: true } }, schema: { hide: true } }, async (_request, reply) => {
    try {
      await deps.database.ping();
      return { status: 'ready', database: deps.database.kind };
    } catch {
      return reply.status(503).header('Retry-After', '5').send({ status: 'unavailable', database: deps.database.kind });
    }
  });
}
