/** The review (S3) and results (S4) routes of the selection module, registered from its index. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { expertAdminRoutes } from './experts/experts.routes.js';
import { expertRoutes } from './reviews/expert.routes.js';
import { reviewRoutes } from './reviews/reviews.routes.js';
import { resultRoutes } from './results/results.routes.js';

export async function reviewAndResultRoutes(app: FastifyInstance, deps: AppDeps) {
  await expertAdminRoutes(app, deps);
  await reviewRoutes(app, deps);
  await expertRoutes(app, deps);
  await resultRoutes(app, deps);
}
