// How a figure's bound reads in each language: "> 853 million USD" / "trên 853 triệu USD".
import type { MessageKey } from '../../i18n';
import type { Fact } from './facts-types';

const WORDS: Record<'vi' | 'en', Record<NonNullable<Fact['qualifier']>, string>> = {
  vi: { over: 'trên ', about: 'khoảng ', under: 'dưới ' },
  en: { over: '> ', about: '≈ ', under: '< ' },
};

/**
 * The prefix a figure's qualifier puts before its number, or '' for an exact figure.
 * @example qualifierPrefix('vi', 'over') // 'trên '
 */
export function qualifierPrefix(lang: 'vi' | 'en', qualifier: Fact['qualifier']): string {
  return qualifier ? WORDS[lang][qualifier] : '';
}

/**
 * The caveats an English note records, as message keys, so a Vietnamese panel can say them.
 * @example noteFlags({ note: 'TARGET 2023: …', … }) // ['flagTarget']
 */
export function noteFlags(f: Pick<Fact, 'note' | 'scope'>): MessageKey[] {
  const flags: MessageKey[] = [];
  if (/^TARGET/i.test(f.note)) flags.push('flagTarget');
  if (/partial year|\bmonths?\b|Jan[-–]Sep|first 6 months/i.test(f.note)) flags.push('flagPartialYear');
  if (/^AVERAGE/i.test(f.note)) flags.push('flagAverage');
  if (/^CUMULATIVE/i.test(f.note)) flags.push('flagCumulative');
  if (/estimate/i.test(f.note)) flags.push('flagEstimate');
  if (f.scope === 'rural') flags.push('flagRural');
  if (f.scope === 'urban') flags.push('flagUrban');
  if (/secondary|mirror/i.test(f.note)) flags.push('flagSecondary');
  return flags;
}
