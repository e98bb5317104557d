import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout, PageFallback } from './AppLayout';

// Each screen is its own chunk, so heavy pages (tables, charts) stay out of the entry bundle.
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const AccountsPage = lazy(() => import('../features/accounts/AccountsPage'));
const PipelinePage = lazy(() => import('../features/pipeline/PipelinePage'));
const ClassificationPage = lazy(() => import('../features/classification/ClassificationPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
// antd's Result carries large illustrations; load it only when an error or unknown path needs it.
const RouteError = lazy(() => import('./RouteError'));

const routeError = (
  <Suspense fallback={<PageFallback />}>
    <RouteError />
  </Suspense>
);

export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: routeError,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'accounts', element: <AccountsPage /> },
      { path: 'pipeline', element: <PipelinePage /> },
      { path: 'classification', element: <ClassificationPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: routeError },
    ],
  },
]);
