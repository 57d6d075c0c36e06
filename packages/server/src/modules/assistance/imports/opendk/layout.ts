// OpenDK's program exchange (OpenSID/OpenDK app/Imports/SinkronBantuan.php and SinkronPesertaBantuan.php, the
// template storage/app/public/template_upload/program_bantuan_31_05_2022_opendk.zip): two UTF-8 CSVs with a
// byte-order mark, the programs (`desa_id,id,nama,sasaran,ndesc,sdate,edate,userid,status,asaldana`) and
// their participants (`desa_id,id,peserta,program_id,no_id_kartu,kartu_nik,kartu_nama,kartu_tempat_lahir,
// kartu_tanggal_lahir,kartu_alamat,kartu_peserta,kartu_id_pend,sasaran`), desa_id dotted, descriptions and
// addresses quoted over several lines. OpenDK takes them zipped together (its manual import) or each in a
// zip of its own (OpenSID's sync); this importer takes the zip of both, or the participants' CSV alone.
import type { SheetLayout } from '../../../../platform/sheets/read-sheet.ts';

export const OPENDK_PARTICIPANT_HEADERS = [
  'desa_id',
  'id',
  'peserta',
  'program_id',
  'no_id_kartu',
  'kartu_nik',
  'kartu_nama',
  'kartu_tempat_lahir',
  'kartu_tanggal_lahir',
  'kartu_alamat',
  'kartu_peserta',
  'kartu_id_pend',
  'sasaran',
] as const;
export type OpendkParticipantHeader = (typeof OPENDK_PARTICIPANT_HEADERS)[number];

export const OPENDK_PROGRAM_HEADERS = [
  'desa_id',
  'id',
  'nama',
  'sasaran',
  'ndesc',
  'sdate',
  'edate',
  'userid',
  'status',
  'asaldana',
] as const;
export type OpendkProgramHeader = (typeof OPENDK_PROGRAM_HEADERS)[number];

export const OPENDK_PROGRAM_LAYOUT: SheetLayout<OpendkParticipantHeader> = {
  sheetName: 'peserta',
  formatName: { id: 'format program bantuan OpenDK', en: "OpenDK's program exchange format" },
  headers: OPENDK_PARTICIPANT_HEADERS,
  required: ['desa_id', 'peserta', 'program_id'],
  rowNoun: { id: 'data peserta', en: 'participant rows' },
  acceptsZip: true,
  companion: {
    headers: OPENDK_PROGRAM_HEADERS,
    required: ['desa_id', 'id', 'nama', 'sasaran'],
    formatName: { id: 'berkas program OpenDK', en: "OpenDK's program file" },
    rowNoun: { id: 'data program', en: 'program rows' },
  },
};
