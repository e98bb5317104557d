import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Input, Popover, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { type SavedViewScreen, useDeleteView, useSavedViews, useSaveView } from './savedViewsApi';

/**
 * Pick a saved view (a named URL query of filters and sort) or save the current one. `current` is
 * the screen's query without paging, so the view matching the screen shows as selected.
 */
export function SavedViews({ screen, current, onPick, canSave }: { screen: SavedViewScreen; current: string; onPick: (query: string) => void; canSave: boolean }) {
  const { t } = useTranslation();
  const views = useSavedViews(screen);
  const save = useSaveView(screen);
  const remove = useDeleteView(screen);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const selected = (views.data ?? []).find((v) => v.query === current);

  const submit = () => {
    if (!name.trim()) return;
    save.mutate(
      { name: name.trim(), query: current },
      {
        onSuccess: () => {
          setNaming(false);
          setName('');
        },
      },
    );
  };

  return (
    <Space.Compact data-testid="saved-views">
      <Select
        aria-label={t('savedViews.pick')}
        placeholder={t('savedViews.pick')}
        style={{ width: 200 }}
        loading={views.isPending}
        value={selected?.id}
        onChange={(id: number) => {
          const v = views.data?.find((x) => x.id === id);
          if (v) onPick(v.query);
        }}
        notFoundContent={t('savedViews.none')}
        options={(views.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
      />
      {canSave && selected && (
        <Button
          icon={<DeleteOutlined />}
          aria-label={t('savedViews.delete', { name: selected.name })}
          loading={remove.isPending}
          onClick={() => remove.mutate(selected)}
        />
      )}
      {canSave && (
        <Popover
          open={naming}
          onOpenChange={(open) => {
            setNaming(open);
            if (!open) save.reset();
          }}
          trigger="click"
          title={t('savedViews.saveTitle')}
          content={
            <Space orientation="vertical" style={{ width: 260 }}>
              <Input
                autoFocus
                aria-label={t('savedViews.name')}
                placeholder={t('savedViews.name')}
                maxLength={100}
                value={name}
                onChange={(e) => setName(e.target.value)}
                onPressEnter={submit}
              />
              {save.error && <ProblemAlert error={save.error} />}
              <Button type="primary" block disabled={!name.trim()} loading={save.isPending} onClick={submit}>
                {t('common.save')}
              </Button>
            </Space>
          }
        >
          <Button icon={<SaveOutlined />} disabled={selected !== undefined} data-testid="save-view">
            {t('savedViews.save')}
          </Button>
        </Popover>
      )}
    </Space.Compact>
  );
}
