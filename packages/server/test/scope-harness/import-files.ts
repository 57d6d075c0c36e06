// The smallest file each importer accepts at upload (its header and one line): enough for a 202, so the
// upload's success path is proven; whether the line itself is good is the importers' own tests' business.
import * as XLSX from '@e965/xlsx';
import { goodRows, csvText } from '../../src/modules/population/resident-import/test-fixtures.ts';
import {
  opendkRows,
  opendkZip,
} from '../../src/modules/population/resident-import/formats/opendk/test-fixtures.ts';
import {
  exchangeZip,
  participantsCsv,
  programsCsv,
} from '../../src/modules/assistance/imports/opendk/opendk-files.ts';
import { RTM_HEADERS } from '../../src/modules/population/households/imports/rtm/layout.ts';
import {
  KK_HEADER,
  VARIABLE_HEADERS,
} from '../../src/modules/population/households/imports/housing/layout.ts';

/** OpenSID's program file with one participant: sheets Program and Peserta (SheetJS, as the reader). */
function opensidProgramFile(): Buffer {
  const workbook = XLSX.utils.book_new();
  const program = [['ID Program', ''], ['Nama Program', 'PBI-JK'], ['Sasaran Program', 1], ['###']];
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(program), 'Program');
  const peserta = [['Peserta', 'No. Peserta', 'NIK'], ['3510010101800001', '1', '3510010101800001'], ['###']];
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(peserta), 'Peserta');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

export async function minimalImportFile(
  importer: string,
): Promise<{ name: string; content: string | Buffer }> {
  switch (importer) {
    case 'residents':
      return { name: 'penduduk.csv', content: await csvText({ rows: goodRows().slice(0, 1) }) };
    case 'residents-siak':
      return {
        name: 'siak.csv',
        content:
          'Nomor KK,NIK,Nama Penduduk,Kelamin,SHDK,Tanggal Lahir\n3510011203200001,3510011205800001,SLAMET,Laki-Laki,Kepala Keluarga,12-05-1980\n',
      };
    case 'residents-bip':
      return {
        name: 'bip.csv',
        content:
          'No,Nama Lengkap,NIK,JK,SHDK\n,,,,\nNo. KK : 3510011203200001,,,,\n1,SLAMET,3510011205800001,Lk,KEPALA KELUARGA\n',
      };
    case 'households':
      return { name: 'rtm.csv', content: `${RTM_HEADERS.join(',')}\n3510010101800001,RT-01,1\n` };
    case 'housing':
      return { name: 'dtks.csv', content: `${KK_HEADER},${VARIABLE_HEADERS[0]}\n3510010101200001,1\n` };
    case 'regsosek-members':
      return {
        name: 'dtks.csv',
        content: 'no kartu keluarga,403 nik,404\n3510010101200001,3510011205800001,1\n',
      };
    case 'regsosek-families':
      return { name: 'dtks.csv', content: 'no kartu keluarga,502a\n3510010101200001,1\n' };
    case 'residents-opendk':
      return { name: 'penduduk_opendk.zip', content: await opendkZip(opendkRows().slice(0, 1)) };
    case 'assistance-plain':
      return { name: 'peserta.csv', content: 'kode_program,nik,no_kartu\nPBI-JK,3510010101800001,1\n' };
    case 'assistance-opensid':
      return { name: 'program.xlsx', content: opensidProgramFile() };
    case 'assistance-opendk':
      return {
        name: 'program_bantuan_opendk.zip',
        content: exchangeZip(
          programsCsv([{ desa_id: '35.10.01.2001', id: 1, nama: 'PBI-JK', sasaran: 1 }]),
          participantsCsv([
            { desa_id: '35.10.01.2001', id: 1, peserta: '3510010101800001', program_id: 1, sasaran: 1 },
          ]),
        ),
      };
    case 'assistance-distributions':
      return {
        name: 'penyaluran.csv',
        content: `ID Kepesertaan,Kode Program,Siklus,Diterima (Ya/Tidak)\n00000000-0000-4000-8000-000000000001,PKH,2026-T1,Ya\n`,
      };
    default:
      throw new Error(`no minimal file for the importer "${importer}": add one in import-files.ts`);
  }
}
