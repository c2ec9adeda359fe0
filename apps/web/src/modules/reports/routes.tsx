import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

/** Signed-in quality-report pages: the authority's cycles, coverage, registers and compliance evaluation, the units' work lists, a report, the expert's sheets. */
export const reportRoutes: RouteObject[] = [
  { path: 'reports/cycles', lazy: lazyPage(() => import('./pages/CycleListPage')) },
  { path: 'reports/cycles/:id', lazy: lazyPage(() => import('./pages/CoveragePage')) },
  { path: 'reports/cycles/:id/generated', lazy: lazyPage(() => import('./pages/GeneratedReportPage')) },
  { path: 'reports/cycles/:id/registers', lazy: lazyPage(() => import('./pages/RegistersPage')) },
  { path: 'reports/cycles/:id/compliance', lazy: lazyPage(() => import('./pages/CompliancePage')) },
  { path: 'reports/compliance/mine', lazy: lazyPage(() => import('./pages/MyEvaluationsPage')) },
  { path: 'reports/compliance/evaluations/:id', lazy: lazyPage(() => import('./pages/EvaluationSheetPage')) },
  { path: 'reports/work/:stage', lazy: lazyPage(() => import('./pages/MyReportsPage')) },
  { path: 'reports/:id', lazy: lazyPage(() => import('./pages/ReportPage')) },
  { path: 'reports/:id/generated', lazy: lazyPage(() => import('./pages/GeneratedReportPage')) },
];

/** Readable without signing in, outside the signed-in frame: the three-level display of published reports. */
export const publicReportRoutes: RouteObject[] = [
  { path: '/public/reports', lazy: lazyPage(() => import('./pages/PublicColumnsPage')) },
  { path: '/public/reports/columns/:orgId', lazy: lazyPage(() => import('./pages/PublicColumnPage')) },
  { path: '/public/reports/cycles/:id', lazy: lazyPage(() => import('./pages/PublicReportPage')) },
  { path: '/public/reports/:id', lazy: lazyPage(() => import('./pages/PublicReportPage')) },
];
