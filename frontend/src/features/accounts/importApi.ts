import { notifyUnauthorized, scriptHeaders, type paths } from '../../api/client';
import { ProblemError, toProblem } from '../../api/problem';
import type { components } from '../../api/schema';
import { uploadPercent } from '../../lib/progress';

export type ImportDataset = paths['/api/v1/imports/{dataset}']['post']['parameters']['path']['dataset'];
export type ImportResult = components['schemas']['ImportResult'];
export type RowError = components['schemas']['RowError'];

/** What the accounts screen offers; users are an administrator's import and live in settings. */
export const IMPORT_DATASETS = ['accounts', 'contacts', 'facts', 'opportunities'] as const satisfies readonly ImportDataset[];

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

/** JSON files go as JSON, everything else as CSV (the two formats the endpoint reads). */
export function contentTypeOf(file: { name: string; type: string }): string {
  return file.type === 'application/json' || /\.json$/i.test(file.name) ? 'application/json' : 'text/csv';
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

export interface UploadOptions {
  dataset: ImportDataset;
  file: File;
  dryRun: boolean;
  /** Percentage of the file sent so far (undefined when the browser cannot tell). */
  onUpload?: (percent: number | undefined) => void;
  /** The whole file is sent; the server is now reading and checking it. */
  onProcessing?: () => void;
  signal?: AbortSignal;
}

/**
 * POST /api/v1/imports/{dataset} with XMLHttpRequest rather than fetch: only XHR reports upload
 * progress, which a 100 MB file needs to show that something is moving.
 */
export function uploadImport({ dataset, file, dryRun, onUpload, onProcessing, signal }: UploadOptions): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/imports/${dataset}${dryRun ? '?dryRun=true' : ''}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', contentTypeOf(file));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    for (const [name, value] of Object.entries(scriptHeaders('POST'))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => onUpload?.(uploadPercent(e.loaded, e.lengthComputable ? e.total : undefined));
    xhr.upload.onload = () => onProcessing?.();
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as ImportResult);
        } catch {
          reject(new ProblemError({ status: xhr.status, detail: 'unreadable answer' }));
        }
        return;
      }
      if (xhr.status === 401) notifyUnauthorized();
      reject(importError(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(new ProblemError({ status: 0 }));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
