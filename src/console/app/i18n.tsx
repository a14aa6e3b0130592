import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { en } from './messages.en';
import { zh, type MessageKey } from './messages.zh';

export type Lang = 'zh-CN' | 'en';
const LANG_KEY = 'rl.lang';
const dictionaries: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zh, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
  /** An enum value's words (ROLE.SALES, PLATFORM.TAOBAO…), or the value itself when it has none. */
  term(group: string, value: string | null | undefined): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  const saved = localStorage.getItem(LANG_KEY);
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN';
}

/** Chinese by default; the switch is remembered in this browser. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const value = useMemo<I18n>(() => {
    const words = dictionaries[lang];
    const t: Translate = (key, params) => {
      let text = words[key] ?? key;
      if (params) for (const [name, v] of Object.entries(params)) text = text.replaceAll(`{${name}}`, String(v));
      return text;
    };
    return {
      lang,
      setLang: (next) => {
        localStorage.setItem(LANG_KEY, next);
        document.documentElement.lang = next;
        setLangState(next);
      },
      t,
      term: (group, v) => (v ? ((words as Record<string, string>)[`${group}.${v}`] ?? v) : '—'),
    };
  }, [lang]);
  document.documentElement.lang = lang;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
