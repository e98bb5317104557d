import { ProblemError, toProblem } from './problem';
import { unwrap } from './unwrap';

describe('toProblem', () => {
  it('keeps the RFC 9457 fields and field errors', () => {
    const p = toProblem(
      {
        type: 'urn:pareto:problem:validation',
        title: 'Validation failed',
        status: 400,
        detail: '2 fields are invalid',
        errors: [
          { field: 'size', message: 'must be ≤ 500' },
          { message: 'no field' },
          'junk',
          { field: 'category', message: 'unknown value', allowedValues: ['TARGET', 'KEY', 3] },
        ],
      },
      400,
    );
    expect(p).toEqual({
      type: 'urn:pareto:problem:validation',
      title: 'Validation failed',
      status: 400,
      detail: '2 fields are invalid',
      instance: undefined,
      errors: [
        { field: 'size', message: 'must be ≤ 500' },
        { field: '', message: 'no field' },
        { field: 'category', message: 'unknown value', allowedValues: ['TARGET', 'KEY'] },
      ],
    });
  });

  it('falls back to the HTTP status for a non-JSON body', () => {
    expect(toProblem('Bad Gateway', 502)).toEqual({ status: 502, detail: 'Bad Gateway' });
  });
});

describe('unwrap', () => {
  it('returns data for a 2xx', async () => {
    const response = new Response('{}', { status: 200 });
    await expect(unwrap(Promise.resolve({ data: { ok: true }, response }))).resolves.toEqual({ ok: true });
  });

  it('throws a ProblemError for an error answer', async () => {
    const response = new Response('{}', { status: 404 });
    const err = await unwrap(Promise.resolve({ error: { title: 'Not found', status: 404 }, response })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ProblemError);
    expect((err as ProblemError).status).toBe(404);
    expect((err as ProblemError).problem.title).toBe('Not found');
  });
});
