import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

export const auditRoutes: RouteObject[] = [{ path: 'audit', lazy: lazyPage(() => import('./pages/AuditLogPage')) }];
