import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { setUnauthorizedHandler } from '../api/client';
import { loginPath, sessionKey } from '../lib/session';
import { AppLayout, PageFallback } from './AppLayout';
import { LanguageSwitch } from './LanguageSwitch';
import { queryClient } from './queryClient';
import { RequireSession } from './RequireSession';

// Each screen is its own chunk, so heavy pages (tables, charts) stay out of the entry bundle.
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const AccountsPage = lazy(() => import('../features/accounts/AccountsPage'));
const AccountPage = lazy(() => import('../features/accounts/AccountPage'));
const DuplicateClustersPage = lazy(() => import('../features/accounts/duplicates/DuplicateClustersPage'));
const MergeAccountsPage = lazy(() => import('../features/accounts/duplicates/MergeAccountsPage'));
const PipelinePage = lazy(() => import('../features/pipeline/PipelinePage'));
const ClassificationPage = lazy(() => import('../features/classification/ClassificationPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const MyTokensPage = lazy(() => import('../features/settings/MyTokensPage'));
const DealPage = lazy(() => import('../features/pipeline/DealPage'));
const DecisionMapsPage = lazy(() => import('../features/decision-map/DecisionMapsPage'));
const AttentionPage = lazy(() => import('../features/dashboard/AttentionPage'));
const TeamPage = lazy(() => import('../features/team/TeamPage'));
const ReviewsPage = lazy(() => import('../features/review/ReviewsPage'));
const PoolPage = lazy(() => import('../features/pool/PoolPage'));
const LoginPage = lazy(() => import('../features/auth/LoginPage'));
// antd's Result carries large illustrations; load it only when an error or unknown path needs it.
const RouteError = lazy(() => import('./RouteError'));

const routeError = (
  <Suspense fallback={<PageFallback />}>
    <RouteError />
  </Suspense>
);

export const router = createBrowserRouter([
  {
    path: '/login',
    errorElement: routeError,
    element: (
      <Suspense fallback={<PageFallback />}>
        <LoginPage languageSwitch={<LanguageSwitch />} />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: routeError,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'accounts', element: <AccountsPage /> },
      {
        path: 'accounts/duplicates',
        element: (
          <RequireSession roles={['ADMIN']}>
            <DuplicateClustersPage />
          </RequireSession>
        ),
      },
      { path: 'accounts/:id', element: <AccountPage /> },
      {
        path: 'accounts/:id/merge',
        element: (
          <RequireSession roles={['ADMIN', 'MANAGER']}>
            <MergeAccountsPage />
          </RequireSession>
        ),
      },
      { path: 'pipeline', element: <PipelinePage /> },
      { path: 'opportunities/:id', element: <DealPage /> },
      { path: 'classification', element: <ClassificationPage /> },
      { path: 'decision-maps', element: <DecisionMapsPage /> },
      { path: 'attention', element: <AttentionPage /> },
      { path: 'reviews', element: <ReviewsPage /> },
      {
        path: 'pool',
        element: (
          <RequireSession roles={['ADMIN', 'MANAGER', 'REP']}>
            <PoolPage />
          </RequireSession>
        ),
      },
      {
        path: 'team',
        element: (
          <RequireSession roles={['ADMIN', 'MANAGER', 'READONLY']}>
            <TeamPage />
          </RequireSession>
        ),
      },
      { path: 'me/tokens', element: <MyTokensPage /> },
      {
        path: 'settings',
        element: (
          <RequireSession roles={['ADMIN']}>
            <SettingsPage />
          </RequireSession>
        ),
      },
      { path: '*', element: routeError },
    ],
  },
]);

// A 401 from any call means the session is gone: forget it and sign in again, then come back.
setUnauthorizedHandler(() => {
  const { pathname, search } = router.state.location;
  if (pathname === '/login') return;
  queryClient.setQueryData(sessionKey, null);
  void router.navigate(loginPath(pathname + search), { replace: true });
});
