/**
 * The modules the application is made of, composed: a new module adds one line here for its routes plugin
 * (each receives the application's dependencies) and, if it has them, one line each for its dashboard providers,
 * its background jobs (MODULE_JOBS) and its sources of deadline reminders (MODULE_REMINDER_SOURCES).
 * This is the one file that may import every module's index.ts (see ARCHITECTURE.md, "Module boundaries").
 */
import type { FastifyInstance } from 'fastify';
import { auditCheckpointJob } from '../kernel/audit/checkpoint.job.js';
import type { AppDeps } from '../kernel/deps.js';
import { fileRoutes } from '../kernel/files/index.js';
import { type AnyJobDefinition, jobRoutes, pruneJobsJob } from '../kernel/jobs/index.js';
import { accountRoutes } from './accounts/index.js';
import { auditLogRoutes } from './audit-log/index.js';
import { dashboardRoutes, type DashboardProvider, ROLE_DASHBOARD_PROVIDERS } from './dashboard/index.js';
import { bodyRoutes } from './bodies/index.js';
import { GOVERNANCE_DASHBOARD_PROVIDERS, GOVERNANCE_REMINDER_SOURCES, governanceRoutes } from './governance/index.js';
import { notificationJobs, notificationRoutes, type ReminderSource } from './notifications/index.js';
import { organizationRoutes } from './organizations/index.js';
import { referenceRoutes } from './reference/index.js';
import { SELECTION_DASHBOARD_PROVIDERS, SELECTION_REMINDER_SOURCES, selectionRoutes } from './selection/index.js';
import { RESOURCES_REMINDER_SOURCES, resourcesRoutes } from './resources/index.js';
import { talentRoutes } from './talent/index.js';
import { REPORTS_DASHBOARD_PROVIDERS, REPORTS_REMINDER_SOURCES, reportsRoutes } from './reports/index.js';

const DASHBOARD_PROVIDERS: DashboardProvider[] = [
  ...ROLE_DASHBOARD_PROVIDERS,
  ...GOVERNANCE_DASHBOARD_PROVIDERS,
  ...SELECTION_DASHBOARD_PROVIDERS,
  ...REPORTS_DASHBOARD_PROVIDERS,
];

/** Deadlines each module wants reminders of; the notifications module's daily job reads them all. */
export const MODULE_REMINDER_SOURCES: ReminderSource[] = [
  ...GOVERNANCE_REMINDER_SOURCES,
  ...SELECTION_REMINDER_SOURCES,
  ...REPORTS_REMINDER_SOURCES,
  ...RESOURCES_REMINDER_SOURCES,
];

export const MODULE_JOBS: AnyJobDefinition[] = [pruneJobsJob, auditCheckpointJob, ...notificationJobs(MODULE_REMINDER_SOURCES)];

export const MODULE_ROUTES: ((app: FastifyInstance, deps: AppDeps) => Promise<void>)[] = [
  referenceRoutes,
  fileRoutes,
  accountRoutes,
  auditLogRoutes,
  (app, deps) => dashboardRoutes(app, deps, DASHBOARD_PROVIDERS),
  organizationRoutes,
  bodyRoutes,
  governanceRoutes,
  selectionRoutes,
  talentRoutes,
  reportsRoutes,
  resourcesRoutes,
  notificationRoutes,
  (app, deps) => jobRoutes(app, deps, MODULE_JOBS),
];
