import { Alert, Button, Card, Flex, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../i18n/enums';
import type { Opportunity, Stage } from './api';
import { AskModal } from './AskModal';
import { TransitionNotice } from './TransitionNotice';
import { useStageMoves } from './useStageMoves';

const PATH: readonly Stage[] = ['LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION', 'WON', 'COLLECTED'];

/** The deal page's stage path: the server's allowed transitions as buttons, moved as on the board. */
export function StagePath({ deal, canMove }: { deal: Opportunity; canMove: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const moves = useStageMoves();
  const lost = deal.stage === 'LOST';
  const current = lost ? PATH.indexOf(deal.lostAtStage ?? 'LEAD') : PATH.indexOf(deal.stage);
  const ask = moves.ask;

  return (
    <Card size="small" title={t('repDay.deal.stagePath')}>
      <Steps
        size="small"
        current={current}
        status={lost ? 'error' : deal.stage === 'COLLECTED' ? 'finish' : 'process'}
        responsive
        items={PATH.map((s) => ({ title: label('stage', s) }))}
      />
      {lost && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          title={t('repDay.deal.lostAt', { stage: label('stage', deal.lostAtStage), reason: label('lostReason', deal.lostReason) })}
          description={deal.lostReasonText}
        />
      )}
      {canMove && (
        <Flex gap={8} wrap style={{ marginTop: 12 }} align="center" data-testid="deal-moves">
          <Typography.Text type="secondary">{deal.allowedTransitions.length === 0 ? t('pipeline.noMoves') : t('repDay.deal.moveTo')}</Typography.Text>
          {deal.allowedTransitions.map((s) => (
            <Button key={s} size="small" danger={s === 'LOST'} loading={moves.movingTo === s} onClick={() => moves.request(deal, s)}>
              {label('stage', s)}
            </Button>
          ))}
        </Flex>
      )}
      <div aria-live="polite" style={{ marginTop: moves.notice ? 12 : 0 }}>
        {moves.notice && <TransitionNotice notice={moves.notice} onClose={moves.dismissNotice} />}
      </div>
      {ask && <AskModal ask={ask} busy={moves.busy} error={moves.askError} onCancel={moves.cancelAsk} onSubmit={(body) => moves.send(ask.deal, body)} />}
    </Card>
  );
}
