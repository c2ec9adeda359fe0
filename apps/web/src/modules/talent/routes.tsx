import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

/** Signed-in talent pages; each page picks its body with `?body=`. */
export const talentRoutes: RouteObject[] = [
  { path: 'talent/demand', lazy: lazyPage(() => import('./pages/DemandListPage')) },
  { path: 'talent/demand/:demandId/matches', lazy: lazyPage(() => import('./pages/MatchesPage')) },
  { path: 'talent/matches', lazy: lazyPage(() => import('./pages/MatchesPage')) },
  { path: 'talent/supply', lazy: lazyPage(() => import('./pages/SupplyListPage')) },
  { path: 'talent/gaps', lazy: lazyPage(() => import('./pages/GapsPage')) },
  { path: 'talent/adjustments', lazy: lazyPage(() => import('./pages/AdjustmentsPage')) },
  { path: 'talent/shortage', lazy: lazyPage(() => import('./pages/ShortageCataloguePage')) },
  { path: 'talent/enterprises', lazy: lazyPage(() => import('./pages/EnterpriseListPage')) },
  { path: 'talent/jobs', lazy: lazyPage(() => import('./pages/JobListPage')) },
  { path: 'talent/placements', lazy: lazyPage(() => import('./pages/PlacementsPage')) },
  { path: 'talent/lists', lazy: lazyPage(() => import('./pages/ListEntriesPage')) },
  { path: 'talent/reports', lazy: lazyPage(() => import('./pages/TalentReportsPage')) },
];

/** Readable without signing in, outside the signed-in frame: a body's published lists and reports. */
export const publicTalentRoutes: RouteObject[] = [
  { path: '/public/talent/:bodyId', lazy: lazyPage(() => import('./pages/PublicListsPage')) },
  { path: '/public/talent/:bodyId/reports', lazy: lazyPage(() => import('./pages/PublicReportsPage')) },
];
