import type { Region, RegionLevel, User } from '../api/types.ts';

// Kemendagri codes are dotted and hierarchical (35 → 35.10 → 35.10.01 → 35.10.01.2001), so the level
// and every ancestor can be read from the code alone, without asking the server.
const CODE_PATTERN = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const LEVELS_BY_DEPTH: readonly RegionLevel[] = ['province', 'regency', 'district', 'village'];

export function isRegionCode(value: string): boolean {
  return CODE_PATTERN.test(value);
}

export function levelOfCode(code: string): RegionLevel | undefined {
  return isRegionCode(code) ? LEVELS_BY_DEPTH[code.split('.').length - 1] : undefined;
}

/** The code of the ancestor at `level` (or the code itself), or undefined if `code` is above that level. */
export function ancestorAt(code: string, level: RegionLevel): string | undefined {
  const depth = LEVELS_BY_DEPTH.indexOf(level) + 1;
  const parts = code.split('.');
  return isRegionCode(code) && parts.length >= depth ? parts.slice(0, depth).join('.') : undefined;
}

/** True when `code` is the area itself or lies inside it. */
export function isWithinArea(code: string, areaCode: string): boolean {
  return code === areaCode || code.startsWith(`${areaCode}.`);
}

/** The region to show: the requested one if it is valid and inside the user's area, else the area itself. */
export function resolveSelectedRegion(requested: string | null, areaCode: string): string {
  if (requested !== null && isRegionCode(requested) && isWithinArea(requested, areaCode)) return requested;
  return areaCode;
}

/** Reference data often comes in capitals ("KABUPATEN BANYUWANGI"); title case reads better on screen. */
export function toTitleCaseIfShouting(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-/(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

const PREFIX_BY_LEVEL: Record<RegionLevel, string> = {
  province: 'Provinsi',
  regency: '', // regency names already carry "Kabupaten" / "Kota"
  district: 'Kecamatan',
  village: 'Desa',
};

/**
 * The official way to name a region, e.g. "Kecamatan Pesanggaran", "Kelurahan Sobo". The Indonesian
 * prefix is part of the proper name, so it is kept in every interface language.
 */
export function regionDisplayName(region: Pick<Region, 'name' | 'level' | 'kind'>): string {
  const name = toTitleCaseIfShouting(region.name.trim());
  const prefix = region.kind === 'kelurahan' ? 'Kelurahan' : PREFIX_BY_LEVEL[region.level];
  const alreadyPrefixed = /^(provinsi|kabupaten|kota|kecamatan|desa|kelurahan)\s/i.test(name);
  return prefix === '' || alreadyPrefixed ? name : `${prefix} ${name}`;
}

/** Kemendagri: a last segment starting with 1 is a kelurahan, otherwise a desa. */
export function villageKindOfCode(code: string): 'desa' | 'kelurahan' {
  return code.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa';
}

/** The user's own area with its official prefix ("Kecamatan Pesanggaran"), from the profile alone. */
export function areaDisplayName(user: Pick<User, 'areaName' | 'areaLevel' | 'areaCode'>): string {
  const kind = user.areaLevel === 'village' ? villageKindOfCode(user.areaCode) : null;
  return regionDisplayName({ name: user.areaName, level: user.areaLevel, kind });
}

export function sortByName<T extends Pick<Region, 'name'>>(regions: readonly T[]): T[] {
  return [...regions].sort((a, b) => a.name.localeCompare(b.name, 'id'));
}
