import { describe, expect, it } from 'vitest';
import { canExportFull, canIssueCitizenPin, canWriteRegistry, writableVillage } from './access.ts';

const operator = { role: 'village_operator', areaCode: '35.10.01.2001' } as const;
const district = { role: 'district_staff', areaCode: '35.10.01' } as const;
const admin = { role: 'regency_admin', areaCode: '35.10' } as const;

describe('who may change the registry (buttons only; the server decides)', () => {
  it('lets village staff write to their own village only', () => {
    expect(canWriteRegistry(operator, '35.10.01.2001')).toBe(true);
    expect(canWriteRegistry(operator, '35.10.01.2002')).toBe(false);
    expect(canWriteRegistry(district, '35.10.01.2001')).toBe(false);
    expect(canWriteRegistry(admin, '35.10.01.2001')).toBe(true);
  });

  it('keeps PINs and full exports with the village office', () => {
    expect(canIssueCitizenPin(operator, '35.10.01.2001')).toBe(true);
    expect(canIssueCitizenPin(admin, '35.10.01.2001')).toBe(false);
    expect(canExportFull(operator)).toBe(true);
    expect(canExportFull(district)).toBe(false);
  });

  it('writes only when a village is selected', () => {
    expect(writableVillage(admin, '35.10.01')).toBeNull();
    expect(writableVillage(admin, '35.10.01.2001')).toBe('35.10.01.2001');
    expect(writableVillage(operator, '35.10.01.2001')).toBe('35.10.01.2001');
  });
});
