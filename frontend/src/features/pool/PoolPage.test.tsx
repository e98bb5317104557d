import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { api } from '../../api/client';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import type { PoolAccount } from './api';
import PoolPage from './PoolPage';
import { poolQueryFromSearch, searchFromPoolQuery } from './poolParams';

const REP = { id: 5, email: 'wang.lei@pareto.demo', name: '王磊', role: 'REP', teamId: 3 };

const account = (over: Partial<PoolAccount>): PoolAccount => ({
  id: 41,
  name: '苏州恒瑞精密制造有限公司',
  category: 'TARGET',
  teamId: 3,
  teamName: '华东大客户部',
  reason: 'INACTIVE',
  pooledAt: '2026-11-30T02:30:00Z',
  previousOwnerName: '李娜',
  lastActivityOn: '2026-10-12',
  version: 4,
  ...over,
});

const reply = (data: unknown, status = 200) =>
  Promise.resolve(status < 400 ? { data, response: new Response(null, { status }) } : { error: data, response: new Response(null, { status, headers: { 'Content-Language': 'zh-CN' } }) });

function serve(items: PoolAccount[]) {
  return vi.spyOn(api, 'GET').mockImplementation(((path: string) => {
    if (path === '/api/v1/session') return reply(REP);
    return reply({ items, page: 0, size: 20, total: items.length });
  }) as unknown as typeof api.GET);
}

describe('poolParams', () => {
  it('keeps known filters from the URL and drops the rest', () => {
    const q = poolQueryFromSearch(new URLSearchParams('q=恒瑞&category=KEY&reason=SOMETHING&sort=name&page=2&teamId=x'));
    expect(q).toEqual({ page: 2, size: 20, sort: 'name', q: '恒瑞', category: 'KEY' });
    expect(searchFromPoolQuery(q).toString()).toBe('q=%E6%81%92%E7%91%9E&category=KEY&sort=name&page=2');
  });
});

describe('PoolPage', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.restoreAllMocks());

  it('lists the pool in Chinese and claims an account after a confirmation', async () => {
    serve([account({}), account({ id: 42, name: '无锡新松机电有限公司', reason: 'RELEASED', category: 'NORMAL' })]);
    const post = vi.spyOn(api, 'POST').mockImplementation((() => reply({ id: 41, name: '苏州恒瑞精密制造有限公司', version: 5 })) as unknown as typeof api.POST);
    renderWithProviders(
      <App>
        <PoolPage />
      </App>,
      '/pool',
    );
    expect(await screen.findByText('苏州恒瑞精密制造有限公司')).toBeInTheDocument();
    expect(screen.getByText('超期未跟进')).toBeInTheDocument();
    expect(screen.getByText('主动退回')).toBeInTheDocument();
    expect(screen.getByTestId('pool-total')).toHaveTextContent('共 2 个客户');
    expect(screen.queryByText('INACTIVE')).not.toBeInTheDocument();
    // a rep claims, never assigns
    expect(screen.queryByTestId('pool-assign-41')).not.toBeInTheDocument();

    fireEvent.click(screen.getByTestId('pool-claim-41'));
    const confirm = await screen.findByRole('tooltip');
    fireEvent.click(within(confirm).getByRole('button', { name: /领\s*取/ }));
    await waitFor(() =>
      expect(post).toHaveBeenCalledWith('/api/v1/pool/{id}/claim', {
        params: { path: { id: 41 }, header: { 'If-Match': '"4"' } },
      }),
    );
    expect(await screen.findByText('已领取“苏州恒瑞精密制造有限公司”')).toBeInTheDocument();
  }, 90_000);

  it('puts the account back and explains when someone else claimed it first', async () => {
    serve([account({})]);
    vi.spyOn(api, 'POST').mockImplementation((() =>
      reply({ status: 409, code: 'POOL_ACCOUNT_TAKEN', title: '客户已被他人领取', detail: '客户 41 刚刚已被他人领取或分配；请刷新公海列表' }, 409)) as unknown as typeof api.POST);
    renderWithProviders(
      <App>
        <PoolPage />
      </App>,
      '/pool',
    );
    fireEvent.click(await screen.findByTestId('pool-claim-41'));
    fireEvent.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: /领\s*取/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('客户已被他人领取');
    expect(alert).toHaveTextContent('刚刚已被他人领取');
    expect(screen.getByText('苏州恒瑞精密制造有限公司')).toBeInTheDocument();
  }, 90_000);
});
