// The smallest file each importer accepts at upload (its header and one line): enough for a 202, so the
// upload's success path is proven; whether the line itself is good is the importers' own tests' business.
import { goodRows, csvText } from '../../src/modules/population/resident-import/test-fixtures.ts';
import { RTM_HEADERS } from '../../src/modules/population/households/imports/rtm/layout.ts';
import {
  KK_HEADER,
  VARIABLE_HEADERS,
} from '../../src/modules/population/households/imports/housing/layout.ts';

export async function minimalImportFile(importer: string): Promise<{ name: string; content: string }> {
  switch (importer) {
    case 'residents':
      return { name: 'penduduk.csv', content: await csvText({ rows: goodRows().slice(0, 1) }) };
    case 'households':
      return { name: 'rtm.csv', content: `${RTM_HEADERS.join(',')}\n3510010101800001,RT-01,1\n` };
    case 'housing':
      return { name: 'dtks.csv', content: `${KK_HEADER},${VARIABLE_HEADERS[0]}\n3510010101200001,1\n` };
    default:
      throw new Error(`no minimal file for the importer "${importer}": add one in import-files.ts`);
  }
}
