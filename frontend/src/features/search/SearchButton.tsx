import { SearchOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The dialog and its strings load on first use, not with the entry bundle.
const SearchDialog = lazy(() => import('./SearchDialog'));

/** The header's search button; Ctrl+K (⌘K on a Mac) opens the same dialog from anywhere. */
export function SearchButton({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setLoaded(true);
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <Button
        icon={<SearchOutlined />}
        aria-keyshortcuts="Control+K Meta+K"
        title={t('searchButton.shortcut')}
        aria-label={compact ? t('searchButton.label') : undefined}
        data-testid="global-search"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
      >
        {compact ? null : t('searchButton.label')}
      </Button>
      {loaded ? (
        <Suspense fallback={null}>
          <SearchDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
