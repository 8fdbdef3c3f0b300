// Message lookup and number formatting for the two languages.
import { en } from './en';
import { vi, type MessageKey } from './vi';

export type Lang = 'vi' | 'en';
export const catalogs: Record<Lang, Record<MessageKey, string>> = { vi, en };
export type { MessageKey };

/** Looks a message up and fills {placeholders}. @example translate('en', 'straddles', { a: 'X', b: 'Y' }) */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogs[lang][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Formats a number for the language: vi 1.357,5 — en 1,357.5. */
export function formatNumber(lang: Lang, value: number, maxDigits = 2): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: maxDigits }).format(value);
}
