import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './client.ts';
import { applyHouseholdImport, householdImportFormData, reportOfRefusal } from './householdImport.ts';

const file = new File(['NIK,NOMOR RUMAH TANGGA,STATUS HUBUNGAN DALAM RUMAH TANGGA\n'], 'rtm.csv', {
  type: 'text/csv',
});

const report = {
  committed: false,
  rows: 1,
  households: { create: 0, update: 0, unchanged: 0 },
  familiesMoved: 0,
  issues: [
    {
      lineNo: 2,
      field: 'nik',
      level: 'error',
      code: 'NIK_NOT_FOUND',
      message: 'NIK tidak terdaftar',
      message_en: 'NIK not registered',
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('household import form data', () => {
  it('sends only the file for a check', () => {
    const form = householdImportFormData(file, false);
    expect([...form.keys()]).toEqual(['file']);
    expect((form.get('file') as File).name).toBe('rtm.csv');
  });

  it('puts commit=true before the file when applying', () => {
    const form = householdImportFormData(file, true);
    expect([...form.keys()]).toEqual(['commit', 'file']);
    expect(form.get('commit')).toBe('true');
  });
});

describe('a refused commit', () => {
  it('carries the fresh report of a 409 IMPORT_HAS_ERRORS', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>().mockResolvedValue(
        new Response(
          JSON.stringify({
            status: 409,
            code: 'IMPORT_HAS_ERRORS',
            message_id: 'Masih ada kesalahan',
            report,
          }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const failure = await applyHouseholdImport('35.10.01.2001', file).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(reportOfRefusal(failure)).toEqual(report);
  });

  it('is not a report for other failures or a malformed body', () => {
    const other = new ApiError({ message: 'x', code: 'FORBIDDEN', status: 403, body: { report } as object });
    expect(reportOfRefusal(other)).toBeNull();
    const malformed = new ApiError({
      message: 'x',
      code: 'IMPORT_HAS_ERRORS',
      status: 409,
      body: { report: { rows: 1 } } as object,
    });
    expect(reportOfRefusal(malformed)).toBeNull();
    expect(reportOfRefusal(new Error('network'))).toBeNull();
  });
});
