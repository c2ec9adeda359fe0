export { dashboardRoutes } from './dashboard.routes.js';
export type { DashboardContext, DashboardEntry, DashboardProvider } from './dashboard.types.js';
