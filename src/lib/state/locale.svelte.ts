// The UI language, persisted in localStorage; Vietnamese by default. A language's messages are
// loaded before it is shown (main.ts waits for a stored one; toggle() for the other).
import { formatNumber, loadCatalog, translate, type Lang, type MessageKey } from '../../i18n';

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

  /** Resolves once the current language's messages are loaded. */
  ready(): Promise<void> {
    return loadCatalog(this.lang);
  }

  async toggle() {
    const next: Lang = this.lang === 'vi' ? 'en' : 'vi';
    await loadCatalog(next);
    this.lang = next;
    try {
      localStorage.setItem(KEY, this.lang);
    } catch {
      // Storage disabled: the choice lasts for this page only.
    }
    document.documentElement.lang = this.lang;
  }
}

export const locale = new Locale();
