// Reading what the distributor filled in: received (Ya/Tidak), the date, the amount and the channel, each by
// the words the export writes and the ones people type.
import {
  DISTRIBUTION_CHANNEL_LABELS,
  DISTRIBUTION_CHANNELS,
  type DistributionChannel,
} from '@smart-kampung/domain';
import type { RowIssue } from '../../../../platform/imports/row-issues.ts';
import { isBlank, isErrorCell, type PlainCell } from '../../../../platform/sheets/cell-values.ts';
import { distributionIssue } from './issues.ts';

const word = (cell: PlainCell) =>
  typeof cell === 'string' || typeof cell === 'number' ? String(cell).trim().toLowerCase() : '';

const RECEIVED_WORDS: Record<string, boolean> = {
  ya: true,
  y: true,
  yes: true,
  '1': true,
  sudah: true,
  diterima: true,
  tidak: false,
  t: false,
  no: false,
  '0': false,
  belum: false,
  'tidak diterima': false,
};

/** true, false, or null when blank (not reported yet); a word it does not know adds its issue. */
export function readReceived(cell: PlainCell | undefined, field: string, issues: RowIssue[]) {
  if (cell === undefined || isBlank(cell)) return null;
  const value = RECEIVED_WORDS[word(cell)];
  if (value !== undefined) return value;
  issues.push(
    distributionIssue(
      'DIST_RECEIVED_WORD',
      field,
      `"${word(cell).slice(0, 20)}" bukan Ya atau Tidak.`,
      `"${word(cell).slice(0, 20)}" is not Ya or Tidak.`,
    ),
  );
  return null;
}

/** Whole rupiah, written as a number or as text with thousands dots ("300.000"). */
export function readAmount(cell: PlainCell | undefined, field: string, issues: RowIssue[]) {
  if (cell === undefined || isBlank(cell)) return null;
  const amount =
    typeof cell === 'number'
      ? cell
      : typeof cell === 'string' && /^(rp\.?\s*)?[0-9][0-9.]*$/i.test(cell.trim())
        ? Number(
            cell
              .trim()
              .replace(/^rp\.?\s*/i, '')
              .replaceAll('.', ''),
          )
        : Number.NaN;
  if (Number.isSafeInteger(amount) && amount >= 0 && !isErrorCell(cell)) return amount;
  issues.push(
    distributionIssue(
      'DIST_AMOUNT',
      field,
      'Nominal harus bilangan bulat rupiah, 0 atau lebih.',
      'The amount must be whole rupiah, 0 or more.',
    ),
  );
  return null;
}

const CHANNEL_WORDS = new Map<string, DistributionChannel>([
  ...DISTRIBUTION_CHANNELS.map((channel) => [channel.replace('_', ' '), channel] as const),
  ...DISTRIBUTION_CHANNELS.map((channel) => [channel, channel] as const),
  ...DISTRIBUTION_CHANNELS.map(
    (channel) => [DISTRIBUTION_CHANNEL_LABELS[channel].id.toLowerCase(), channel] as const,
  ),
  ['tunai', 'cash'],
  ['kantor pos', 'pos'],
  ['himbara', 'bank'],
  ['rekening', 'bank'],
  ['e-wallet', 'e_wallet'],
  ['barang', 'in_kind'],
  ['layanan', 'service'],
]);

export function readChannel(cell: PlainCell | undefined, field: string, issues: RowIssue[]) {
  if (cell === undefined || isBlank(cell)) return null;
  const channel = CHANNEL_WORDS.get(word(cell));
  if (channel) return channel;
  issues.push(
    distributionIssue(
      'DIST_CHANNEL',
      field,
      `Saluran "${word(cell).slice(0, 30)}" tidak dikenal; isi bank, pos, tunai, dompet digital, barang atau layanan.`,
      `The channel "${word(cell).slice(0, 30)}" is not known; use bank, pos, tunai, dompet digital, barang or layanan.`,
    ),
  );
  return null;
}
