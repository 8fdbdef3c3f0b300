// Each data source's short credit in the reader's language (the data stores the Vietnamese one).
import type { Lang } from './index';

const EN: Record<string, string> = {
  boundaries_2025: 'Administrative boundaries: sapnhap.bando.com.vn via thanglequoc/vietnamese-provinces-database (MIT)',
  districts_2020_2025: 'Districts 2020–2025: rebuilt from the 2025 boundaries (some approximate)',
  crosswalk_2025: 'Mergers: dvhcvn/20250701 (MIT)',
  dvhcvn: 'Unit codes: daohoangson/dvhcvn (GSO)',
  natural_earth: 'Made with Natural Earth',
  economic_zones: 'Economic zones: approximate, built from the 2025 boundaries',
};

/** A source's credit for the language; English falls back to the stored text for an unknown source. */
export function sourceCredit(lang: Lang, source: { id: string; attribution: string }): string {
  return lang === 'en' ? (EN[source.id] ?? source.attribution) : source.attribution;
}

/** Title, origin, licence and vintage of each data source in Vietnamese (the data stores them in English). */
export const SOURCE_TEXTS_VI: Record<string, { title: string; origin: string; licence: string; vintage: string }> = {
  boundaries_2025: {
    title: 'Ranh giới 54 đơn vị hành chính cấp xã tỉnh Quảng Ninh (từ 1/7/2025)',
    origin:
      'Bản đồ tham khảo ĐVHC Việt Nam (sapnhap.bando.com.vn, NXB Tài nguyên – Môi trường và Bản đồ Việt Nam), qua github thanglequoc/vietnamese-provinces-database @ cd58063 (2026-08-02)',
    licence: 'MIT (kho mã); hình học gốc lấy từ cổng thông tin nhà nước, không nêu giấy phép mở',
    vintage: 'Sắp xếp năm 2025 (NQ 1679/NQ-UBTVQH15, hiệu lực 1/7/2025), thu thập năm 2026',
  },
  districts_2020_2025: {
    title: '13 đơn vị cấp huyện giai đoạn 2020–2025, dựng lại bằng hợp các đơn vị 2025 (8 chính xác, 5 gần đúng, 2 vùng hỗn hợp)',
    origin: 'Dựng trong quy trình xử lý dữ liệu của dự án từ boundaries_2025 và crosswalk_2025',
    licence: 'Như dữ liệu đầu vào',
    vintage: 'Trạng thái ngày 01/03/2025',
  },
  crosswalk_2025: {
    title: 'Bảng chuyển đổi xã cũ → đơn vị 2025 (171 → 54)',
    origin: 'github dvhcvn/20250701 @ dd94887 (2025-07-12), từ 34 nghị quyết NQ UBTVQH15',
    licence: 'MIT',
    vintage: '2025-07-12',
  },
  dvhcvn: {
    title: 'Tên và mã của 13 huyện và 171 xã (trạng thái 01/03/2025)',
    origin: 'github daohoangson/dvhcvn data/dvhcvn.json @ eaddcea (dịch vụ web của Tổng cục Thống kê)',
    licence: 'GPL-3.0 (kho mã); tên và mã là thông tin chính thức',
    vintage: '01/03/2025',
  },
  natural_earth: {
    title: 'Nền đất liền và Trung Quốc, ranh giới quốc gia tỉ lệ 1:10m',
    origin: 'Natural Earth v4.1.0 qua npm world-atlas@2.0.2, cắt theo khung 105.5,20.0,109.0,22.6',
    licence: 'Phạm vi công cộng (Natural Earth); đóng gói ISC',
    vintage: 'v4.1.0',
  },
  economic_zones: {
    title: 'Khu kinh tế (ranh giới phần đất liền gần đúng, dựng từ đơn vị 2025) với diện tích chính thức',
    origin: 'Thành phần theo QĐ 19/2012/QĐ-TTg, QĐ 368/QĐ-TTg (2021), QĐ 120/2007/QĐ-TTg; ranh giới dựng trong quy trình xử lý dữ liệu của dự án',
    licence: 'Dữ liệu dẫn xuất; các quyết định là văn bản công khai',
    vintage: '2021',
  },
};

/** A source's title, origin, licence and vintage in the reader's language. */
export function sourceTexts(lang: Lang, source: { id: string; title: string; origin: string; licence: string; vintage: string }) {
  const vi = lang === 'vi' ? SOURCE_TEXTS_VI[source.id] : undefined;
  return vi ?? { title: source.title, origin: source.origin, licence: source.licence, vintage: source.vintage };
}
