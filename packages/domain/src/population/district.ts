// District (kecamatan) codes: dotted "35.10.01" in our records, the same six digits "351001" at the start of
// every NIK and KK number (province 35 = Jawa Timur, regency 10 = Banyuwangi, district 01).

const DOTTED = /^(\d{2})\.(\d{2})\.(\d{2})$/;
const PREFIX = /^\d{6}$/;

/** "35.10.01" -> "351001"; throws RangeError for anything that is not a dotted district code. */
export function districtCodeToPrefix(districtCode: string): string {
  const match = DOTTED.exec(districtCode);
  if (!match)
    throw new RangeError(`district code must look like 35.10.01, got ${JSON.stringify(districtCode)}`);
  return `${match[1]}${match[2]}${match[3]}`;
}

/** "351001" -> "35.10.01"; throws RangeError for anything that is not six digits. */
export function prefixToDistrictCode(prefix6: string): string {
  if (!PREFIX.test(prefix6))
    throw new RangeError(`district prefix must be 6 digits, got ${JSON.stringify(prefix6)}`);
  return `${prefix6.slice(0, 2)}.${prefix6.slice(2, 4)}.${prefix6.slice(4, 6)}`;
}

/** Tells whether a six-digit prefix names a current district; supplied by the caller (the domain has no I/O). */
export type KnownDistrict = (prefix6: string) => boolean;
