// Positions of village government (perangkat desa, Permendagri 84/2015 as amended): the village head, the
// secretary, the heads of affairs (kaur) under the secretary, the heads of sections (kasi), hamlet heads.
// A signature block depends on where the signing position sits: the secretary signs "a.n." (on behalf of)
// the head; a kaur or kasi signs "a.n." the head and "u.b." (for him/her) the secretary.

export const OFFICIAL_POSITIONS = [
  'kepala_desa',
  'sekretaris_desa',
  'kaur_tata_usaha_umum',
  'kaur_keuangan',
  'kaur_perencanaan',
  'kasi_pemerintahan',
  'kasi_kesejahteraan',
  'kasi_pelayanan',
  'kepala_dusun',
  'staf',
] as const;
export type OfficialPosition = (typeof OFFICIAL_POSITIONS)[number];

export const POSITION_LABELS: Record<OfficialPosition, { id: string; en: string }> = {
  kepala_desa: { id: 'Kepala Desa', en: 'Village head' },
  sekretaris_desa: { id: 'Sekretaris Desa', en: 'Village secretary' },
  kaur_tata_usaha_umum: { id: 'Kepala Urusan Tata Usaha dan Umum', en: 'Head of administration' },
  kaur_keuangan: { id: 'Kepala Urusan Keuangan', en: 'Head of finance' },
  kaur_perencanaan: { id: 'Kepala Urusan Perencanaan', en: 'Head of planning' },
  kasi_pemerintahan: { id: 'Kepala Seksi Pemerintahan', en: 'Head of government section' },
  kasi_kesejahteraan: { id: 'Kepala Seksi Kesejahteraan', en: 'Head of welfare section' },
  kasi_pelayanan: { id: 'Kepala Seksi Pelayanan', en: 'Head of services section' },
  kepala_dusun: { id: 'Kepala Dusun', en: 'Hamlet head' },
  staf: { id: 'Staf', en: 'Staff' },
};

export type VillageKind = 'desa' | 'kelurahan';

/**
 * A kelurahan is an urban ward headed by a Lurah (a civil servant), with a Sekretaris Kelurahan and heads of
 * sections; it has no kaur and no hamlets (its neighbourhoods are lingkungan). The same positions print with
 * the kelurahan's names there.
 */
export const KELURAHAN_POSITION_LABELS: Record<OfficialPosition, { id: string; en: string }> = {
  kepala_desa: { id: 'Lurah', en: 'Ward head (lurah)' },
  sekretaris_desa: { id: 'Sekretaris Kelurahan', en: 'Ward secretary' },
  kaur_tata_usaha_umum: { id: 'Kepala Subbagian Umum', en: 'Head of general affairs' },
  kaur_keuangan: { id: 'Bendahara Kelurahan', en: 'Ward treasurer' },
  kaur_perencanaan: { id: 'Kepala Seksi Pemberdayaan Masyarakat', en: 'Head of community development' },
  kasi_pemerintahan: { id: 'Kepala Seksi Pemerintahan', en: 'Head of government section' },
  kasi_kesejahteraan: { id: 'Kepala Seksi Kesejahteraan Sosial', en: 'Head of social welfare section' },
  kasi_pelayanan: { id: 'Kepala Seksi Pelayanan Umum', en: 'Head of public services section' },
  kepala_dusun: { id: 'Kepala Lingkungan', en: 'Neighbourhood head' },
  staf: { id: 'Staf', en: 'Staff' },
};

/** The post's name as a desa or a kelurahan calls it. */
export function positionLabel(position: OfficialPosition, kind: VillageKind): { id: string; en: string } {
  return (kind === 'kelurahan' ? KELURAHAN_POSITION_LABELS : POSITION_LABELS)[position];
}

/** How far below the head a position signs: 0 the head, 1 the secretary, 2 everyone under the secretary. */
export function signingDistance(position: OfficialPosition): 0 | 1 | 2 {
  if (position === 'kepala_desa') return 0;
  if (position === 'sekretaris_desa') return 1;
  return 2;
}

export const AUTHORITIES = ['kepala_desa', 'camat', 'bupati'] as const;
export type Authority = (typeof AUTHORITIES)[number];

export const AUTHORITY_LABELS: Record<Authority, { id: string; en: string }> = {
  kepala_desa: { id: 'Kepala Desa', en: 'the village head' },
  camat: { id: 'Camat', en: 'the district head (camat)' },
  bupati: { id: 'Bupati', en: 'the regent (bupati)' },
};

/** The village head's title as a village or an urban ward (kelurahan) calls it. */
export function headTitle(villageKind: VillageKind): string {
  return positionLabel('kepala_desa', villageKind).id;
}
