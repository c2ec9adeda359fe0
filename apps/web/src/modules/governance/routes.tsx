import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

/** Signed-in governance pages; each page picks its body with `?body=`. */
export const governanceRoutes: RouteObject[] = [
  { path: 'governance/chair', lazy: lazyPage(() => import('./pages/ChairSchedulePage')) },
  { path: 'governance/bulletins', lazy: lazyPage(() => import('./pages/BulletinsPage')) },
  { path: 'governance/workplan', lazy: lazyPage(() => import('./pages/WorkplanPage')) },
  { path: 'governance/offices', lazy: lazyPage(() => import('./pages/OfficesPage')) },
  { path: 'governance/liaisons', lazy: lazyPage(() => import('./pages/LiaisonCoveragePage')) },
  { path: 'governance/charter', lazy: lazyPage(() => import('./pages/CharterPage')) },
  { path: 'governance/meetings', lazy: lazyPage(() => import('./pages/MeetingsPage')) },
  { path: 'governance/meetings/:meetingId', lazy: lazyPage(() => import('./pages/MeetingPage')) },
  { path: 'governance/resolutions', lazy: lazyPage(() => import('./pages/ResolutionsPage')) },
  { path: 'governance/membership', lazy: lazyPage(() => import('./pages/MembershipPage')) },
  { path: 'governance/projects', lazy: lazyPage(() => import('./pages/ProjectsPage')) },
  { path: 'governance/activities', lazy: lazyPage(() => import('./pages/ActivitiesPage')) },
  { path: 'governance/finance', lazy: lazyPage(() => import('./pages/FinancePage')) },
];

/** Readable without signing in, outside the signed-in frame. */
export const publicBulletinRoute: RouteObject = {
  path: '/public/bulletins',
  lazy: lazyPage(() => import('./pages/PublicBulletinsPage')),
};
