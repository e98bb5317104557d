/**
 * TEMPORARY: a stand-in for /api/v1/session (in openapi.yaml, implemented on the `security`
 * branch) for a backend that does not have it yet.
 * Enabled only with PARETO_E2E_FAKE_SESSION=1; delete this file (and its use in run.ts) once
 * the real endpoint answers.
 *
 * It is only as fake as it must be: a sign-in is checked against the real backend (HTTP Basic
 * with the typed e-mail and password), and the user's id, name, role and team come from the
 * real GET /api/v1/users. The browser context carries that user's Basic credentials for the
 * other API calls (see run.ts), and every write is checked for the CSRF and XHR headers the
 * real session filter will require.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import type { components } from '../src/api/schema';

type SessionUser = components['schemas']['SessionUser'];

const CSRF = 'fake-csrf-token';

/** Used only when no backend answers (npm run e2e:preview with the fake accounts API). */
const OFFLINE_USERS: SessionUser[] = [
  { id: 1, email: 'admin@pareto.demo', name: '系统管理员 Admin', role: 'ADMIN' },
  { id: 3, email: 'zhao.min@pareto.demo', name: '赵敏', role: 'MANAGER', teamId: 1, teamName: '华东大客户部' },
  { id: 5, email: 'li.na@pareto.demo', name: '李娜', role: 'REP', teamId: 1, teamName: '华东大客户部' },
  { id: 2, email: 'bi@pareto.demo', name: 'BI Reader', role: 'READONLY' },
];

async function lookUp(page: Page, baseURL: string, email: string, password: string): Promise<SessionUser | null> {
  const auth = `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;
  const res = await page.request.get(`${baseURL}/api/v1/users?size=500`, { headers: { Authorization: auth } }).catch(() => undefined);
  if (!res || res.status() >= 500) {
    return password === 'pareto-demo' ? (OFFLINE_USERS.find((u) => u.email === email) ?? null) : null;
  }
  if (!res.ok()) return null;
  const { items } = (await res.json()) as { items: SessionUser[] };
  const found = items.find((u) => u.email === email);
  return found ? { id: found.id, email: found.email, name: found.name, role: found.role, teamId: found.teamId, teamName: found.teamName } : null;
}

const problem = (status: number, title: string, detail: string) => ({
  status,
  contentType: 'application/problem+json',
  body: JSON.stringify({ type: 'about:blank', title, status, detail }),
});

export async function installFakeSession(page: Page, context: BrowserContext, baseURL: string): Promise<void> {
  let user: SessionUser | null = null;

  await page.route(/\/api\/v1\/session$/, async (route: Route) => {
    const request = route.request();
    const method = request.method();
    if (method === 'GET') {
      await route.fulfill(user ? { status: 200, contentType: 'application/json', body: JSON.stringify(user) } : problem(401, 'Unauthorized', 'Sign in first'));
      return;
    }
    if (method === 'DELETE') {
      user = null;
      await context.clearCookies({ name: 'pareto_csrf' });
      await route.fulfill({ status: 204 });
      return;
    }
    // POST: check the e-mail and password against the real backend.
    const { email, password } = JSON.parse(request.postData() ?? '{}') as { email?: string; password?: string };
    const found = await lookUp(page, baseURL, email ?? '', password ?? '');
    if (!found) {
      await route.fulfill(problem(401, 'Sign-in failed', 'The e-mail or password is wrong.'));
      return;
    }
    user = found;
    await context.addCookies([{ name: 'pareto_csrf', value: CSRF, url: baseURL }]);
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(user) });
  });

  // What the real session filter will enforce on every other API call.
  await page.route(/\/api\/v1\/(?!session$)/, async (route: Route) => {
    const request = route.request();
    const headers = await request.allHeaders();
    if (headers['x-requested-with'] !== 'XMLHttpRequest') {
      await route.fulfill(problem(400, 'Missing X-Requested-With', `${request.method()} ${request.url()}`));
      return;
    }
    if (request.method() !== 'GET' && headers['x-csrf-token'] !== CSRF) {
      await route.fulfill(problem(403, 'CSRF token missing or wrong', `${request.method()} ${request.url()}`));
      return;
    }
    if (!user) {
      await route.fulfill(problem(401, 'Unauthorized', 'Sign in first'));
      return;
    }
    await route.fallback();
  });
}
