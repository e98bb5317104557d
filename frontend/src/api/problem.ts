/**
 * RFC 9457 problem details, as the backend's exception mapper sends them
 * (`application/problem+json`). This is the transport-level shape every error shares;
 * it is parsed defensively because an error may also come from a proxy or the network.
 */
export interface FieldError {
  field: string;
  /** Stable UPPER_SNAKE code of what is wrong (REQUIRED, NOT_ALLOWED, …), translated by the UI. */
  code?: string;
  message: string;
  /** The accepted values when the field is an enum. */
  allowedValues?: string[];
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  /** Stable UPPER_SNAKE code of the error (NOT_FOUND, STALE_VERSION, …), translated by the UI. */
  code?: string;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  /** The answer's Content-Language: the language `detail` is written in (en-US when the server had no translation). */
  language?: string;
}

/** Thrown by the API layer for every non-2xx answer and for network failures (status 0). */
export class ProblemError extends Error {
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status ?? 0}`);
    this.name = 'ProblemError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status ?? 0;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function allowed(values: unknown): { allowedValues?: string[] } {
  if (!Array.isArray(values)) return {};
  const strings = values.filter((v): v is string => typeof v === 'string');
  return strings.length > 0 ? { allowedValues: strings } : {};
}

/** Reads whatever came back as an error body into a ProblemDetails, keeping only well-typed fields. */
export function toProblem(body: unknown, status: number, language?: string | null): ProblemDetails {
  const lang = language ? { language } : {};
  if (!isRecord(body)) return { status, detail: str(body), ...lang };
  const errors = Array.isArray(body.errors)
    ? body.errors.flatMap((e): FieldError[] =>
        isRecord(e) && typeof e.message === 'string'
          ? [{ field: str(e.field) ?? '', code: str(e.code), message: e.message, ...allowed(e.allowedValues) }]
          : [],
      )
    : undefined;
  return {
    type: str(body.type),
    title: str(body.title),
    status: typeof body.status === 'number' ? body.status : status,
    code: str(body.code),
    detail: str(body.detail),
    instance: str(body.instance),
    errors: errors && errors.length > 0 ? errors : undefined,
    ...lang,
  };
}
