// What an NTM record states, in Vietnamese (the data's own `detail` notes are English summaries).

/** NTM record statuses in Vietnamese. */
export const NTM_STATUS_VI: Record<string, string> = {
  criteria_progress: 'Tiến độ các tiêu chí NTM',
  district_dat_chuan: 'Huyện đạt chuẩn NTM',
  district_nang_cao: 'Huyện đạt chuẩn NTM nâng cao',
  kieu_mau: 'Đạt chuẩn NTM kiểu mẫu',
  nang_cao: 'Đạt chuẩn NTM nâng cao',
  dat_chuan: 'Đạt chuẩn NTM',
  province_all_communes_dat_chuan: 'Mọi xã của tỉnh đạt chuẩn NTM',
};
