import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import * as importApi from './importApi';
import ImportDialog from './ImportDialog';

const csv = () => new File(['externalId,name\nE-1,甲\nE-2,乙\nE-3,丙\n'], 'accounts.csv', { type: 'text/csv' });
const result = (dryRun: boolean): importApi.ImportResult => ({
  dataset: 'accounts',
  dryRun,
  rows: 3,
  created: 2,
  updated: 1,
  unchanged: 0,
  elapsedMs: 40,
  duplicates: dryRun
    ? [
        { rowNumber: 2, name: '华为技术(深圳)有限公司', accountId: 42, accountName: '华为技术有限公司', signals: ['NAME'] },
        { rowNumber: 3, name: '华为', signals: ['READING'] },
      ]
    : [],
});

function chooseFile() {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [csv()] } });
}

describe('ImportDialog', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.restoreAllMocks());

  it('imports only after a dry run, showing its counts, and sends the same file both times', async () => {
    const upload = vi
      .spyOn(importApi, 'uploadImport')
      .mockImplementation((o) => Promise.resolve(result(o.dryRun)));
    renderWithProviders(<ImportDialog open onClose={() => undefined} />, '/accounts');

    const run = await screen.findByTestId('import-run');
    expect(run).toBeDisabled();
    chooseFile();
    fireEvent.click(screen.getByText('校验（试运行）'));
    const checked = await screen.findByTestId('import-checked');
    const count = (label: string) => within(checked).getByText(label).closest('th')?.nextElementSibling?.textContent;
    expect([count('行数'), count('新建'), count('更新'), count('未变')]).toEqual(['3', '2', '1', '0']);
    expect(upload).toHaveBeenLastCalledWith(expect.objectContaining({ dataset: 'accounts', dryRun: true }));
    expect(screen.getByTestId('import-run')).toHaveTextContent('导入 3 行');
    // the dry run's likely duplicates: one visible account, one the caller cannot see
    const duplicates = within(checked).getByTestId('import-duplicates');
    expect(duplicates).toHaveTextContent('有 2 行疑似与已有客户或前面的行重复');
    // querySelector rather than *ByRole: role queries over an antd table are slow in jsdom
    expect(duplicates.querySelector('a[href="/accounts/42"]')?.textContent).toBe('华为技术有限公司');
    expect(duplicates).toHaveTextContent('您无权查看的客户');
    expect(duplicates).toHaveTextContent('拼音相同');

    fireEvent.click(screen.getByTestId('import-run'));
    expect(await screen.findByTestId('import-done')).toHaveTextContent('已导入 3 行');
    expect(upload).toHaveBeenCalledTimes(2);
    expect(upload.mock.calls[1]?.[0]).toMatchObject({ dataset: 'accounts', dryRun: false });
    expect(upload.mock.calls[1]?.[0].file.name).toBe('accounts.csv');
  });

  it('lists the rejected rows as a table: row, column, value, message', async () => {
    await changeLanguage('en-US');
    vi.spyOn(importApi, 'uploadImport').mockRejectedValue(
      new importApi.ImportRejectedError({ status: 422, detail: '2 error(s) in the file; nothing was written' }, [
        { rowNumber: 3, column: 'industryCode', value: 'FINANCIAL', code: 'UNKNOWN_INDUSTRY', message: 'unknown industry' },
        { rowNumber: 7, code: 'REQUIRED', message: 'name is required' },
      ]),
    );
    renderWithProviders(<ImportDialog open onClose={() => undefined} />, '/accounts');
    chooseFile();
    fireEvent.click(await screen.findByText('Check (dry run)'));

    // querySelector rather than *ByRole: role queries over an antd table are slow in jsdom
    const errors = await screen.findByTestId('import-errors');
    expect(errors.querySelector('[aria-label="Rows with errors"]')).not.toBeNull();
    const rows = [...errors.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['3', 'industryCode', 'FINANCIAL', 'No industry with this code'],
      ['7', '—', '—', 'Required'],
    ]);
    expect(screen.getByText('2 errors in the file.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('import-run')).toBeDisabled());
  });

  it('translates row errors by code, with what is accepted, and falls back to the server message', async () => {
    await changeLanguage('zh-CN');
    vi.spyOn(importApi, 'uploadImport').mockRejectedValue(
      new importApi.ImportRejectedError({ status: 422, detail: '3 error(s) in the file; nothing was written' }, [
        { rowNumber: 2, column: 'name', value: 'x', code: 'TOO_LONG', message: 'at most 200 characters', expected: '200' },
        { rowNumber: 3, column: 'ownerEmail', code: 'ASSIGN_SELF_ONLY', message: 'you may only assign records to yourself' },
        // a code newer than this build
        { rowNumber: 4, code: 'SOMETHING_NEW' as importApi.RowError['code'], message: 'a newer server problem' },
      ]),
    );
    renderWithProviders(<ImportDialog open onClose={() => undefined} />, '/accounts');
    chooseFile();
    fireEvent.click(await screen.findByText('校验（试运行）'));
    const errors = await screen.findByTestId('import-errors');
    const messages = [...errors.querySelectorAll('tbody tr')].map((r) => r.querySelectorAll('td')[3]?.textContent);
    expect(messages).toEqual(['过长：最多 200 个字符', '只能指派给自己', 'a newer server problem']);
    expect(screen.getByText('共 3 处错误。')).toBeInTheDocument();
  });
});
