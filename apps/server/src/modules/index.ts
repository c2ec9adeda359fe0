/**
 * The modules the application is made of. A new module adds one line here: its routes plugin — and, if it
 * has any, its background jobs (MODULE_JOBS) and its sources of deadline reminders (MODULE_REMINDER_SOURCES).
 * Each plugin receives the application's dependencies.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../kernel/deps.js';
import { fileRoutes } from '../kernel/files/index.js';
import { type AnyJobDefinition, jobRoutes, pruneJobsJob } from '../kernel/jobs/index.js';
import { accountRoutes } from './accounts/index.js';
import { auditLogRoutes } from './audit-log/index.js';
import { dashboardRoutes } from './dashboard/index.js';
import { bodyRoutes } from './bodies/index.js';
import { governanceRoutes } from './governance/index.js';
import { notificationJobs, notificationRoutes, type ReminderSource } from './notifications/index.js';
import { organizationRoutes } from './organizations/index.js';
import { referenceRoutes } from './reference/index.js';
import { selectionRoutes } from './selection/index.js';

/** Deadlines each module wants reminders of; the notifications module's daily job reads them all. */
export const MODULE_REMINDER_SOURCES: ReminderSource[] = [];

export const MODULE_JOBS: AnyJobDefinition[] = [pruneJobsJob, ...notificationJobs(MODULE_REMINDER_SOURCES)];

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
  notificationRoutes,
  (app, deps) => jobRoutes(app, deps, MODULE_JOBS),
];
