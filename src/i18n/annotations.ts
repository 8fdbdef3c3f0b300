// The data's English remarks on dates, titles and publishers of sources ("2022 inferred from
// content", "not stated in the stored copy") in the UI language: a Vietnamese panel shows no English.

type Lang = 'vi' | 'en';

const RULES: [RegExp, string][] = [
  [/\(year inferred from content\)/g, '(năm suy ra từ nội dung)'],
  [/\((\d{4}) inferred from content\)/g, '($1, suy ra từ nội dung)'],
  [/\(year inferred from content; (\d{4})\)/g, '($1, suy ra từ nội dung)'],
  [/\(approx\.; reports (\d+) months of (\d{4})\)/g, '(gần đúng; số liệu $1 tháng năm $2)'],
  [/\(reports (\d+) months of (\d{4})\)/g, '(số liệu $1 tháng năm $2)'],
  [/\((\d{1,2}\/\d{1,2}), probably (\d{4})\)/g, '($1, có lẽ năm $2)'],
  [/\((\d{1,2}\/\d{1,2}), year not printed; (\d{4}) likely\)/g, '($1, bản lưu không in năm; có lẽ năm $2)'],
  [/\(year not printed in the stored copy\)/g, '(bản lưu không in năm)'],
  [/\(Feb (\d{4})\?\)/g, '(tháng 2/$1?)'],
  [/\(investment certificate /g, '(giấy chứng nhận đầu tư '],
  [/\(no headline in the stored copy\)/g, '(bản lưu không có tiêu đề)'],
  [/\(as printed at the start of the stored copy\)/g, '(như in ở đầu bản lưu)'],
  [/^not stated in the stored copy$/g, 'bản lưu không ghi'],
  [/\(list of industrial parks(, \d{4})?\)/g, '(danh sách khu công nghiệp$1)'],
];

/**
 * A source's date, title or publisher with the data's English remarks in the UI language.
 * @example annotationText('vi', '24/10 (2022 inferred from content)') // '24/10 (2022, suy ra từ nội dung)'
 */
export function annotationText(lang: Lang, text: string): string {
  if (lang === 'en') return text;
  return RULES.reduce((s, [re, to]) => s.replace(re, to), text);
}
