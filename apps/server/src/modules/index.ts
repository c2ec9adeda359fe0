/**
 * The modules the application is made of. A new module adds one line here: its routes plugin.
 * Each plugin receives the application's dependencies.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../kernel/deps.js';
import { fileRoutes } from '../kernel/files/index.js';
import { accountRoutes } from './accounts/index.js';
import { auditLogRoutes } from './audit-log/index.js';
import { dashboardRoutes } from './dashboard/index.js';
import { bodyRoutes } from './bodies/index.js';
import { governanceRoutes } from './governance/index.js';
import { organizationRoutes } from './organizations/index.js';
import { referenceRoutes } from './reference/index.js';
import { selectionRoutes } from './selection/index.js';

export const MODULE_ROUTES: ((app: FastifyInstance, deps: AppDeps) => Promise<void>)[] = [
  referenceRoutes,
  fileRoutes,
  accountRoutes,
  auditLogRoutes,
  dashboardRoutes,
  organizationRoutes,
  bodyRoutes,
  governanceRoutes,
  selectionRoutes,
];
