import { screen } from '@testing-library/react';
import { Form } from 'antd';
import { api } from '../../../api/client';
import { changeLanguage } from '../../../i18n';
import { renderWithProviders } from '../../../test/render';
import type { DuplicateCheck } from './api';
import { DuplicateHint } from './DuplicateHint';

/** Answers the duplicate check with `body`. */
function answer(body: DuplicateCheck) {
  return vi.spyOn(api, 'GET').mockImplementation((() =>
    Promise.resolve({ data: body, response: new Response(null, { status: 200 }) })) as unknown as typeof api.GET);
}

function hint(name: string) {
  return (
    <Form>
      <DuplicateHint name={name} reasonName="duplicateReason" />
    </Form>
  );
}

describe('DuplicateHint', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lists candidates with their matched signals, counts hidden ones and asks for a reason', async () => {
    await changeLanguage('zh-CN');
    const get = answer({
      candidates: [{ id: 42, name: '华为技术有限公司', ownerName: '李娜', score: 80, signals: ['NAME'] }],
      hiddenMatches: 1,
      likely: true,
    });
    renderWithProviders(hint('华为技术(深圳)有限公司'), '/accounts');
    expect(await screen.findByRole('link', { name: '华为技术有限公司' })).toHaveAttribute('href', '/accounts/42');
    expect(screen.getByText('名称相同')).toBeInTheDocument();
    expect(screen.getByText('相似度 80')).toBeInTheDocument();
    expect(screen.getByText(/有 1 个您无权查看的客户与之匹配/)).toBeInTheDocument();
    expect(screen.getByLabelText('仍然创建的理由')).toBeInTheDocument();
    expect(screen.queryByText('NAME')).not.toBeInTheDocument();
    expect(get).toHaveBeenCalledWith(
      '/api/v1/accounts/duplicates',
      expect.objectContaining({ params: { query: { name: '华为技术(深圳)有限公司' } } }),
    );
  });

  it('says nothing matched, and asks no reason, when the name is new', async () => {
    await changeLanguage('en-US');
    answer({ candidates: [], hiddenMatches: 0, likely: false });
    renderWithProviders(hint('Pareto Robotics'), '/accounts');
    expect(await screen.findByText('No similar account found.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Reason to create it anyway')).not.toBeInTheDocument();
    await changeLanguage('zh-CN');
  });

  it('does not ask before two characters are typed', async () => {
    const get = answer({ candidates: [], hiddenMatches: 0, likely: false });
    renderWithProviders(hint('华'), '/accounts');
    await new Promise((r) => setTimeout(r, 500));
    expect(get).not.toHaveBeenCalledWith('/api/v1/accounts/duplicates', expect.anything());
  });
});
