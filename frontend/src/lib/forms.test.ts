import i18n, { changeLanguage } from '../i18n';
import { ProblemError } from '../api/problem';
import { compact, fieldErrorsOf } from './forms';

describe('fieldErrorsOf', () => {
  it('puts known fields next to their inputs and flags the rest', () => {
    const error = new ProblemError({
      status: 400,
      language: i18n.language,
      errors: [
        { field: 'name', message: 'must not be blank' },
        { field: 'input.name', message: 'too long' },
        { field: 'version', message: 'unknown' },
      ],
    });
    expect(fieldErrorsOf(error, ['name', 'email'])).toEqual({
      fields: [{ name: 'name', errors: ['must not be blank', 'too long'] }],
      unmatched: true,
    });
  });

  it('puts the web app words next to an input, not an English server message', async () => {
    await changeLanguage('zh-CN');
    const error = new ProblemError({
      status: 400,
      language: 'en-US',
      errors: [
        { field: 'name', code: 'REQUIRED', message: 'must not be blank' },
        { field: 'email', message: 'already taken' },
      ],
    });
    expect(fieldErrorsOf(error, ['name', 'email']).fields).toEqual([
      { name: 'name', errors: ['必填'] },
      { name: 'email', errors: ['取值无效'] },
    ]);
  });

  it('treats a problem without field errors as unmatched, and no error as nothing', () => {
    expect(fieldErrorsOf(new ProblemError({ status: 409, title: 'Conflict' }), ['name']).unmatched).toBe(true);
    expect(fieldErrorsOf(null, ['name'])).toEqual({ fields: [], unmatched: false });
  });
});

describe('compact', () => {
  it('drops empty optional values and trims strings', () => {
    expect(compact({ name: ' Acme ', region: '', ownerId: undefined, value: 0, note: null })).toEqual({ name: 'Acme', value: 0 });
  });
});
