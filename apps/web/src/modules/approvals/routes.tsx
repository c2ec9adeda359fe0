import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

export const approvalRoutes: RouteObject[] = [{ path: 'approvals', lazy: lazyPage(() => import('./pages/AdminRequestsPage')) }];
