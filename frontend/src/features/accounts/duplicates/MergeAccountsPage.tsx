import { Alert, App, Button, Card, Descriptions, Popconfirm, Radio, Skeleton, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useEnumLabel } from '../../../i18n/enums';
import { useFormatters } from '../../../lib/useFormatters';
import { useIsPhone } from '../../../lib/useIsPhone';
import { useIndustryNames } from '../industryNames';
import { type AccountField, type MergeCounts, type MergePreview, useMergeAccounts, useMergePreview } from './api';
import { choiceOf, MERGE_FIELDS } from './mergeFields';
import './i18n';

type MergeAccount = MergePreview['survivor'];
type Side = 'SURVIVOR' | 'DUPLICATE';

const COUNTS: (keyof MergeCounts)[] = [
  'contacts',
  'opportunities',
  'facts',
  'activities',
  'plans',
  'commitments',
  'concessions',
  'competitors',
  'reviews',
  'teamMembers',
  'poolMoves',
  'history',
];

/**
 * Merge a duplicate into the account of the path (合并客户): each differing field side by side
 * (stacked on a phone), what moves, then confirm. `?with=` names the duplicate.
 */
export default function MergeAccountsPage() {
  const { t } = useTranslation();
  const survivorId = Number(useParams().id);
  const [search] = useSearchParams();
  const duplicateId = Number(search.get('with'));
  const preview = useMergePreview(survivorId, duplicateId);
  return (
    <section aria-labelledby="page-title">
      <Typography.Title level={2} id="page-title" style={{ marginTop: 0 }}>
        {t('duplicates.merge.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('duplicates.merge.intro')}</Typography.Paragraph>
      {preview.isPending ? (
        <Skeleton active />
      ) : preview.isError ? (
        <ProblemAlert error={preview.error} onRetry={() => void preview.refetch()} />
      ) : (
        <MergeForm preview={preview.data} />
      )}
    </section>
  );
}

function MergeForm({ preview }: { preview: MergePreview }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const merge = useMergeAccounts((r) => {
    void message.success(t('duplicates.merge.done', { name: r.survivor.name }));
    void navigate(`/accounts/${r.survivor.id}`);
  });
  const { survivor, duplicate, moves, conflicts } = preview;
  const [kept, setKept] = useState<Partial<Record<AccountField, Side>>>({});
  const choices = MERGE_FIELDS.filter((f) => choiceOf(survivor, duplicate, f.field) !== 'SAME');
  const takeFromDuplicate = choices.filter((f) => kept[f.field] === 'DUPLICATE').map((f) => f.field);
  const choose = (field: AccountField, side: Side) => setKept((k) => ({ ...k, [field]: side }));

  const confirm = () => merge.mutate({ survivor, duplicate, takeFromDuplicate });

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>
          {t('duplicates.merge.survivor')}: <Link to={`/accounts/${survivor.id}`}>{survivor.name}</Link>
        </Typography.Text>
        <Typography.Text>
          {t('duplicates.merge.duplicate')}: <Link to={`/accounts/${duplicate.id}`}>{duplicate.name}</Link>
        </Typography.Text>
        <Button onClick={() => void navigate(`/accounts/${duplicate.id}/merge?with=${survivor.id}`)}>
          {t('duplicates.merge.swap')}
        </Button>
      </Space>
      {choices.length === 0 ? (
        <Alert type="info" title={t('duplicates.merge.noChoices')} />
      ) : phone ? (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="merge-fields">
          {choices.map((f) => (
            <Card key={f.field} size="small" title={t(`duplicates.merge.field.${f.field}`)}>
              <FieldPicker
                field={f.field}
                survivor={survivor}
                duplicate={duplicate}
                side={kept[f.field]}
                onChoose={choose}
              />
            </Card>
          ))}
        </Space>
      ) : (
        <Table
          data-testid="merge-fields"
          rowKey="field"
          size="middle"
          pagination={false}
          dataSource={choices}
          columns={[
            {
              key: 'field',
              title: t('duplicates.merge.fieldColumn'),
              width: 200,
              render: (_: unknown, f) => t(`duplicates.merge.field.${f.field}`),
            },
            ...(['SURVIVOR', 'DUPLICATE'] as const).map((which) => ({
              key: which,
              title: which === 'SURVIVOR' ? survivor.name : duplicate.name,
              render: (_: unknown, f: (typeof choices)[number]) => (
                <SideCell
                  field={f.field}
                  which={which}
                  survivor={survivor}
                  duplicate={duplicate}
                  side={kept[f.field]}
                  onChoose={choose}
                />
              ),
            })),
          ]}
        />
      )}
      <Card size="small" title={t('duplicates.merge.moves')} data-testid="merge-moves">
        <Descriptions
          size="small"
          column={{ xs: 2, md: 4, xl: 6 }}
          items={COUNTS.map((k) => ({ key: k, label: t(`duplicates.merge.count.${k}`), children: moves[k] }))}
        />
      </Card>
      {conflicts.map((c) => (
        <Alert
          key={c.kind}
          type="error"
          showIcon
          title={t(`duplicates.merge.conflict.${c.kind}`, { keys: c.keys.join(', ') })}
        />
      ))}
      {merge.error && <ProblemAlert error={merge.error} />}
      <Popconfirm
        title={t('duplicates.merge.confirmTitle')}
        description={t('duplicates.merge.confirmText', { duplicate: duplicate.name, survivor: survivor.name })}
        okText={t('duplicates.merge.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={confirm}
        disabled={conflicts.length > 0}
      >
        <Button type="primary" danger disabled={conflicts.length > 0} loading={merge.isPending}>
          {t('duplicates.merge.confirm')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

interface FieldPickerProps {
  field: AccountField;
  survivor: MergeAccount;
  duplicate: MergeAccount;
  side: Side | undefined;
  onChoose: (field: AccountField, side: Side) => void;
}

/** The two values of one field, stacked (phone); a survivor without a value takes the duplicate's. */
function FieldPicker({ field, survivor, duplicate, side, onChoose }: FieldPickerProps) {
  const { t } = useTranslation();
  const show = useFieldValue();
  if (choiceOf(survivor, duplicate, field) === 'FILLED') {
    return (
      <Typography.Text>
        {show(duplicate, field)} <Typography.Text type="secondary">({t('duplicates.merge.filled')})</Typography.Text>
      </Typography.Text>
    );
  }
  return (
    <Radio.Group
      aria-label={t(`duplicates.merge.field.${field}`)}
      value={side ?? 'SURVIVOR'}
      onChange={(e) => onChoose(field, e.target.value as Side)}
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      <Radio value="SURVIVOR">{show(survivor, field)}</Radio>
      <Radio value="DUPLICATE">{show(duplicate, field)}</Radio>
    </Radio.Group>
  );
}

/** One account's value of a field in the side-by-side table; the row's two radios share a name. */
function SideCell({ field, which, survivor, duplicate, side, onChoose }: FieldPickerProps & { which: Side }) {
  const { t } = useTranslation();
  const show = useFieldValue();
  const account = which === 'SURVIVOR' ? survivor : duplicate;
  if (choiceOf(survivor, duplicate, field) === 'FILLED') {
    return which === 'SURVIVOR' ? (
      <Typography.Text type="secondary">{t('duplicates.merge.filled')}</Typography.Text>
    ) : (
      show(account, field)
    );
  }
  return (
    <Radio
      name={`merge-${field}`}
      checked={(side ?? 'SURVIVOR') === which}
      onChange={() => onChoose(field, which)}
    >
      {show(account, field)}
    </Radio>
  );
}

/** A field's value as the account page shows it: enum labels, industry names, money. */
function useFieldValue() {
  const label = useEnumLabel();
  const fmt = useFormatters();
  const industry = useIndustryNames().name;
  return (a: MergeAccount, field: AccountField): string => {
    switch (field) {
      case 'INDUSTRY':
        return industry(a.industryCode) ?? '';
      case 'OWNER':
        return a.ownerName ?? '';
      case 'KA_KIND':
        return label('kaKind', a.kaKind);
      case 'RELATIONSHIP_STAGE':
        return label('relationshipStage', a.relationshipStage);
      case 'PROCUREMENT_MODE':
        return label('procurementMode', a.procurementMode);
      case 'PURCHASE_PATTERN':
        return label('purchasePattern', a.purchasePattern);
      case 'ESTIMATED_ANNUAL_POTENTIAL':
        return fmt.money(a.estimatedAnnualPotential);
      default:
        return String(MERGE_FIELDS.find((f) => f.field === field)?.value(a) ?? '');
    }
  };
}
