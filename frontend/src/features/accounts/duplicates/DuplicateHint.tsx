import { Alert, Form, Input, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasRole, useCurrentUser } from '../../../lib/session';
import { useDebounced } from '../../../lib/useDebounced';
import { type DuplicateCandidate, useDuplicateCheck } from './api';
import './i18n';

interface DuplicateHintProps {
  name: string;
  creditCode?: string;
  /** The account being edited, left out of its own candidates. */
  excludeId?: number;
  /** The form field the "create anyway" reason is kept in (not part of AccountInput). */
  reasonName: string;
}

/** Candidates as the user types a name (debounced), and the "create anyway" reason when one is likely. */
export function DuplicateHint({ name, creditCode, excludeId, reasonName }: DuplicateHintProps) {
  const { t } = useTranslation();
  const typed = useDebounced(name.trim(), 400);
  const code = useDebounced(creditCode?.trim(), 400);
  const check = useDuplicateCheck(typed, code, excludeId);
  if (typed.length < 2 || !check.data) return null;
  const { candidates, hiddenMatches, likely } = check.data;
  if (candidates.length === 0 && hiddenMatches === 0) {
    return <Typography.Text type="secondary">{t('duplicates.none')}</Typography.Text>;
  }
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }} data-testid="duplicate-hint">
      {candidates.length > 0 && (
        <Alert
          type={likely ? 'warning' : 'info'}
          title={t('duplicates.found')}
          description={<CandidateList candidates={candidates} mergeFrom={excludeId} />}
        />
      )}
      {hiddenMatches > 0 && <Alert type="warning" title={t('duplicates.hidden', { count: hiddenMatches })} />}
      {likely && (
        <Form.Item
          name={reasonName}
          label={t('duplicates.reason')}
          extra={t('duplicates.reasonHint')}
          rules={[{ required: true, whitespace: true, message: t('duplicates.reasonRequired') }]}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
      )}
    </Space>
  );
}

/** Editing an account (mergeFrom), ADMIN and MANAGER get a merge link per candidate. */
function CandidateList({ candidates, mergeFrom }: { candidates: DuplicateCandidate[]; mergeFrom?: number }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const mayMerge = mergeFrom !== undefined && hasRole(user, 'ADMIN', 'MANAGER');
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {candidates.map((c) => (
        <li key={c.id}>
          <Space wrap size={4}>
            <Link to={`/accounts/${c.id}`} target="_blank">
              {c.name}
            </Link>
            {c.ownerName && <Typography.Text type="secondary">{c.ownerName}</Typography.Text>}
            <Tag>{t('duplicates.score', { score: c.score })}</Tag>
            {c.signals.map((s) => (
              <Tag key={s} color="orange">
                {t(`duplicates.signal.${s}`)}
              </Tag>
            ))}
            {mayMerge && (
              <Link to={`/accounts/${c.id}/merge?with=${mergeFrom}`}>{t('duplicates.merge.mergeInto')}</Link>
            )}
          </Space>
        </li>
      ))}
    </ul>
  );
}
