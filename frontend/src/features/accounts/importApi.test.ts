import { ProblemError } from '../../api/problem';
import { contentTypeOf, importError, ImportRejectedError, rowErrorsOf } from './importApi';
import { exportHref, queryFromSearch } from './listParams';

describe('importError', () => {
  it('turns a 422 with rowErrors into the rows to show', () => {
    const body = JSON.stringify({
      type: 'urn:pareto:problem:invalid-rows',
      title: 'Import rejected: invalid rows',
      status: 422,
      detail: '2 error(s) in the file; nothing was written',
      rowErrors: [
        { rowNumber: 3, column: 'industryCode', value: 'FINANCIAL', code: 'UNKNOWN_INDUSTRY', message: 'unknown industry' },
        { rowNumber: 7, column: 'name', code: 'TOO_LONG', message: 'at most 200 characters', expected: '200' },
        { column: 'x', code: 'REQUIRED', message: 'no row number: dropped' },
        { rowNumber: 8, message: 'no code: dropped' },
      ],
    });
    const error = importError(422, body);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).rowErrors).toEqual([
      { rowNumber: 3, column: 'industryCode', value: 'FINANCIAL', code: 'UNKNOWN_INDUSTRY', message: 'unknown industry' },
      { rowNumber: 7, column: 'name', code: 'TOO_LONG', message: 'at most 200 characters', expected: '200' },
    ]);
    expect(error.message).toBe('2 error(s) in the file; nothing was written');
  });

  it('is a plain problem without row errors, and keeps a non-JSON body as the detail', () => {
    const tooLarge = importError(413, JSON.stringify({ status: 413, title: 'Payload too large' }));
    expect(tooLarge).not.toBeInstanceOf(ImportRejectedError);
    expect(tooLarge.status).toBe(413);
    const proxy = importError(502, 'Bad gateway');
    expect(proxy).toBeInstanceOf(ProblemError);
    expect(proxy.problem).toMatchObject({ status: 502, detail: 'Bad gateway' });
  });
});

describe('rowErrorsOf / contentTypeOf', () => {
  it('ignores bodies without a rowErrors array', () => {
    expect(rowErrorsOf(null)).toEqual([]);
    expect(rowErrorsOf({ rowErrors: 'no' })).toEqual([]);
  });

  it('sends .json files as JSON and everything else as CSV', () => {
    expect(contentTypeOf({ name: 'accounts.json', type: '' })).toBe('application/json');
    expect(contentTypeOf({ name: 'x', type: 'application/json' })).toBe('application/json');
    expect(contentTypeOf({ name: 'accounts.CSV', type: 'text/csv' })).toBe('text/csv');
    expect(contentTypeOf({ name: 'accounts.txt', type: 'text/plain' })).toBe('text/csv');
  });
});

describe('exportHref', () => {
  it('carries the list filters but not paging or sorting', () => {
    const query = queryFromSearch(new URLSearchParams('q=银行&category=KEY&kaKind=GROUP&ownerId=7&page=3&size=20&sort=name'));
    const url = new URL(exportHref(query), 'http://x');
    expect(url.pathname).toBe('/api/v1/exports/accounts');
    expect(Object.fromEntries(url.searchParams)).toEqual({ format: 'csv', q: '银行', category: 'KEY', kaKind: 'GROUP', ownerId: '7' });
  });

  it('exports everything you may see without filters', () => {
    expect(exportHref(queryFromSearch(new URLSearchParams()))).toBe('/api/v1/exports/accounts?format=csv');
  });
});
