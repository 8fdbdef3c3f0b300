// Message lookup and number formatting for the two languages. Vietnamese (the default) is in the
// app's first bundle; English is its own chunk, loaded when chosen (loadCatalog) before it is shown.
import { vi, type MessageKey } from './vi';

export type Lang = 'vi' | 'en';
export type { MessageKey };
type Catalog = Record<MessageKey, string>;
/** The catalogs loaded so far (vi always). */
export const catalogs: Partial<Record<Lang, Catalog>> & { vi: Catalog } = { vi };

/** Makes a language's catalog available to translate(); resolves once it is. */
export async function loadCatalog(lang: Lang): Promise<void> {
  if (catalogs[lang]) return;
  if (lang === 'en') catalogs.en = (await import('./en')).en;
}

/** Looks a message up and fills {placeholders}. @example translate('en', 'straddles', { a: 'X', b: 'Y' }) */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  // (A catalog not loaded yet falls back to Vietnamese; the app loads one before switching to it.)
  const template = (catalogs[lang] ?? vi)[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** One formatter per language and number of digits: building an Intl.NumberFormat costs ~0.1 ms, and a legend or panel formats dozens of numbers at once. */
const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a number for the language: vi 1.357,5 — en 1,357.5. */
export function formatNumber(lang: Lang, value: number, maxDigits = 2): string {
  const key = `${lang} ${maxDigits}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: maxDigits })));
  return format.format(value);
}
