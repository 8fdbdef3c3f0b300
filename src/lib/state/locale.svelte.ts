// The UI language, persisted in localStorage; Vietnamese by default.
import { formatNumber, translate, type Lang, type MessageKey } from '../../i18n';

const KEY = 'qn-map.lang';

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export class Locale {
  lang = $state<Lang>(readStoredLang());

  t = (key: MessageKey, params?: Record<string, string | number>) => translate(this.lang, key, params);
  n = (value: number, maxDigits?: number) => formatNumber(this.lang, value, maxDigits);

  toggle() {
    this.lang = this.lang === 'vi' ? 'en' : 'vi';
    try {
      localStorage.setItem(KEY, this.lang);
    } catch {
      // Storage disabled: the choice lasts for this page only.
    }
    document.documentElement.lang = this.lang;
  }
}

export const locale = new Locale();
