import { ProblemError, toProblem } from '../../api/problem';
import type { components } from '../../api/schema';

export type ImportResult = components['schemas']['ImportResult'];
export type RowError = components['schemas']['RowError'];

/** A refused import (422 invalid rows, 403 rows out of reach): the problem plus its row errors. */
export class ImportRejectedError extends ProblemError {
  readonly rowErrors: RowError[];

  constructor(problem: ProblemError['problem'], rowErrors: RowError[]) {
    super(problem);
    this.name = 'ImportRejectedError';
    this.rowErrors = rowErrors;
  }
}

/** The `rowErrors` of a problem body, keeping only well-formed entries. */
export function rowErrorsOf(body: unknown): RowError[] {
  if (typeof body !== 'object' || body === null || !('rowErrors' in body) || !Array.isArray(body.rowErrors)) return [];
  return body.rowErrors.flatMap((e: unknown): RowError[] => {
    if (typeof e !== 'object' || e === null) return [];
    const r = e as Record<string, unknown>;
    if (typeof r.rowNumber !== 'number' || typeof r.message !== 'string' || typeof r.code !== 'string') return [];
    return [
      {
        rowNumber: r.rowNumber,
        // a code this build does not know still shows, with the server's message (see ImportDialog)
        code: r.code as RowError['code'],
        message: r.message,
        ...(typeof r.column === 'string' ? { column: r.column } : {}),
        ...(typeof r.value === 'string' ? { value: r.value } : {}),
        ...(typeof r.expected === 'string' ? { expected: r.expected } : {}),
      },
    ];
  });
}

/** The error an import answer stands for: row errors when the body lists them, else a plain problem. */
export function importError(status: number, responseText: string): ProblemError {
  let body: unknown = responseText;
  try {
    body = JSON.parse(responseText);
  } catch {
    // not JSON (a proxy's page): keep the text as the detail
  }
  const problem = toProblem(body, status);
  const rows = rowErrorsOf(body);
  return rows.length > 0 ? new ImportRejectedError(problem, rows) : new ProblemError(problem);
}

