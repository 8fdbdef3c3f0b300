// Folds Vietnamese text for matching: lower case, no tone or vowel marks, đ → d.

/**
 * Removes diacritics, maps đ/Đ to d (which Unicode decomposition leaves alone) and lower-cases.
 * @example foldVietnamese('Thành phố Đông Triều') // 'thanh pho dong trieu'
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
