import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/routing';

/** Signed-in resource-sharing pages; each page picks its body with `?body=`. */
export const resourcesRoutes: RouteObject[] = [
  { path: 'resources/survey', lazy: lazyPage(() => import('./pages/ResourceSurveyPage')) },
  { path: 'resources/survey/:roundId/:orgId', lazy: lazyPage(() => import('./pages/SurveyResponsePage')) },
  { path: 'resources/courses', lazy: lazyPage(() => import('./pages/CoursesPage')) },
  { path: 'resources/courses/:courseId', lazy: lazyPage(() => import('./pages/CourseDetailPage')) },
  { path: 'resources/records', lazy: lazyPage(() => import('./pages/LearningRecordsPage')) },
  { path: 'resources/records/:studentId', lazy: lazyPage(() => import('./pages/LearningRecordsPage')) },
  { path: 'resources/people', lazy: lazyPage(() => import('./pages/PeoplePage')) },
  { path: 'resources/people/:kind/:personId', lazy: lazyPage(() => import('./pages/PersonPage')) },
  { path: 'resources/search', lazy: lazyPage(() => import('./pages/ResourceSearchPage')) },
  { path: 'resources/who-can-train', lazy: lazyPage(() => import('./pages/WhoCanTrainPage')) },
  { path: 'resources/exchange-board', lazy: lazyPage(() => import('./pages/ExchangeBoardPage')) },
  { path: 'resources/exchange', lazy: lazyPage(() => import('./pages/MyExchangePage')) },
  { path: 'resources/exchange/agreements/:orgId/:agreementId', lazy: lazyPage(() => import('./pages/AgreementPage')) },
  { path: 'resources/exchange-totals', lazy: lazyPage(() => import('./pages/ExchangeTotalsPage')) },
];

/** Readable without signing in, outside the signed-in frame: checking a learning record by upload or by its link. */
export const publicCredentialRoutes: RouteObject[] = [
  { path: '/verify/credentials', lazy: lazyPage(() => import('./pages/VerifyCredentialPage')) },
  { path: '/verify/credentials/:credentialId', lazy: lazyPage(() => import('./pages/VerifyCredentialPage')) },
];
