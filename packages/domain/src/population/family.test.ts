import { describe, expect, it } from 'vitest';
import { validateFamily } from './family.ts';

const HEAD = 1;
const WIFE = 3;
const CHILD = 4;

describe('validateFamily', () => {
  it('accepts exactly one head of family', () => {
    const result = validateFamily({
      members: [
        { nik: '3510010506900001', relationshipCode: HEAD },
        { nik: '3510014506920001', relationshipCode: WIFE },
        { nik: '3510010101150001', relationshipCode: CHILD },
      ],
    });
    expect(result).toEqual({ errors: [], warnings: [] });
  });

  it('accepts the head given as a numeric string or as the sheet label in any case', () => {
    expect(validateFamily({ members: [{ nik: 'a', relationshipCode: ' 1 ' }] }).errors).toEqual([]);
    expect(validateFamily({ members: [{ nik: 'a', relationshipCode: 'kepala  keluarga' }] }).errors).toEqual(
      [],
    );
  });

  it('rejects a family without a head, naming all its members', () => {
    const result = validateFamily({
      members: [
        { nik: '3510014506920001', relationshipCode: WIFE },
        { nik: '3510010101150001', relationshipCode: CHILD },
      ],
    });
    expect(result.errors).toMatchObject([{ code: 'FAMILY_NO_HEAD', level: 'error', relatedRows: [0, 1] }]);
  });

  it('rejects an empty family as having no head', () => {
    expect(validateFamily({ members: [] }).errors.map((i) => i.code)).toEqual(['FAMILY_NO_HEAD']);
  });

  it('rejects two heads, naming both', () => {
    const result = validateFamily({
      members: [
        { nik: '3510010506900001', relationshipCode: HEAD },
        { nik: '3510014506920001', relationshipCode: WIFE },
        { nik: '3510010101700001', relationshipCode: 'KEPALA KELUARGA' },
      ],
    });
    expect(result.errors).toMatchObject([{ code: 'FAMILY_MULTIPLE_HEADS', relatedRows: [0, 2] }]);
  });

  it('rejects an unknown relationship code per member', () => {
    const result = validateFamily({
      members: [
        { nik: '3510010506900001', relationshipCode: HEAD },
        { nik: '3510014506920001', relationshipCode: 12 },
        { nik: '3510010101150001', relationshipCode: 'KEPALA' },
      ],
    });
    expect(result.errors).toMatchObject([
      { code: 'RELATIONSHIP_CODE_UNKNOWN', row: 1, field: 'relationshipCode' },
      { code: 'RELATIONSHIP_CODE_UNKNOWN', row: 2 },
    ]);
  });

  it('rejects the same NIK listed twice in one family', () => {
    const result = validateFamily({
      members: [
        { nik: '3510010506900001', relationshipCode: HEAD },
        { nik: '3510010101150001', relationshipCode: CHILD },
        { nik: '3510010101150001', relationshipCode: CHILD },
      ],
    });
    expect(result.errors).toMatchObject([{ code: 'NIK_DUPLICATE', row: 2, relatedRows: [1] }]);
  });
});
