// OpenSID's household sheet ("RTM" in FormatImporRTM.xlsx): three columns, matched by header name. A CSV
// with the same header and one example row is the simplest template to fill in.
export const RTM_HEADERS = ['NIK', 'NOMOR RUMAH TANGGA', 'STATUS HUBUNGAN DALAM RUMAH TANGGA'] as const;

/**
 * A made-up resident of Kecamatan Pesanggaran (born 1 January 1980) as the head (1) of household 00001. It
 * is not in any village, so a template sent back unchanged fails the check instead of moving anyone.
 */
export const RTM_EXAMPLE = ['3510010101800001', '00001', '1'] as const;

/** Header and example row, with a byte-order mark so Excel opens it as UTF-8. */
export function rtmTemplateCsv(): string {
  return `\uFEFF${RTM_HEADERS.join(',')}\r\n${RTM_EXAMPLE.join(',')}\r\n`;
}
