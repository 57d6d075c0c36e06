// Reads OpenSID's real import template when the shared samples are present (they are not part of the
// repository). Its example row holds values the template itself does not allow; they must be reported.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { importFile } from './test-fixtures.ts';

const templatePath = new URL(
  '../../../../../../../shared/samples/opensid/FormatImporExcel.xlsm',
  import.meta.url,
);
const present = existsSync(templatePath);
const village = '35.10.01.2001';

let t: TestApp;
let operator: TestUser;
beforeAll(async () => {
  if (!present) return;
  t = await buildTestApp();
  operator = await t.createUser('village_operator', village);
});
afterAll(async () => {
  if (present) await t.close();
});

describe('OpenSID FormatImporExcel.xlsm', () => {
  it.skipIf(!present)(
    '(skipped when ../shared/samples/opensid/FormatImporExcel.xlsm is absent) reads the real template and reports its example row',
    async () => {
      const job = await importFile(operator, village, 'FormatImporExcel.xlsm', readFileSync(templatePath));
      expect(job).toMatchObject({ status: 'ready', totalRows: 1, errorRows: 1 });
      const res = await operator.request({
        method: 'GET',
        url: `/api/villages/${village}/imports/${job.id}/rows?kind=errors`,
      });
      const row = res.json<{ items: { lineNo: number; errors: { code: string; field: string }[] }[] }>()
        .items[0]!;
      expect(row.lineNo).toBe(2);
      const reported = row.errors.map((e) => `${e.code}:${e.field}`);
      // A 16-digit number where the passport expiry date belongs, a date where the birth certificate number belongs,
      // and a NIK whose date part (88/88/88) is no date.
      expect(reported.sort()).toEqual([
        'DATE_INVALID:tanggal_akhir_paspor',
        'DATE_IN_TEXT_COLUMN:akta_lahir',
        'NIK_DATE_INVALID:nik',
      ]);
    },
  );
});
