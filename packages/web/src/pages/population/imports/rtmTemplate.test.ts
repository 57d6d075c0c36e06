import { describe, expect, it } from 'vitest';
import { RTM_EXAMPLE, RTM_HEADERS, rtmTemplateCsv } from './rtmTemplate.ts';

describe('household import template', () => {
  it('is the OpenSID header and one example head row, with a BOM', () => {
    expect(rtmTemplateCsv()).toBe(
      '\uFEFFNIK,NOMOR RUMAH TANGGA,STATUS HUBUNGAN DALAM RUMAH TANGGA\r\n3510010101800001,00001,1\r\n',
    );
    expect(RTM_EXAMPLE).toHaveLength(RTM_HEADERS.length);
  });
});
