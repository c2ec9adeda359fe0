import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

export const bodyRoutes: RouteObject[] = [
  { path: 'bodies', lazy: lazyPage(() => import('./pages/BodyListPage')) },
  { path: 'bodies/new', lazy: lazyPage(() => import('./pages/BodyCreatePage')) },
  { path: 'bodies/:id', lazy: lazyPage(() => import('./pages/BodyDetailPage')) },
  { path: 'bodies/:id/edit', lazy: lazyPage(() => import('./pages/BodyEditPage')) },
];
