import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndustries } from './api';

/**
 * Industries in the UI's language: `name(code)` for display (the code itself until the list has
 * loaded, or for a code the list does not know) and `options` for selects. Codes go on the wire.
 */
export function useIndustryNames(enabled = true) {
  const { i18n } = useTranslation();
  const industries = useIndustries(enabled);
  const zh = i18n.language.startsWith('zh');
  return useMemo(() => {
    const options = (industries.data ?? []).map((i) => ({ value: i.code, label: zh ? i.nameZh : i.nameEn }));
    const byCode = new Map(options.map((o) => [o.value, o.label]));
    return {
      name: (code: string | undefined) => (code === undefined ? undefined : (byCode.get(code) ?? code)),
      options,
      loading: industries.isPending,
    };
  }, [industries.data, industries.isPending, zh]);
}
