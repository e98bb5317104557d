import { fireEvent, screen } from '@testing-library/react';
import { api } from '../../api/client';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import type { Account, AccountPage } from './api';
import AccountsPage from './AccountsPage';

const account = (over: Partial<Account>): Account => ({
  id: 1,
  name: '华东银行',
  category: 'KEY',
  kaKind: 'STRATEGIC',
  estimatedAnnualPotential: 1_250_000,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-03-05T08:00:00Z',
  version: 1,
  ...over,
});

const INDUSTRIES = [{ code: 'FINANCE', nameEn: 'Finance', nameZh: '金融', tier: 'MAJOR', version: 0 }];

const REP = { id: 5, email: 'li.na@pareto.demo', name: '李娜', role: 'REP', teamId: 1 };
const USERS = [
  { id: 5, email: 'li.na@pareto.demo', name: '李娜', role: 'REP', teamId: 1, active: true },
  { id: 6, email: 'sun.tao@pareto.demo', name: '孙涛', role: 'REP', teamId: 2, active: true },
];
const VIEWS = [{ id: 3, screen: 'ACCOUNTS', name: '华东大客户', query: 'category=KEY&region=%E5%8D%8E%E4%B8%9C', updatedAt: '2026-12-01T00:00:00Z', version: 0 }];

/** Answers GET /api/v1/accounts with `body`; the session probe with a signed-in REP. */
function answer(body: AccountPage | object, status = 200) {
  return vi.spyOn(api, 'GET').mockImplementation(((path: string) => {
    if (path === '/api/v1/session') return Promise.resolve({ data: REP, response: new Response(null, { status: 200 }) });
    if (path === '/api/v1/industries') return Promise.resolve({ data: INDUSTRIES, response: new Response(null, { status: 200 }) });
    if (path === '/api/v1/saved-views') return Promise.resolve({ data: VIEWS, response: new Response(null, { status: 200 }) });
    if (path === '/api/v1/users') return Promise.resolve({ data: { items: USERS, page: 0, size: 500, total: USERS.length }, response: new Response(null, { status: 200 }) });
    const response = new Response(null, { status, headers: { 'Content-Language': 'zh-CN' } });
    return Promise.resolve(status < 400 ? { data: body, response } : { error: body, response });
  }) as unknown as typeof api.GET);
}

describe('AccountsPage', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows rows with translated enums and CNY money, and sends URL filters to the API', async () => {
    const get = answer({ items: [account({ industryCode: 'FINANCE' }), account({ id: 2, name: '远航物流', category: 'LOST' })], page: 1, size: 20, total: 22 });
    renderWithProviders(<AccountsPage />, '/accounts?category=KEY&industry=FINANCE&page=2&size=20&sort=name');

    expect(await screen.findByText('华东银行')).toBeInTheDocument();
    expect(screen.getAllByText('大客户').length).toBeGreaterThan(0);
    expect(screen.getByText('丢失的客户')).toBeInTheDocument();
    expect(screen.getAllByText('战略客户').length).toBe(2);
    expect(screen.getAllByText('¥1,250,000').length).toBe(2);
    expect(screen.queryByText('STRATEGIC')).not.toBeInTheDocument();
    // the industry filter shows the name in the UI's language (jsdom matches no media query, so the
    // industry column, shown from lg up, is not rendered here; the e2e walk sees it)
    expect(await screen.findByText('金融')).toBeInTheDocument();
    expect(screen.queryByText('FINANCE')).not.toBeInTheDocument();
    expect(get).toHaveBeenCalledWith('/api/v1/accounts', expect.objectContaining({
      params: { query: { page: 1, size: 20, sort: 'name', category: 'KEY', industry: 'FINANCE' } },
    }));
  });

  it('shows the problem+json title and detail when the API fails', async () => {
    answer({ title: '参数无效', status: 400, detail: 'size 不能超过 500', errors: [{ field: 'size', message: '最大 500' }] }, 400);
    renderWithProviders(<AccountsPage />, '/accounts');
    expect(await screen.findByRole('alert')).toHaveTextContent('参数无效');
    expect(screen.getByText('size 不能超过 500')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeInTheDocument();
  });

  it('offers a new account to a REP and links each row to its account page', async () => {
    answer({ items: [account({ id: 7 })], page: 0, size: 50, total: 1 });
    renderWithProviders(<AccountsPage />, '/accounts');
    expect(await screen.findByRole('link', { name: '华东银行' })).toHaveAttribute('href', '/accounts/7');
    expect(await screen.findByRole('button', { name: /新建客户/ })).toBeInTheDocument();
  });

  it('says so when no account matches the filters', async () => {
    answer({ items: [], page: 0, size: 50, total: 0 });
    renderWithProviders(<AccountsPage />, '/accounts?q=nothing');
    expect(await screen.findByText('没有符合筛选条件的客户')).toBeInTheDocument();
  });

  it('shows the saved view that matches the filters, and offers only the team as account managers', async () => {
    answer({ items: [account({})], page: 0, size: 50, total: 1 });
    renderWithProviders(<AccountsPage />, '/accounts?category=KEY&region=%E5%8D%8E%E4%B8%9C&page=2');
    expect(await screen.findByText('华东大客户')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '删除视图 华东大客户' })).toBeInTheDocument();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '大客户经理' }));
    expect(await screen.findByTitle('李娜')).toBeInTheDocument();
    expect(screen.queryByTitle('孙涛')).not.toBeInTheDocument();
  });
});
