import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

export const dashboardRoutes: RouteObject[] = [{ index: true, lazy: lazyPage(() => import('./pages/DashboardPage')) }];
