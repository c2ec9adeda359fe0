import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { adminRequestRoutes } from './approvals/admin-requests.routes.js';
import { roleRoutes } from './roles.routes.js';
import { securityRoutes } from './security.routes.js';
import { sessionRoutes } from './session.routes.js';
import { userRoutes } from './users.routes.js';

export { lockedUsernames } from './lock-states.js';
export { scopeNames } from './scope-names.js';
export { countUsers, countUsersWithRoles } from './users.repository.js';
export { assignRole, createUser } from './users.service.js';

export async function accountRoutes(app: FastifyInstance, deps: AppDeps) {
  await sessionRoutes(app, deps);
  await userRoutes(app, deps);
  await roleRoutes(app, deps);
  await securityRoutes(app, deps);
  await adminRequestRoutes(app, deps);
}
