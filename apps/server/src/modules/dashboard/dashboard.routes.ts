import { ZDashboard } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { requireAuth } from '../../kernel/http/context.js';
import { typed } from '../../kernel/http/routes.js';
import { buildDashboard, dashboardContext } from './dashboard.service.js';
import type { DashboardProvider } from './dashboard.types.js';

/** `providers`: every module's to-dos, listed where the application is composed (modules/index.ts). */
export async function dashboardRoutes(app: FastifyInstance, deps: AppDeps, providers: DashboardProvider[]) {
  typed(app).get(
    '/api/dashboard',
    {
      schema: { tags: ['dashboard'], summary: '工作台待办 Dashboard', response: { 200: ZDashboard } },
      config: { policy: { permission: 'dashboard.read' } },
    },
    async (request) => {
      const ctx = dashboardContext({ db: deps.database.db, config: deps.config, auth: requireAuth(request), now: deps.clock.now() });
      return buildDashboard(ctx, providers, request.locale);
    },
  );
}
