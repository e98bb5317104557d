import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import i18n, { currentLanguage, type Language } from '../i18n';
import { queryClient } from './queryClient';

const ANTD_LOCALES = { 'zh-CN': zhCN, 'en-US': enUS } as const satisfies Record<Language, typeof zhCN>;
const DAYJS_LOCALES = { 'zh-CN': 'zh-cn', 'en-US': 'en' } as const satisfies Record<Language, string>;

// dayjs (antd's date pickers) follows the UI language.
dayjs.locale(DAYJS_LOCALES[currentLanguage()]);
i18n.on('languageChanged', () => dayjs.locale(DAYJS_LOCALES[currentLanguage()]));

// antd's default secondary/tertiary text (45% black) misses WCAG AA contrast on white; darken it.
const THEME = {
  token: {
    // White on the primary blue needs 4.5:1 (antd's #1677ff gives 4.1:1).
    colorPrimary: '#0958d9',
    // Likewise white on the danger red (#ff4d4f is 3.3:1).
    colorError: '#cf1322',
    // antd's default link blue (#1677ff) is 4.1:1 on white; links need 4.5:1.
    colorLink: '#0958d9',
    borderRadius: 6,
    colorTextSecondary: 'rgba(0, 0, 0, 0.62)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.58)',
    colorTextDescription: 'rgba(0, 0, 0, 0.58)',
  },
};

function LocalisedAntd({ children }: { children: ReactNode }) {
  useTranslation(); // re-render on language change
  const language = currentLanguage();
  return (
    <ConfigProvider
      locale={ANTD_LOCALES[language]}
      theme={THEME}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <LocalisedAntd>{children}</LocalisedAntd>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
