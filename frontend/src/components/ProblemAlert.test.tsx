import { render, screen } from '@testing-library/react';
import { ProblemError } from '../api/problem';
import { changeLanguage } from '../i18n';
import { ProblemAlert } from './ProblemAlert';

describe('ProblemAlert', () => {
  beforeEach(async () => {
    await changeLanguage('en-US');
  });

  it('shows title, detail and field errors of a problem+json', () => {
    const error = new ProblemError({
      title: 'Validation failed',
      status: 400,
      detail: 'The query is invalid',
      language: 'en-US',
      errors: [
        { field: 'size', message: 'must be less than or equal to 500' },
        { field: 'category', message: 'is not a known value', allowedValues: ['TARGET', 'KEY'] },
      ],
    });
    render(<ProblemAlert error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Validation failed');
    expect(screen.getByText('The query is invalid')).toBeInTheDocument();
    expect(screen.getByText('size')).toBeInTheDocument();
    expect(screen.getByText(/must be less than or equal to 500/)).toBeInTheDocument();
    expect(screen.getByText(/allowed: TARGET, KEY/)).toBeInTheDocument();
    expect(screen.getByText('Status 400')).toBeInTheDocument();
  });

  it('translates problem and field codes, in Chinese too', async () => {
    await changeLanguage('zh-CN');
    const error = new ProblemError({
      title: 'Request is invalid',
      status: 400,
      code: 'VALIDATION',
      errors: [{ field: 'kaKind', code: 'NOT_ALLOWED', message: "'GIANT' is not one of ECONOMIC", allowedValues: ['ECONOMIC'] }],
    });
    render(<ProblemAlert error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('请求内容有误');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Request is invalid');
    expect(screen.getByText(/取值不在允许范围内/)).toBeInTheDocument();
    expect(screen.queryByText(/is not one of/)).toBeNull();
  });

  it('never shows an English detail or field message on a Chinese screen', async () => {
    await changeLanguage('zh-CN');
    const error = new ProblemError({
      title: '不支持此请求方法',
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
      detail: 'HTTP 405 Method Not Allowed',
      language: 'en-US',
      errors: [{ field: 'lostReasonText', code: 'INVALID', message: 'lost reason OTHER needs a text' }],
    });
    render(<ProblemAlert error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('不支持此请求方法');
    expect(screen.getByRole('alert')).toHaveTextContent('取值无效');
    expect(screen.getByRole('alert')).not.toHaveTextContent(/Method Not Allowed|needs a text/);
  });

  it('shows a Chinese detail the server wrote in Chinese', async () => {
    await changeLanguage('zh-CN');
    const error = new ProblemError({ status: 412, code: 'STALE_VERSION', detail: '您编辑的是第 0 版，当前已是第 1 版', language: 'zh-CN' });
    render(<ProblemAlert error={error} />);
    expect(screen.getByText('您编辑的是第 0 版，当前已是第 1 版')).toBeInTheDocument();
  });

  it('keeps the title of the server for a code it does not know', () => {
    render(<ProblemAlert error={new ProblemError({ status: 429, code: 'SOME_NEW_CODE', title: 'Slow down' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Slow down');
  });

  it('explains a network failure', () => {
    render(<ProblemAlert error={new ProblemError({ status: 0, detail: 'Failed to fetch' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Cannot reach the server');
  });
});
