import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, useLocation } from 'react-router';
import { loginPath, type Role, useSession } from '../lib/session';
import { PageFallback } from './AppLayout';

// Only needed when the session probe itself fails; keeps antd's Alert out of the entry chunk.
const ProblemAlert = lazy(() => import('../components/ProblemAlert').then((m) => ({ default: m.ProblemAlert })));

/** Renders its children for a signed-in user (with one of `roles`, if given); otherwise sends to sign-in. */
export function RequireSession({ children, roles }: { children: ReactNode; roles?: Role[] }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageFallback />;
  if (session.isError)
    return (
      <Suspense fallback={<PageFallback />}>
        <ProblemAlert error={session.error} onRetry={() => void session.refetch()} />
      </Suspense>
    );
  if (!session.data) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  if (roles && !roles.includes(session.data.role)) return <Navigate to="/" replace />;
  return <>{children}</>;
}
