// A site's status as each language writes it (data/sites/sites.csv stores it in English, as the
// sources were summarised); a status not in the table is shown as stored, marked as English.
import type { Lang } from './index';

const VI: Record<string, string> = {
  'investment registration certificate 22/12/2014': 'cấp giấy chứng nhận đăng ký đầu tư ngày 22/12/2014',
  'investment policy approved 2019': 'được chấp thuận chủ trương đầu tư năm 2019',
  'built (listed among the 7 built IPs, 2023)': 'đã xây dựng (trong danh sách 7 khu công nghiệp đã xây dựng, 2023)',
  'planned (2021–2030 provincial plan)': 'quy hoạch (quy hoạch tỉnh thời kỳ 2021–2030)',
  'listed (2013)': 'có trong danh mục (2013)',
  'planned (added in the 2021–2030 port plan)': 'quy hoạch (bổ sung trong quy hoạch cảng biển thời kỳ 2021–2030)',
  'opened as bilateral border gate 25/6/2024': 'mở thành cửa khẩu song phương ngày 25/6/2024',
  'opened 25/6/2024 as a crossing of the Hoành Mô pair': 'mở ngày 25/6/2024, là lối thông quan thuộc cặp cửa khẩu Hoành Mô',
};

/**
 * The status in the UI language, and the language it is written in (for the `lang` attribute).
 * @example siteStatus('vi', 'listed (2013)') // { text: 'có trong danh mục (2013)', lang: 'vi' }
 */
export function siteStatus(lang: Lang, status: string): { text: string; lang: Lang } {
  if (lang === 'vi' && VI[status]) return { text: VI[status], lang: 'vi' };
  return { text: status, lang: 'en' };
}

/** Every status the table translates (a unit test checks the data has no other). */
export const TRANSLATED_STATUSES = Object.keys(VI);
