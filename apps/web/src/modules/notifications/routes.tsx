import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

export const notificationRoutes: RouteObject[] = [
  { path: 'notifications', lazy: lazyPage(() => import('./pages/InboxPage')) },
  { path: 'notifications/settings', lazy: lazyPage(() => import('./pages/NotificationSettingsPage')) },
  { path: 'admin/jobs', lazy: lazyPage(() => import('./pages/JobsPage')) },
];

/** Opened from an e-mail, without signing in. */
export const unsubscribeRoute: RouteObject = { path: '/unsubscribe', lazy: lazyPage(() => import('./pages/UnsubscribePage')) };
