// Units of measure as each language writes them (the data stores them in English).
import type { Lang } from './index';

const VI: Record<string, string> = {
  'billion VND': 'tỷ đồng',
  'million USD': 'triệu USD',
  percent: '%',
  'million VND per person per year': 'triệu đồng/người/năm',
  'million VND/person/year': 'triệu đồng/người/năm',
  'million VND/person': 'triệu đồng/người',
  'USD/person': 'USD/người',
  enterprises: 'doanh nghiệp',
  communes: 'xã',
  cooperatives: 'hợp tác xã',
  households: 'hộ',
  hectares: 'ha',
  ha: 'ha',
  km2: 'km²',
  'percent of households': '% số hộ',
  projects: 'dự án',
  'district units': 'đơn vị cấp huyện',
  year: 'năm',
  'countries/territories': 'quốc gia, vùng lãnh thổ',
  persons: 'người',
  students: 'học sinh',
  plots: 'thửa',
  'of 8 contents': 'trên 8 nội dung',
  districts: 'huyện',
  times: 'lần',
  targets: 'chỉ tiêu',
  points: 'điểm',
  workers: 'lao động',
  'million visits': 'triệu lượt',
};

/** The unit for display: Vietnamese from the table, English as stored. @example unitLabel('vi', 'billion VND') // 'tỷ đồng' */
export function unitLabel(lang: Lang, unit: string): string {
  if (lang === 'vi') return VI[unit] ?? unit;
  return unit === 'percent' ? '%' : unit;
}

/**
 * A value with its unit as one phrase; a year is written as a year, never as a number with separators.
 * @example figureText('vi', 2024, 'year', n) // 'năm 2024'
 */
export function figureText(lang: Lang, value: number, unit: string, format: (n: number) => string): { value: string; unit: string; before?: string } {
  if (unit === 'year') return { before: lang === 'vi' ? 'năm' : 'year', value: String(value), unit: '' };
  return { value: format(value), unit: unitLabel(lang, unit) };
}
