/**
 * Everything the dashboard shows comes from these providers, each serving the roles it knows.
 * A module adds its to-dos with one line here.
 */
import type { DashboardProvider } from './dashboard.types.js';
import { auditAdminProvider } from './providers/audit-admin.provider.js';
import { bodySecretariatProvider } from './providers/body-secretariat.provider.js';
import { memberUnitProvider } from './providers/member-unit.provider.js';
import { platformAdminProvider } from './providers/platform-admin.provider.js';
import { securityAdminProvider } from './providers/security-admin.provider.js';
import { governanceMembershipProvider, governanceVotesProvider } from '../governance/governance-a.dashboard.js';
import { committeeTermsProvider, workplanProvider } from '../governance/governance-b.providers.js';
import { selectionProvider } from '../selection/selection.dashboard.js';
import { expertReviewsProvider, publishedResultsProvider } from '../selection/results/results.dashboard.js';

export const DASHBOARD_PROVIDERS: DashboardProvider[] = [
  platformAdminProvider,
  securityAdminProvider,
  auditAdminProvider,
  bodySecretariatProvider,
  memberUnitProvider,
  governanceMembershipProvider,
  governanceVotesProvider,
  committeeTermsProvider,
  workplanProvider,
  selectionProvider,
  expertReviewsProvider,
  publishedResultsProvider,
];
