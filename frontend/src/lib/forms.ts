import { ProblemError } from '../api/problem';
import i18n from '../i18n';
import { fieldErrorText } from './problemText';

export interface FormFieldError {
  name: string;
  errors: string[];
}

/**
 * Splits a problem+json answer into errors antd can show next to the inputs (fields the form
 * has) and the rest, which the form shows in an alert. Field paths like `contacts[0].name`
 * or `input.name` are matched on their last segment.
 */
export function fieldErrorsOf(
  error: unknown,
  formFields: readonly string[],
): { fields: FormFieldError[]; unmatched: boolean } {
  if (!(error instanceof ProblemError) || !error.problem.errors) return { fields: [], unmatched: error !== null && error !== undefined };
  const byField = new Map<string, string[]>();
  let unmatched = false;
  for (const e of error.problem.errors) {
    const name = e.field.split('.').pop()?.replace(/\[\d+\]$/, '') ?? '';
    if (!formFields.includes(name)) {
      unmatched = true;
      continue;
    }
    byField.set(name, [...(byField.get(name) ?? []), fieldErrorText(i18n.t, error.problem, e, i18n.language)]);
  }
  return { fields: [...byField].map(([name, errors]) => ({ name, errors })), unmatched };
}

/** Drops empty strings and undefined so optional fields are left out of a request body. */
export function compact<T extends object>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return out as T;
}
