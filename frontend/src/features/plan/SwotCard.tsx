import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountPlan } from './api';

/** The plan's SWOT: four quadrants, each a list of short statements. */
export function SwotCard({ swot }: { swot: AccountPlan['swot'] }) {
  const { t } = useTranslation();
  const none = t('common.noValue');
  const quadrants = [
    ['strengths', swot.strengths],
    ['weaknesses', swot.weaknesses],
    ['opportunities', swot.opportunities],
    ['threats', swot.threats],
  ] as const;
  return (
    <Card size="small" title={t('plan.swot.title')}>
      <Row gutter={[12, 12]}>
        {quadrants.map(([key, items]) => (
          <Col xs={24} md={12} key={key}>
            <Card size="small" type="inner" title={t(`plan.swot.${key}`)}>
              {items.length === 0 ? (
                <Typography.Text type="secondary">{none}</Typography.Text>
              ) : (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {items.map((s, i) => (
                    <li key={i}>{s}</li>
                  ))}
                </ul>
              )}
            </Card>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
