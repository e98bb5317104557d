import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemError, type ProblemDetails } from '../api/problem';
import { fieldErrorText, problemDetail, problemTitle } from '../lib/problemText';

interface ProblemAlertProps {
  /** A ProblemError from the API layer, a bare problem body, or anything else that was thrown. */
  error: unknown;
  onRetry?: () => void;
}

function problemOf(error: unknown): ProblemDetails {
  if (error instanceof ProblemError) return error.problem;
  if (error instanceof Error) return { status: 0, detail: error.message };
  return { status: 0 };
}

/** Shows an application/problem+json error: title, detail, and the offending fields if any. */
export function ProblemAlert({ error, onRetry }: ProblemAlertProps) {
  const { t, i18n } = useTranslation();
  const problem = problemOf(error);
  const network = problem.status === 0;
  // The code decides the words; the server's detail only where it is in the UI language.
  const title = problemTitle(t, problem);
  const detail = problemDetail(problem, i18n.language);

  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={
        <>
          {detail && <p style={{ margin: 0 }}>{detail}</p>}
          {problem.errors && problem.errors.length > 0 && (
            <>
              <p style={{ margin: '8px 0 4px' }}>{t('problem.fieldErrors')}</p>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problem.errors.map((e, i) => (
                  <li key={`${e.field}-${i}`}>
                    {e.field ? <code>{e.field}</code> : null}
                    {e.field ? ': ' : null}
                    {fieldErrorText(t, problem, e, i18n.language)}
                    {e.allowedValues && ` (${t('problem.allowedValues', { values: e.allowedValues.join(', ') })})`}
                  </li>
                ))}
              </ul>
            </>
          )}
          {!network && problem.status !== undefined && (
            <p style={{ margin: '8px 0 0', opacity: 0.75 }}>{t('problem.status', { status: problem.status })}</p>
          )}
        </>
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
