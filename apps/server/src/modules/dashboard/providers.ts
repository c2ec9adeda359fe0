/**
 * The dashboard's own to-dos, one provider per administrative role. The other modules' providers are added in
 * modules/index.ts, so the dashboard never imports the modules whose to-dos it shows.
 */
import type { DashboardProvider } from './dashboard.types.js';
import { auditAdminProvider } from './providers/audit-admin.provider.js';
import { bodySecretariatProvider } from './providers/body-secretariat.provider.js';
import { memberUnitProvider } from './providers/member-unit.provider.js';
import { platformAdminProvider } from './providers/platform-admin.provider.js';
import { securityAdminProvider } from './providers/security-admin.provider.js';

export const ROLE_DASHBOARD_PROVIDERS: DashboardProvider[] = [
  platformAdminProvider,
  securityAdminProvider,
  auditAdminProvider,
  bodySecretariatProvider,
  memberUnitProvider,
];
