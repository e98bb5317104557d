import { Space, Tag, Typography } from 'antd';
import { CodeTag } from '../../components/CodeTag';
import { ItemList } from '../../components/ItemList';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import type { Commitment } from './api';
import { STATUS_PALETTE } from './planValues';

/** One side's commitments in the joint business plan, each with its status. */
export function CommitmentList({ items, empty }: { items: readonly Commitment[]; empty: string }) {
  const label = useEnumLabel();
  const fmt = useFormatters();
  if (items.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <ItemList
      size="small"
      dataSource={[...items]}
      renderItem={(c, i: number) => (
        <ItemList.Item key={i}>
          <Space wrap>
            <CodeTag palette={STATUS_PALETTE[c.status]} code={c.status}>
              {label('commitmentStatus', c.status)}
            </CodeTag>
            <Tag>{label('commitmentKind', c.kind)}</Tag>
            <span>{c.description}</span>
            {c.dueOn && <Typography.Text type="secondary">{fmt.date(c.dueOn)}</Typography.Text>}
          </Space>
        </ItemList.Item>
      )}
    />
  );
}
