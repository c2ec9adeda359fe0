export { ROLE_DASHBOARD_PROVIDERS } from './providers.js';
export { dashboardRoutes } from './dashboard.routes.js';
export { type DashboardContext, type DashboardEntry, type DashboardProvider, holdsRole, scopeIdsOfRoles } from './dashboard.types.js';
