import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../i18n/enums';
import type { Notice } from './useStageMoves';

/** A refused move: the problem's title and detail and where the deal may go instead. */
export function TransitionNotice({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      style={{ marginBottom: 12 }}
      data-testid="transition-notice"
      title={notice.title}
      description={
        notice.detail || notice.allowed ? (
          <>
            {notice.detail && <div>{notice.detail}</div>}
            {notice.allowed && (
              <div>
                {notice.allowed.length === 0
                  ? t('pipeline.noMoves')
                  : t('pipeline.allowed', { stages: notice.allowed.map((s) => label('stage', s)).join('、') })}
              </div>
            )}
          </>
        ) : undefined
      }
    />
  );
}
