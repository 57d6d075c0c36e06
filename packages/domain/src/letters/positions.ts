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
export function headTitle(villageKind: 'desa' | 'kelurahan'): string {
  return villageKind === 'kelurahan' ? 'Lurah' : 'Kepala Desa';
}
