import { AGAMA, CARA_KB, KK_LEVEL, PENDIDIKAN_SEDANG, SEX, STATUS_REKAM } from '@smart-kampung/domain';
import { describe, expect, it } from 'vitest';
import { codeLabel } from './codeLists.ts';
import { labelText, sexLabel } from './codeLabel.ts';

const lists = {
  sex: [...SEX],
  agama: [...AGAMA],
  kk_level: [...KK_LEVEL],
  cara_kb: [...CARA_KB],
  atap: [{ code: 3, id: 'Seng', en: 'Zinc' }],
};

describe('code labels', () => {
  it('shows every registry list in capitals in Indonesian, whatever casing the list uses', () => {
    expect(labelText(AGAMA[6]!, 'id', 'agama')).toBe('KEPERCAYAAN TERHADAP TUHAN YME / LAINNYA');
    expect(labelText(CARA_KB[0]!, 'id', 'cara_kb')).toBe('PIL');
    // The lists' odd spacing ("SEDANG  D-1/SEDERAJAT", "BELUM WAJIB ") is tidied.
    expect(labelText(PENDIDIKAN_SEDANG[7]!, 'id', 'pendidikan_sedang')).toBe('SEDANG D-1/SEDERAJAT');
    expect(labelText(STATUS_REKAM[0]!, 'id', 'status_rekam')).toBe('BELUM WAJIB');
    expect(labelText(KK_LEVEL[0]!, 'en', 'kk_level')).toBe('Head of family');
  });

  it('shows a Regsosek housing label as its questionnaire writes it', () => {
    expect(codeLabel(lists, 'atap', 3, 'id')).toBe('Seng');
    expect(labelText({ id: ' 900  watt', en: '900 watts' }, 'id', 'daya_1')).toBe('900 watt');
  });

  it('gives sex the same text from the domain list as from the server lists, in both languages', () => {
    for (const language of ['id', 'en'] as const)
      for (const code of [1, 2])
        expect(sexLabel(code, language)).toBe(codeLabel(lists, 'sex', code, language));
    expect(sexLabel(2, 'id')).toBe('PEREMPUAN');
    expect(sexLabel('1', 'en')).toBe('Male');
    expect(sexLabel(9, 'id')).toBe('9');
  });

  it('labels the list and the record through the same rule', () => {
    expect(codeLabel(lists, 'cara_kb', 1, 'id')).toBe('PIL');
    expect(codeLabel(lists, 'agama', 7, 'id')).toBe('KEPERCAYAAN TERHADAP TUHAN YME / LAINNYA');
    expect(codeLabel(null, 'agama', 7, 'id')).toBe('7');
    expect(codeLabel(lists, 'agama', null, 'id')).toBeNull();
  });
});
