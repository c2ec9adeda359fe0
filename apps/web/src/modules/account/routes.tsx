import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

/** Sign-in lives outside the signed-in frame. */
export const loginRoute: RouteObject = { path: '/login', lazy: lazyPage(() => import('./pages/LoginPage')) };

export const accountRoutes: RouteObject[] = [
  { path: 'account', lazy: lazyPage(() => import('./pages/ChangePasswordPage')) },
  { path: 'account/security', lazy: lazyPage(() => import('./pages/TotpPage')) },
];
