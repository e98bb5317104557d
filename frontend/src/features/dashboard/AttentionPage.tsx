import { Button, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ATTENTION_KINDS, type AttentionKind, useAttention } from './attentionApi';
import { AttentionTable } from './AttentionTable';

/** Everything that needs a look, filterable by owner, team and kind; the filters live in the URL. */
export default function AttentionPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const ownerId = search.get('ownerId');
  const teamId = search.get('teamId');
  const kinds = search.getAll('kind').filter((k): k is AttentionKind => (ATTENTION_KINDS as readonly string[]).includes(k));
  const page = Number(search.get('page') ?? 0);
  const size = Number(search.get('size') ?? 50);
  const q = useAttention({
    ...(ownerId ? { ownerId: Number(ownerId) } : {}),
    ...(teamId ? { teamId: Number(teamId) } : {}),
    ...(kinds.length ? { kind: kinds } : {}),
    page,
    size,
  });
  const update = (mutate: (p: URLSearchParams) => void) => {
    const next = new URLSearchParams(search);
    mutate(next);
    setSearch(next);
  };
  return (
    <section aria-labelledby="page-title">
      <Typography.Title level={2} id="page-title" style={{ marginTop: 0 }}>
        {t('attention.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<AttentionKind[]>
          mode="multiple"
          allowClear
          aria-label={t('attention.kind')}
          placeholder={t('attention.allKinds')}
          style={{ minWidth: 320 }}
          value={kinds}
          onChange={(v) =>
            update((p) => {
              p.delete('kind');
              p.delete('page');
              for (const k of v) p.append('kind', k);
            })
          }
          options={ATTENTION_KINDS.map((k) => ({ value: k, label: t(`attention.kinds.${k}`) }))}
        />
        {(ownerId || teamId || kinds.length > 0) && (
          <Button onClick={() => setSearch(new URLSearchParams())}>{t('common.reset')}</Button>
        )}
        {q.data && <Typography.Text type="secondary">{t('attention.total', { count: q.data.total })}</Typography.Text>}
      </Space>
      {q.isError && <ProblemAlert error={q.error} onRetry={() => void q.refetch()} />}
      <AttentionTable
        page={q.data}
        loading={q.isPending}
        onPage={(p, s) =>
          update((next) => {
            next.set('page', String(p));
            next.set('size', String(s));
          })
        }
      />
    </section>
  );
}
