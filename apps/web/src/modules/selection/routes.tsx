import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

export const selectionRoutes: RouteObject[] = [
  { path: 'selection', lazy: lazyPage(() => import('./pages/SelectionHomePage')) },
  { path: 'selection/calls/new', lazy: lazyPage(() => import('./pages/CallCreatePage')) },
  { path: 'selection/calls/:id', lazy: lazyPage(() => import('./pages/CallDetailPage')) },
  { path: 'selection/calls/:callId/applications/:id', lazy: lazyPage(() => import('./pages/ApplicationPage')) },
  { path: 'selection/applications/:id', lazy: lazyPage(() => import('./pages/ApplicationPage')) },
  { path: 'selection/indicators/:id', lazy: lazyPage(() => import('./pages/IndicatorEditorPage')) },
  { path: 'selection/reviews', lazy: lazyPage(() => import('./pages/ReviewListPage')) },
  { path: 'selection/reviews/:id', lazy: lazyPage(() => import('./pages/ReviewSheetPage')) },
  { path: 'selection/calls/:id/review', lazy: lazyPage(() => import('./pages/ReviewBoardPage')) },
  { path: 'selection/applications/:id/result', lazy: lazyPage(() => import('./pages/ResultsApplicantPage')) },
];

/** Open calls, readable without signing in. */
export const publicSelectionRoute: RouteObject = {
  path: '/public/selection',
  lazy: lazyPage(() => import('./pages/PublicCallsPage')),
};
