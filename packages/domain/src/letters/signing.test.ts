import { describe, expect, it } from 'vitest';
import { positionLabel } from './positions.ts';
import {
  officialOnDuty,
  resolveSigner,
  type Delegation,
  type Official,
  type SigningQuestion,
} from './signing.ts';

const head: Official = {
  id: 'head',
  position: 'kepala_desa',
  positionTitle: 'Kepala Desa',
  fullName: 'Suyanto',
  nip: null,
  niap: '3510012001001',
  termStart: '2020-01-01',
  termEnd: '2026-12-31',
  acting: null,
  active: true,
};
const secretary: Official = {
  ...head,
  id: 'sekdes',
  position: 'sekretaris_desa',
  positionTitle: 'Sekretaris Desa',
  fullName: 'Siti Aminah',
  nip: '198701012010012001',
  niap: null,
};
const kaurUmum: Official = {
  ...head,
  id: 'kaur',
  position: 'kaur_tata_usaha_umum',
  positionTitle: 'Kaur Tata Usaha dan Umum',
  fullName: 'Bambang',
  niap: null,
};

const perbup: Delegation = {
  id: 'perbup-12',
  areaCode: '35.10',
  authority: 'bupati',
  mode: 'mandat',
  letterTypeCodes: ['rekomendasi-rtlh'],
  regulationNumber: 'Peraturan Bupati Banyuwangi Nomor 12 Tahun 2025',
  regulationDate: '2025-02-03',
  validFrom: '2025-03-01',
  validTo: null,
  signingPosition: 'kepala_desa',
};

const question = (over: Partial<SigningQuestion> = {}): SigningQuestion => ({
  letterType: { code: 'keterangan-domisili', name: 'Keterangan Domisili', authority: 'kepala_desa' },
  village: {
    code: '35.10.01.2001',
    name: 'Sarongan',
    kind: 'desa',
    districtName: 'Pesanggaran',
    regencyName: 'Banyuwangi',
  },
  date: '2026-03-09',
  delegations: [perbup],
  officials: [head, secretary, kaurUmum],
  villageSigningPosition: 'kepala_desa',
  ...over,
});

const rtlh = { code: 'rekomendasi-rtlh', name: 'Rekomendasi RTLH', authority: 'bupati' } as const;

describe("the village's own letters", () => {
  it('are signed by the head in their own name', () => {
    const decision = resolveSigner(question());
    expect(decision).toEqual({
      ok: true,
      signer: {
        officialId: 'head',
        name: 'Suyanto',
        idLine: 'NIAP. 3510012001001',
        post: 'Kepala Desa Sarongan',
        block: ['Kepala Desa Sarongan'],
        basis: null,
      },
    });
  });

  it('are signed a.n. the head by the secretary, and a.n. … u.b. by a kaur', () => {
    const bySecretary = resolveSigner(question({ villageSigningPosition: 'sekretaris_desa' }));
    expect(bySecretary.ok && bySecretary.signer).toMatchObject({
      name: 'Siti Aminah',
      idLine: 'NIP. 198701012010012001',
      post: 'Sekretaris Desa Sarongan',
      block: ['a.n. Kepala Desa Sarongan', 'Sekretaris Desa'],
    });
    const byKaur = resolveSigner(question({ villageSigningPosition: 'kaur_tata_usaha_umum' }));
    expect(byKaur.ok && byKaur.signer.post).toBe('Kaur Tata Usaha dan Umum Desa Sarongan');
    expect(byKaur.ok && byKaur.signer.block).toEqual([
      'a.n. Kepala Desa Sarongan',
      'Sekretaris Desa',
      'u.b.',
      'Kaur Tata Usaha dan Umum',
    ]);
  });

  it('are signed by an acting head with Plt. or Plh.', () => {
    const plt: Official = {
      ...head,
      id: 'plt',
      fullName: 'Joko',
      acting: 'plt',
      termStart: '2027-01-01',
      termEnd: null,
    };
    const decision = resolveSigner(question({ date: '2027-02-01', officials: [head, plt] }));
    expect(decision.ok && decision.signer).toMatchObject({
      name: 'Joko',
      block: ['Plt. Kepala Desa Sarongan'],
    });
  });

  it('are refused when nobody holds the signing position on the date', () => {
    expect(resolveSigner(question({ date: '2027-02-01' }))).toEqual({
      ok: false,
      refusal: { kind: 'no_official', position: 'kepala_desa' },
    });
  });
});

describe("letters of the regent's authority", () => {
  it('are signed a.n. the regent under a mandate, citing the regulation', () => {
    const decision = resolveSigner(question({ letterType: rtlh }));
    expect(decision.ok && decision.signer).toMatchObject({
      name: 'Suyanto',
      block: ['a.n. Bupati Banyuwangi', 'Kepala Desa Sarongan'],
      basis: {
        delegationId: 'perbup-12',
        text: 'Berdasarkan Peraturan Bupati Banyuwangi Nomor 12 Tahun 2025 tanggal 3 Februari 2025 (mandat dari Bupati Banyuwangi)',
      },
    });
  });

  it('are signed in the head’s own name under a delegation, and by whom the delegation names', () => {
    const delegasi = { ...perbup, mode: 'delegasi' as const, signingPosition: 'sekretaris_desa' as const };
    const decision = resolveSigner(question({ letterType: rtlh, delegations: [delegasi] }));
    expect(decision.ok && decision.signer.block).toEqual(['a.n. Kepala Desa Sarongan', 'Sekretaris Desa']);
  });

  it('are refused where no delegation reaches: another district, another type, before or after it', () => {
    const refused = { ok: false, refusal: { kind: 'not_delegated', authority: 'bupati' } };
    const elsewhere = { ...perbup, areaCode: '35.10.02' };
    expect(resolveSigner(question({ letterType: rtlh, delegations: [elsewhere] }))).toEqual(refused);
    expect(resolveSigner(question({ letterType: { ...rtlh, code: 'other' } }))).toEqual(refused);
    expect(resolveSigner(question({ letterType: rtlh, date: '2025-02-28' }))).toEqual(refused);
    const ended = { ...perbup, validTo: '2026-01-31' };
    expect(resolveSigner(question({ letterType: rtlh, delegations: [ended] }))).toEqual(refused);
    expect(resolveSigner(question({ letterType: { ...rtlh, authority: 'camat' } }))).toEqual({
      ok: false,
      refusal: { kind: 'not_delegated', authority: 'camat' },
    });
  });

  it('follow the most specific delegation: a village’s own beats the regency’s', () => {
    const ownVillage = {
      ...perbup,
      id: 'village-only',
      areaCode: '35.10.01.2001',
      mode: 'delegasi' as const,
    };
    const decision = resolveSigner(question({ letterType: rtlh, delegations: [perbup, ownVillage] }));
    expect(decision.ok && decision.signer.basis?.delegationId).toBe('village-only');
  });
});

describe('officialOnDuty', () => {
  it('prefers a Plh. standing in over the holder, and ignores inactive officials and ended terms', () => {
    const plh: Official = {
      ...head,
      id: 'plh',
      acting: 'plh',
      termStart: '2026-03-01',
      termEnd: '2026-03-15',
    };
    expect(officialOnDuty([head, plh], 'kepala_desa', '2026-03-09')?.id).toBe('plh');
    expect(officialOnDuty([head, plh], 'kepala_desa', '2026-03-16')?.id).toBe('head');
    expect(officialOnDuty([{ ...head, active: false }], 'kepala_desa', '2026-03-09')).toBeNull();
  });
});

describe('a kelurahan', () => {
  const ward = {
    code: '35.10.21.1001',
    name: 'Penganjuran',
    kind: 'kelurahan' as const,
    districtName: 'Banyuwangi',
    regencyName: 'Banyuwangi',
  };
  const lurah: Official = { ...head, positionTitle: 'Lurah', nip: '197001011990031001', niap: null };
  const sekkel: Official = { ...secretary, positionTitle: 'Sekretaris Kelurahan' };
  const kasi: Official = {
    ...head,
    id: 'kasi',
    position: 'kasi_pelayanan',
    positionTitle: 'Kepala Seksi Pelayanan Umum',
    fullName: 'Dewi',
  };
  const officials = [lurah, sekkel, kasi];

  it('is headed by a Lurah, and its secretary and section heads sign with the kelurahan’s post names', () => {
    const signed = (position: Official['position']) =>
      resolveSigner(question({ village: ward, officials, villageSigningPosition: position }));
    expect(signed('kepala_desa')).toMatchObject({
      ok: true,
      signer: { post: 'Lurah Penganjuran', block: ['Lurah Penganjuran'], idLine: 'NIP. 197001011990031001' },
    });
    expect(signed('sekretaris_desa')).toMatchObject({
      ok: true,
      signer: {
        post: 'Sekretaris Kelurahan Penganjuran',
        block: ['a.n. Lurah Penganjuran', 'Sekretaris Kelurahan'],
      },
    });
    expect(signed('kasi_pelayanan')).toMatchObject({
      ok: true,
      signer: {
        block: ['a.n. Lurah Penganjuran', 'Sekretaris Kelurahan', 'u.b.', 'Kepala Seksi Pelayanan Umum'],
      },
    });
  });

  it('names its posts as a kelurahan does', () => {
    expect(positionLabel('kepala_desa', 'kelurahan').id).toBe('Lurah');
    expect(positionLabel('sekretaris_desa', 'kelurahan').id).toBe('Sekretaris Kelurahan');
    expect(positionLabel('kepala_dusun', 'kelurahan').id).toBe('Kepala Lingkungan');
    expect(positionLabel('sekretaris_desa', 'desa').id).toBe('Sekretaris Desa');
  });
});
