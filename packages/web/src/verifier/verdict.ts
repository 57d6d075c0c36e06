// What the verifier says about a QR: valid or not, which village's key signed it, and the letter's facts as the
// signed record holds them, to compare with the paper. Indonesian first, English beside it.
import type { OfflineVerdict } from '@smart-kampung/domain';

const REASONS = {
  not_a_letter_qr: ['Ini bukan kode QR surat desa.', 'This is not a village letter QR code.'],
  unknown_key: [
    'Kunci penanda tangan tidak dikenal. Buka halaman ini saat tersambung internet untuk memperbarui kunci, lalu periksa lagi.',
    'Unknown signing key. Open this page online to refresh the keys, then check again.',
  ],
  bad_signature: [
    'TANDA TANGAN TIDAK SAH: isi kode QR telah diubah atau bukan dari desa ini.',
    'INVALID SIGNATURE: the QR content was changed or does not come from this village.',
  ],
} as const;

export function element(tag: string, text: string, className?: string) {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

const dotted = (code: string) =>
  code.length === 10 ? `${code.slice(0, 2)}.${code.slice(2, 4)}.${code.slice(4, 6)}.${code.slice(6)}` : code;

const typeName = (code: string) =>
  code
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

export function describeVerdict(verdict: OfflineVerdict): HTMLElement {
  const box = document.createElement('div');
  if (!verdict.valid) {
    const [id, en] = REASONS[verdict.reason];
    box.append(element('p', id, 'verdict-title invalid'), element('p', en, 'verdict-en'));
    return box;
  }
  const { record } = verdict;
  box.append(
    element('p', 'SURAT SAH — tanda tangan desa cocok', 'verdict-title valid'),
    element('p', 'Valid letter: the village signature matches.', 'verdict-en'),
  );
  const facts: [string, string][] = [
    ['Nomor surat', record.n],
    ['Tanggal', record.dt],
    ['Jenis surat', typeName(record.t)],
    ['Penanda tangan', `${record.sn} — ${record.sp}`],
    ['Kunci desa', `${dotted(record.d)} · ${record.k}`],
  ];
  const list = document.createElement('dl');
  for (const [label, value] of facts) list.append(element('dt', label), element('dd', value));
  box.append(
    list,
    element(
      'p',
      'Cocokkan data ini dengan surat kertas. Pembatalan surat hanya dapat dilihat saat tersambung internet.',
      'hint',
    ),
  );
  const online = document.createElement('a');
  online.href = verdict.url;
  online.textContent = 'Periksa status surat secara daring (online status)';
  box.append(online);
  return box;
}
