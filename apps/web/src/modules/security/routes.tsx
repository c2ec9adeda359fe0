import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

export const securityRoutes: RouteObject[] = [
  { path: 'security/roles', lazy: lazyPage(() => import('./pages/RolesPage')) },
  { path: 'security/accounts', lazy: lazyPage(() => import('./pages/LockedAccountsPage')) },
];
