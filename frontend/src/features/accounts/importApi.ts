import { notifyUnauthorized, scriptHeaders, type paths } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { type ImportResult, importError } from '../../components/import/rowErrors';
import { uploadPercent } from '../../lib/progress';

export type ImportDataset = paths['/api/v1/imports/{dataset}']['post']['parameters']['path']['dataset'];
export type { ImportResult, RowError } from '../../components/import/rowErrors';
export { importError, ImportRejectedError, rowErrorsOf } from '../../components/import/rowErrors';

/** What the accounts screen offers; users are an administrator's import and live in settings. */
export const IMPORT_DATASETS = ['accounts', 'contacts', 'facts', 'opportunities'] as const satisfies readonly ImportDataset[];

/** JSON files go as JSON, everything else as CSV (the two formats the endpoint reads). */
export function contentTypeOf(file: { name: string; type: string }): string {
  return file.type === 'application/json' || /\.json$/i.test(file.name) ? 'application/json' : 'text/csv';
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
