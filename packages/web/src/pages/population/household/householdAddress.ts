import { formatShortAddress } from '../../../ui/format.ts';

/** The written address, plus dusun and RT/RW when the address does not already name them. */
export function householdAddress(
  address: string | null,
  dusun: string | null,
  rw: string | null,
  rt: string | null,
): string {
  const short = formatShortAddress(dusun, rw, rt);
  if (!address) return short;
  return dusun && address.toLowerCase().includes(dusun.toLowerCase()) ? address : `${address} · ${short}`;
}
