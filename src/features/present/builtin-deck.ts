// The built-in deck "Quảng Ninh — development plan overview", told from the seed articles and the
// cited fact tables. Numbers are never typed into captions: they are figures looked up in
// facts.json (value, unit, year, source), or statements backed by a listed source.
import type { Lang } from '../../i18n';
import { DECK_FORMAT, DECK_VERSION, DEFAULT_LAYERS, type Deck, type FigureRef, type MapViewState, type Slide } from '../../lib/deck/types';

type Text = Record<Lang, string>;
interface BuiltinSlide {
  title: Text;
  caption: Text;
  notes: Text;
  view: Partial<MapViewState>;
  sources?: string[];
  figures?: FigureRef[];
}

const base = (): MapViewState => ({
  camera: null,
  adminVersion: '2025',
  layers: { ...DEFAULT_LAYERS, sites: false },
  theme: { id: 'none', year: null, method: 'quantile', classes: 5 },
  filters: [],
  selected: null,
});

const SLIDES: BuiltinSlide[] = [
  {
    title: { vi: 'Tỉnh Quảng Ninh và 54 đơn vị cấp xã từ 1/7/2025', en: 'Quảng Ninh and its 54 commune-level units since 1 July 2025' },
    caption: {
      vi: 'Từ 1/7/2025, 171 xã, phường, thị trấn cũ được sắp xếp thành 54 xã, phường và đặc khu; cấp huyện không còn.',
      en: 'Since 1 July 2025 the 171 former communes, wards and townships form 54 communes, wards and special zones; the district level is gone.',
    },
    notes: {
      vi: 'Mở đầu: ranh giới mới, bấm vào một xã để xem nó được hình thành từ những xã cũ nào.',
      en: 'Opening: the new boundaries; click a unit to see which former communes formed it.',
    },
    view: { selected: { kind: 'province', code: '22' } },
    sources: ['boundaries_2025', 'crosswalk_2025'],
  },
  {
    title: { vi: 'Nông thôn mới trên các xã', en: 'New Rural Development across the communes' },
    caption: {
      vi: 'Màu theo mức nông thôn mới mà mọi xã cũ hợp thành đều đạt; chấm đậm: có xã cũ đạt NTM kiểu mẫu. Một phường mới được tô theo các xã cũ của nó; phường và thị trấn cũ không xét NTM. Số xã toàn tỉnh bên dưới đếm các xã cũ trước sáp nhập, nên khác số đơn vị mới được tô: một đơn vị chỉ được tô khi mọi xã cũ của nó đều có bản ghi.',
      en: 'Colour by the NTM level every former commune reached; dots: at least one former model (kiểu mẫu) commune. A new ward is coloured by its former communes; former wards and townships are outside NTM. The province counts below are of former communes before the mergers, so they differ from the number of new units coloured: a unit is coloured only when every one of its former communes has a record.',
    },
    notes: {
      vi: 'Số xã toàn tỉnh giai đoạn 2016–2020, từ bài báo nguồn 003 (bản lưu có câu trích). Bản đồ tô 54 đơn vị mới, không phải các xã cũ.',
      en: 'Province commune counts for 2016–2020, from seed article 003 (its stored copy holds the quote). The map colours the 54 new units, not the former communes.',
    },
    view: { theme: { id: 'ntm', year: null, method: 'quantile', classes: 5 } },
    // Seed 003 (stored copy): 98/98 communes NTM and 48 NTM nâng cao in 2016–2020.
    figures: [
      { level: 'province', code: '22', indicator: 'other', year: 2022, note: 'communes recognised NTM in 2016-2020' },
      { level: 'province', code: '22', indicator: 'other', year: 2022, note: 'communes recognised NTM nâng cao in 2016-2020' },
    ],
  },
  {
    title: { vi: 'Đông Triều: thị xã nông thôn mới kiểu mẫu', en: 'Đông Triều: the model NTM town' },
    caption: {
      vi: 'Đông Triều là địa phương đầu tiên của tỉnh đạt chuẩn nông thôn mới và được nêu là thị xã NTM kiểu mẫu đầu tiên; từ 1/11/2024 là thành phố.',
      en: 'Đông Triều was the province’s first locality to meet the NTM standard and is described as the first model NTM town; a city since 1 November 2024.',
    },
    notes: {
      vi: 'Bảng bên phải liệt kê các mốc NTM với nguồn; chưa có quyết định công nhận kiểu mẫu trong nguồn.',
      en: 'The panel lists the NTM milestones with sources; no formal kiểu mẫu decision is in the sources.',
    },
    view: { adminVersion: '2020', camera: { center: [106.5787, 21.1179], zoom: 9.9, bearing: 0, pitch: 0 }, selected: { kind: 'district', code: '205' } },
    figures: [{ level: 'district', code: '205', indicator: 'income_per_capita', year: 2023 }],
  },
  {
    title: { vi: 'Đầm Hà: huyện NTM nâng cao đầu tiên', en: 'Đầm Hà: the first NTM nâng cao district' },
    caption: {
      vi: 'Đầm Hà (cùng Tiên Yên) là những huyện đầu tiên cả nước được công nhận đạt chuẩn nông thôn mới nâng cao.',
      en: 'Đầm Hà (with Tiên Yên) were the first districts in the country recognised as NTM nâng cao (advanced).',
    },
    notes: {
      vi: 'Năm công nhận nâng cao không có trong đoạn trích; năm đạt chuẩn: Quyết định 1826/QĐ-TTg (2021).',
      en: 'The year of the nâng cao recognition is not in the excerpt; standard NTM: Decision 1826/QĐ-TTg (2021).',
    },
    view: { adminVersion: '2020', camera: { center: [107.5775, 21.3609], zoom: 9.9, bearing: 0, pitch: 0 }, selected: { kind: 'district', code: '200' } },
    figures: [
      { level: 'district', code: '200', indicator: 'income_per_capita', year: 2023 },
      { level: 'district', code: '200', indicator: 'new_enterprises', year: 2023 },
    ],
  },
  {
    title: { vi: 'Khu kinh tế cửa khẩu Móng Cái và vai trò của Hải Hà', en: 'The Móng Cái border-gate economic zone and Hải Hà’s role' },
    caption: {
      vi: 'Khu kinh tế trải từ Móng Cái sang Hải Hà, nơi có khu công nghiệp cảng biển Hải Hà. Ranh giới trên bản đồ là gần đúng.',
      en: 'The zone reaches from Móng Cái into Hải Hà, home of the Hải Hà seaport industrial park. Its outline on the map is approximate.',
    },
    notes: {
      vi: 'Nhấn mạnh: đường viền gần đúng, phần biển không thể hiện. Xem bảng bên phải.',
      en: 'Stress that the outline is approximate and the sea area is not drawn. See the panel.',
    },
    view: {
      camera: { center: [107.82, 21.47], zoom: 9.6, bearing: 0, pitch: 0 },
      layers: { ...DEFAULT_LAYERS, sites: true },
      selected: { kind: 'zone', code: 'kkt_mong_cai' },
    },
    figures: [
      // Seed 002: the city's party secretary, 2021 (preferred over a travel site's 2022 figure).
      { level: 'district', code: '194', indicator: 'import_export_turnover', year: 2021 },
      { level: 'district', code: '201', indicator: 'fdi_attracted', year: 2023, note: 'FDI attracted' },
    ],
  },
  {
    title: { vi: 'Khu công nghiệp và cảng biển', en: 'Industrial parks and seaports' },
    caption: {
      vi: 'Các khu công nghiệp và bến cảng tập trung quanh vịnh Cửa Lục – Quảng Yên và Cái Lân. Cảng Cái Lân, Hòn Gai và Cẩm Phả có toạ độ trích dẫn; các điểm khác đặt gần đúng theo loại (cảng trên bờ biển, khu công nghiệp trong xã/phường nguồn nêu), thẻ mỗi điểm ghi cách đặt và sai số.',
      en: 'Industrial parks and port areas cluster around Quảng Yên and Cái Lân. Cái Lân, Hòn Gai and Cẩm Phả ports have cited coordinates; other points are placed by kind (ports on the shore, parks inside the unit their source names), and each card says how and with what uncertainty.',
    },
    notes: {
      vi: 'Mở danh sách nhà đầu tư để so sánh các khu.',
      en: 'Open the investor list to compare sites.',
    },
    view: {
      camera: { center: [106.9, 20.95], zoom: 10.4, bearing: 0, pitch: 0 },
      layers: { ...DEFAULT_LAYERS, sites: true, labels: false },
      selected: { kind: 'site', code: 'port_cai_lan' },
    },
  },
  {
    title: { vi: 'Vốn đầu tư 2021–2023', en: 'Investment, 2021–2023' },
    caption: {
      vi: 'Bản đồ: vốn FDI thu hút theo huyện năm 2023; huyện không có số liệu được để trống, không tô màu.',
      en: 'Map: FDI attracted by district in 2023; districts without a figure are shown as missing, not coloured.',
    },
    notes: {
      vi: 'Vốn đầu tư thực hiện toàn xã hội 2021 là ước cả năm (vốn đã giải ngân, không phải vốn thu hút); FDI 2021 chỉ tính đến tháng 9; FDI 2023 là "trên" (cận dưới, theo nguồn).',
      en: 'The 2021 realised social investment is a full-year estimate (money spent, not investment attracted); 2021 FDI covers January–September only; 2023 FDI is "over" (a lower bound, as the source says).',
    },
    view: { adminVersion: '2020', theme: { id: 'indicator:fdi_attracted', year: 2023, method: 'quantile', classes: 5 } },
    figures: [
      { level: 'province', code: '22', indicator: 'other', year: 2021, note: 'total realised social investment' },
      { level: 'province', code: '22', indicator: 'other', year: 2021, note: 'FDI attracted Jan-Sep 2021' },
      { level: 'province', code: '22', indicator: 'fdi_attracted', year: 2023, note: 'FDI attracted, full year' },
    ],
  },
  {
    title: { vi: 'Ranh giới nào chính xác, ranh giới nào gần đúng', en: 'Which boundaries are exact, and which approximate' },
    caption: {
      vi: 'Ranh giới huyện 2020–2025 được dựng lại từ các xã 2025: 8 huyện chính xác, 5 huyện gần đúng (nét đứt, gạch chéo) vì 6 xã mới gồm đất của hai huyện cũ (Hải Hòa, Hải Lạng, Tiên Yên, Ba Chẽ, Kỳ Thượng, Lương Minh); Kỳ Thượng và Lương Minh vẽ riêng (gạch chéo), 4 xã kia được tính vào một huyện.',
      en: 'The 2020–2025 districts are rebuilt from the 2025 units: 8 exact and 5 approximate (dashed, hatched), because 6 new units hold land of two former districts (Hải Hòa, Hải Lạng, Tiên Yên, Ba Chẽ, Kỳ Thượng, Lương Minh); Kỳ Thượng and Lương Minh are drawn apart (cross-hatched), the other 4 are counted in one district.',
    },
    notes: {
      vi: 'Kết: mọi số liệu trên bản đồ đều có nguồn; xem "Nguồn dữ liệu".',
      en: 'Close: every figure on the map has a source; see "Sources".',
    },
    view: { adminVersion: '2020' },
    sources: ['districts_2020_2025'],
  },
];

/** The built-in deck in one language; ids are fixed, so links and tests can name slides. */
export function builtinDeck(lang: Lang): Deck {
  const slides: Slide[] = SLIDES.map((s, i) => ({
    id: `builtin-${i + 1}`,
    title: s.title[lang],
    caption: s.caption[lang],
    notes: s.notes[lang],
    view: { ...base(), ...s.view },
    sources: s.sources ?? [],
    figures: s.figures ?? [],
  }));
  return {
    format: DECK_FORMAT,
    version: DECK_VERSION,
    title: lang === 'vi' ? 'Quảng Ninh — tổng quan quy hoạch phát triển' : 'Quảng Ninh — development plan overview',
    slides,
  };
}
