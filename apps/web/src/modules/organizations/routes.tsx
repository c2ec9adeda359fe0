import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

export const organizationRoutes: RouteObject[] = [
  { path: 'orgs', lazy: lazyPage(() => import('./pages/OrgListPage')) },
  { path: 'orgs/new', lazy: lazyPage(() => import('./pages/OrgCreatePage')) },
  { path: 'orgs/import', lazy: lazyPage(() => import('./pages/OrgImportPage')) },
  { path: 'orgs/:id', lazy: lazyPage(() => import('./pages/OrgDetailPage')) },
  { path: 'orgs/:id/edit', lazy: lazyPage(() => import('./pages/OrgEditPage')) },
];
