// How a figure's bound reads in each language: "> 853 million USD" / "trên 853 triệu USD".
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
