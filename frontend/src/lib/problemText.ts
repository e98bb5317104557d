import type { TFunction } from 'i18next';
import { type FieldError, ProblemError, type ProblemDetails } from '../api/problem';
import i18n from '../i18n';

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/** The problem's title in the UI language: the web app's own words for its code, else the server's title. */
export function problemTitle(t: TFunction, problem: ProblemDetails): string {
  const network = problem.status === 0;
  const serverTitle = problem.title ?? (network ? t('problem.network') : t('problem.fallbackTitle'));
  return problem.code ? t(`problemCode.${problem.code}`, { defaultValue: serverTitle }) : serverTitle;
}

/**
 * The server's detail, only when it is written in the UI language (the answer's Content-Language);
 * an English fallback never reaches a Chinese screen, the translated title says enough there.
 */
export function problemDetail(problem: ProblemDetails, uiLanguage: string): string | undefined {
  if (!problem.detail) return undefined;
  if (problem.status === 0) return primary(uiLanguage) === 'en' ? problem.detail : undefined;
  return problem.language && primary(problem.language) === primary(uiLanguage) ? problem.detail : undefined;
}

/** A field error in the UI language: the web app's words for its code, else the server's message when in that language. */
export function fieldErrorText(t: TFunction, problem: ProblemDetails, e: FieldError, uiLanguage: string): string {
  const serverWords = problem.language && primary(problem.language) === primary(uiLanguage) ? e.message : undefined;
  const generic = t('problemCode.field.INVALID');
  if (!e.code) return serverWords ?? generic;
  return t(`problemCode.field.${e.code}`, { defaultValue: serverWords ?? generic, values: e.allowedValues?.join(', ') ?? '' });
}

/** One line for a toast: title, and the detail when it is in the UI language. */
export function problemMessage(t: TFunction, error: unknown, uiLanguage: string = i18n.language): string {
  if (!(error instanceof ProblemError)) return t('problem.fallbackTitle');
  const detail = problemDetail(error.problem, uiLanguage);
  const title = problemTitle(t, error.problem);
  return detail ? `${title}: ${detail}` : title;
}
