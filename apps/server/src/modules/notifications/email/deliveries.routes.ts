/** E-mail deliveries for the platform administrator's jobs page: which sends failed, and why. */
import { ZEmailDeliveryPage } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { typed } from '../../../kernel/http/routes.js';
import { listDeliveries } from './deliveries.service.js';

export async function deliveryRoutes(app: FastifyInstance, deps: AppDeps) {
  typed(app).get(
    '/api/admin/email-deliveries',
    {
      schema: {
        tags: ['admin'],
        summary: '邮件投递 E-mail deliveries',
        querystring: z.object({
          status: z.enum(['pending', 'sent', 'failed']).default('failed'),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: ZEmailDeliveryPage },
      },
      config: { policy: { permission: 'jobs.manage' } },
    },
    async (request) => listDeliveries(deps.database.db, request.query, request.locale),
  );
}
