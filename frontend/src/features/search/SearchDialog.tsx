import { SearchOutlined } from '@ant-design/icons';
import { Empty, Input, type InputRef, Modal, Spin } from 'antd';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useEnumLabel } from '../../i18n/enums';
import { useDebounced } from '../../lib/useDebounced';
import { type SearchHit, type SearchKind, useSearch } from './api';
import './i18n';
import { hitTarget } from './targets';

const KINDS: readonly SearchKind[] = ['ACCOUNT', 'CONTACT', 'OPPORTUNITY', 'USER'];

/** The global search dialog: one box, hits grouped by kind, arrow keys and Enter to open one. */
export default function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const input = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 200);
  const search = useSearch(q);
  const hits = useMemo(() => (q ? (search.data?.items ?? []) : []), [q, search.data]);
  // the highlighted hit, remembered for the query it was chosen in: a new query starts at the top
  const [choice, setChoice] = useState({ q: '', index: 0 });
  const active = choice.q === q && choice.index < hits.length ? choice.index : 0;
  const setActive = (index: number) => setChoice({ q, index });

  // the list still shows an earlier query's hits until the typed text has been asked for
  const stale = q !== text.trim() || search.isPlaceholderData;

  const openHit = (hit: SearchHit) => {
    onClose();
    setText('');
    void navigate(hitTarget(hit));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (hits.length === 0) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((active + 1) % hits.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((active - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (stale) return;
      const hit = hits[active];
      if (hit) openHit(hit);
    }
  };

  const detail = (hit: SearchHit): string | undefined => {
    if (hit.kind === 'OPPORTUNITY') return [hit.accountName, label('stage', hit.detail)].filter(Boolean).join(' · ');
    if (hit.kind === 'CONTACT') return [hit.accountName, hit.detail].filter(Boolean).join(' · ');
    if (hit.kind === 'USER') return t('search.ownedAccounts');
    return hit.detail ? t('search.owner', { name: hit.detail }) : undefined;
  };

  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      title={t('search.dialogTitle')}
      afterOpenChange={(visible) => visible && input.current?.focus()}
      destroyOnHidden
      width={640}
      styles={{ body: { maxHeight: '70vh', overflowY: 'auto' } }}
    >
      <Input
        ref={input}
        size="large"
        prefix={<SearchOutlined aria-hidden />}
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        allowClear
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="global-search-results"
        aria-activedescendant={hits.length > 0 ? `global-search-hit-${active}` : undefined}
      />
      <p style={{ color: 'rgba(0, 0, 0, 0.65)', fontSize: 12, margin: '8px 0' }}>
        {q ? t('search.results', { count: hits.length }) : t('search.hint')} · {t('search.keys')}
      </p>
      {search.isFetching && hits.length === 0 ? <Spin style={{ display: 'block', margin: 24 }} /> : null}
      {q && !search.isFetching && hits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.empty', { q })} />
      ) : null}
      <div id="global-search-results" role="listbox" aria-label={t('search.dialogTitle')} aria-busy={stale}>
        {KINDS.map((kind) => {
          const group = hits.map((hit, index) => ({ hit, index })).filter(({ hit }) => hit.kind === kind);
          if (group.length === 0) return null;
          return (
            <div key={kind} role="group" aria-label={t(`search.kind.${kind}`)}>
              <div style={{ fontSize: 12, fontWeight: 600, color: 'rgba(0, 0, 0, 0.65)', margin: '12px 0 4px' }}>
                {t(`search.kind.${kind}`)}
              </div>
              {group.map(({ hit, index }) => (
                <div
                  key={`${hit.kind}-${hit.id}`}
                  id={`global-search-hit-${index}`}
                  role="option"
                  aria-selected={index === active}
                  data-testid="search-hit"
                  onMouseEnter={() => setActive(index)}
                  onClick={() => openHit(hit)}
                  style={{
                    padding: '8px 12px',
                    borderRadius: 6,
                    cursor: 'pointer',
                    background: index === active ? '#e6f4ff' : undefined,
                  }}
                >
                  <div style={{ fontWeight: 500 }}>{hit.name}</div>
                  {detail(hit) ? (
                    <div style={{ fontSize: 12, color: 'rgba(0, 0, 0, 0.65)' }}>{detail(hit)}</div>
                  ) : null}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </Modal>
  );
}
