import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

export const selectionRoutes: RouteObject[] = [
  { path: 'selection', lazy: lazyPage(() => import('./pages/SelectionHomePage')) },
  { path: 'selection/calls/new', lazy: lazyPage(() => import('./pages/CallCreatePage')) },
  { path: 'selection/calls/:id', lazy: lazyPage(() => import('./pages/CallDetailPage')) },
  { path: 'selection/calls/:callId/applications/:id', lazy: lazyPage(() => import('./pages/ApplicationPage')) },
  { path: 'selection/applications/:id', lazy: lazyPage(() => import('./pages/ApplicationPage')) },
  { path: 'selection/indicators/:id', lazy: lazyPage(() => import('./pages/IndicatorEditorPage')) },
];

/** Open calls, readable without signing in. */
export const publicSelectionRoute: RouteObject = {
  path: '/public/selection',
  lazy: lazyPage(() => import('./pages/PublicCallsPage')),
};
