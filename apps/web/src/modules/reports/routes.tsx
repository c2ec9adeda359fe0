import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

/** Signed-in quality-report pages: the authority's cycles and coverage, the units' work lists and a report. */
export const reportRoutes: RouteObject[] = [
  { path: 'reports/cycles', lazy: lazyPage(() => import('./pages/CycleListPage')) },
  { path: 'reports/cycles/:id', lazy: lazyPage(() => import('./pages/CoveragePage')) },
  { path: 'reports/cycles/:id/generated', lazy: lazyPage(() => import('./pages/GeneratedReportPage')) },
  { path: 'reports/work/:stage', lazy: lazyPage(() => import('./pages/MyReportsPage')) },
  { path: 'reports/:id', lazy: lazyPage(() => import('./pages/ReportPage')) },
  { path: 'reports/:id/generated', lazy: lazyPage(() => import('./pages/GeneratedReportPage')) },
];
