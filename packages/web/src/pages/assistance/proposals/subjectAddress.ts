import { formatShortAddress } from '../../../ui/format.ts';

/**
 * One line for where the family lives. The registry's address line often holds the RT/RW already ("Krajan RT
 * 001/RW 002"); then only the dusun follows it, else the dusun and RT/RW do.
 */
export function subjectAddress(subject: {
  address: string | null;
  dusun: string | null;
  rw: string | null;
  rt: string | null;
}): string {
  const dusun = subject.dusun ? `Dusun ${subject.dusun.replace(/^dusun\s+/i, '')}` : null;
  if (subject.address && /\bRT\b/i.test(subject.address))
    return [subject.address, dusun].filter(Boolean).join(', ');
  const area = formatShortAddress(subject.dusun, subject.rw, subject.rt);
  return [subject.address, area === '—' ? null : area].filter(Boolean).join(', ') || '—';
}
