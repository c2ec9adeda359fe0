/**
 * The route tree.
 *
 * Adding a module:
 *   1. create `src/modules/<module>/routes.tsx` exporting `<module>Routes: RouteObject[]`, each page loaded
 *      lazily with `lazy: lazyPage(() => import('./pages/SomePage'))` so it becomes its own chunk;
 *   2. spread it into the signed-in children below — one line;
 *   3. add its menu entry (path, label, icon, permission) in `menu.tsx` and the label in `messages.ts`.
 * Pages that need a permission wrap themselves in `<RequirePermission permission="…">`.
 */
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { accountRoutes, loginRoute } from '../modules/account/routes';
import { adminRoutes } from '../modules/admin/routes';
import { approvalRoutes } from '../modules/approvals/routes';
import { auditRoutes } from '../modules/audit/routes';
import { bodyRoutes } from '../modules/bodies/routes';
import { dashboardRoutes } from '../modules/dashboard/routes';
import { governanceRoutes, publicBulletinRoute } from '../modules/governance/routes';
import { notificationRoutes, unsubscribeRoute } from '../modules/notifications/routes';
import { organizationRoutes } from '../modules/organizations/routes';
import { securityRoutes } from '../modules/security/routes';
import { publicSelectionRoute, selectionRoutes } from '../modules/selection/routes';
import { publicTalentRoutes, talentRoutes } from '../modules/talent/routes';
import { publicReportRoutes, reportRoutes } from '../modules/reports/routes';
import { publicCredentialRoutes, resourcesRoutes } from '../modules/resources/routes';
import { FullPageSpinner, RequireAuth } from './auth';
import { NotFoundPage, RouteErrorPage } from './components/RouteProblems';
import { AppLayout } from './Layout';

const router = createBrowserRouter([
  { ...loginRoute, errorElement: <RouteErrorPage />, HydrateFallback: FullPageSpinner },
  { ...publicBulletinRoute, errorElement: <RouteErrorPage />, HydrateFallback: FullPageSpinner },
  { ...publicSelectionRoute, errorElement: <RouteErrorPage />, HydrateFallback: FullPageSpinner },
  ...publicTalentRoutes.map((route) => ({ ...route, errorElement: <RouteErrorPage />, HydrateFallback: FullPageSpinner })),
  ...publicReportRoutes.map((route) => ({ ...route, errorElement: <RouteErrorPage />, HydrateFallback: FullPageSpinner })),
  { ...unsubscribeRoute, errorElement: <RouteErrorPage />, HydrateFallback: FullPageSpinner },
  ...publicCredentialRoutes.map((route) => ({ ...route, errorElement: <RouteErrorPage />, HydrateFallback: FullPageSpinner })),
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteErrorPage />,
    HydrateFallback: FullPageSpinner,
    children: [
      {
        // Errors of one page show inside the frame, so the menu stays usable.
        errorElement: <RouteErrorPage />,
        children: [
          ...dashboardRoutes,
          ...accountRoutes,
          ...organizationRoutes,
          ...adminRoutes,
          ...securityRoutes,
          ...approvalRoutes,
          ...auditRoutes,
          ...governanceRoutes,
          ...bodyRoutes,
          ...selectionRoutes,
          ...talentRoutes,
          ...reportRoutes,
          ...resourcesRoutes,
          ...notificationRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
