// Message keys for administrative unit types.
import type { MessageKey } from '../../i18n';
import type { DistrictType, OldCommuneType, UnitType2025 } from '../../lib/data/unit-index-types';

export const typeKey: Record<UnitType2025 | DistrictType | OldCommuneType, MessageKey> = {
  phuong: 'typePhuong',
  xa: 'typeXa',
  dac_khu: 'typeDacKhu',
  thi_tran: 'typeThiTran',
  thanh_pho: 'typeThanhPho',
  thi_xa: 'typeThiXa',
  huyen: 'typeHuyen',
};
