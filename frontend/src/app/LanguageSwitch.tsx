import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, isLanguage, LANGUAGES } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const value = isLanguage(i18n.language) ? i18n.language : currentLanguage();
  return (
    <div role="group" aria-label={t('language.label')}>
      <Segmented
        size="small"
        value={value}
        options={LANGUAGES.map((lng) => ({ value: lng, label: <span lang={lng}>{t(`language.${lng}`)}</span> }))}
        onChange={(lng) => {
          if (isLanguage(lng)) void changeLanguage(lng);
        }}
      />
    </div>
  );
}
