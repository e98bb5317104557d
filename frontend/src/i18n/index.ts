import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const LANGUAGE_STORAGE_KEY = 'pareto.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be unavailable (private mode, sandboxed frames): fall back to the default.
    return DEFAULT_LANGUAGE;
  }
}

/** The active language, narrowed to the ones the product ships. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/**
 * Each language's strings are their own chunk: the entry carries neither, and only the language
 * in use is fetched (the other one when the user switches). Tracked apart from i18next's
 * resource store because lazy screens merge their strings into both languages early.
 */
const BUNDLES: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  'zh-CN': () => import('./zh-CN.json'),
  'en-US': () => import('./en-US.json'),
};
const loaded = new Map<Language, Promise<void>>();

export function loadLanguage(language: Language): Promise<void> {
  let pending = loaded.get(language);
  if (!pending) {
    pending = BUNDLES[language]().then((bundle) => {
      i18n.addResourceBundle(language, 'translation', bundle.default, true, false);
    });
    pending.catch(() => loaded.delete(language)); // a failed fetch may be retried by the next switch
    loaded.set(language, pending);
  }
  return pending;
}

export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered, but still switched for this page.
  }
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  lng: readStoredLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
  initAsync: false,
});

/** Resolves once the stored (or default) language's strings are in; render after it. */
export const i18nReady: Promise<void> = loadLanguage(currentLanguage());

export default i18n;
