import { useI18n } from './i18n';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <button type="button" className="lang" lang={lang === 'zh-CN' ? 'en' : 'zh-CN'} title={t('lang.switch')} onClick={() => setLang(lang === 'zh-CN' ? 'en' : 'zh-CN')}>
      {lang === 'zh-CN' ? 'English' : '中文'}
    </button>
  );
}
