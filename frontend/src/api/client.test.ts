import { changeLanguage } from '../i18n';
import { api, readCookie, setUnauthorizedHandler } from './client';

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('a=1; pareto_csrf=abc%3D; b=2', 'pareto_csrf')).toBe('abc=');
    expect(readCookie('pareto_csrf_other=x', 'pareto_csrf')).toBeUndefined();
    expect(readCookie('', 'pareto_csrf')).toBeUndefined();
  });
});

describe('the API client', () => {
  const fetchMock = vi.fn<typeof fetch>();
  // Node's Request needs an absolute URL; the browser resolves '' against the page.
  const opts = { baseUrl: 'http://localhost', fetch: fetchMock };
  beforeEach(() => {
    document.cookie = 'pareto_csrf=token-123; path=/';
  });
  afterEach(() => {
    fetchMock.mockReset();
    setUnauthorizedHandler(undefined);
    document.cookie = 'pareto_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  const sent = (): Request => {
    const req = fetchMock.mock.calls[0]?.[0];
    if (!(req instanceof Request)) throw new Error('no request sent');
    return req;
  };

  it('marks every request as XHR and sends no CSRF token on reads', async () => {
    fetchMock.mockResolvedValue(new Response('{"items":[],"page":0,"size":50,"total":0}', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    await api.GET('/api/v1/teams', opts);
    expect(sent().headers.get('X-Requested-With')).toBe('XMLHttpRequest');
    expect(sent().headers.get('X-CSRF-Token')).toBeNull();
  });

  it('asks for answers (problem titles and details) in the language of the UI', async () => {
    await changeLanguage('en-US');
    fetchMock.mockImplementation(async () => new Response('{"items":[],"page":0,"size":50,"total":0}', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    await api.GET('/api/v1/teams', opts);
    expect(sent().headers.get('Accept-Language')).toBe('en-US');
    await changeLanguage('zh-CN');
    await api.GET('/api/v1/teams', opts);
    const second = fetchMock.mock.calls[1]?.[0] as Request;
    expect(second.headers.get('Accept-Language')).toBe('zh-CN');
  });

  it('sends the CSRF cookie back as a header on writes', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await api.DELETE('/api/v1/session', opts);
    expect(sent().headers.get('X-CSRF-Token')).toBe('token-123');
    expect(sent().headers.get('X-Requested-With')).toBe('XMLHttpRequest');
  });

  it('calls the unauthorized handler on a 401, but not for the session itself', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    fetchMock.mockImplementation(() => Promise.resolve(new Response('{}', { status: 401, headers: { 'Content-Type': 'application/problem+json' } })));
    await api.POST('/api/v1/session', { body: { email: 'x@y', password: 'bad' }, ...opts });
    await api.GET('/api/v1/session', opts);
    expect(handler).not.toHaveBeenCalled();
    await api.GET('/api/v1/teams', opts);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
