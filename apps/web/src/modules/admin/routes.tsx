import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

export const adminRoutes: RouteObject[] = [
  { path: 'admin/users', lazy: lazyPage(() => import('./pages/UserListPage')) },
  { path: 'admin/users/new', lazy: lazyPage(() => import('./pages/UserCreatePage')) },
  { path: 'admin/users/:id', lazy: lazyPage(() => import('./pages/UserDetailPage')) },
];
