// The letter's status as its village's server holds it, on the page a letter's QR opens (/v/<ref>): whether
// the stored letter still carries the village's signature, whether it was voided, and the few facts to compare
// with the paper (the subject's name masked). The offline check of the QR's signed record runs beside it.
import { element } from './verdict.ts';

interface OnlineLetter {
  signatureValid: boolean;
  status: 'issued' | 'void';
  voidedAt: string | null;
  number: string;
  letterDate: string;
  letterTypeName: string;
  subjectName: string;
  signerName: string;
  signerPost: string;
  villageName: string;
  districtName: string;
}

type OnlineAnswer = { kind: 'found'; letter: OnlineLetter } | { kind: 'not_found' | 'busy' | 'unreachable' };

/** The letter reference of a /v/<ref> address, or null on the page's own address. */
export function letterRefOf(pathname: string): string | null {
  const match = /^\/v\/([^/]+)$/.exec(pathname);
  return match ? decodeURIComponent(match[1]!) : null;
}

export async function fetchLetterStatus(ref: string): Promise<OnlineAnswer> {
  try {
    const res = await fetch(`/api/public/letters/${encodeURIComponent(ref)}`, { cache: 'no-store' });
    if (res.ok) return { kind: 'found', letter: (await res.json()) as OnlineLetter };
    return { kind: res.status === 404 ? 'not_found' : 'busy' };
  } catch {
    return { kind: 'unreachable' };
  }
}

const ANSWERS = {
  not_found: [
    'SURAT TIDAK DITEMUKAN: tidak ada surat desa dengan kode ini.',
    'LETTER NOT FOUND: no village letter has this code.',
  ],
  busy: ['Server sedang sibuk. Coba lagi sebentar lagi.', 'The server is busy. Try again shortly.'],
  unreachable: [
    'Status surat tidak dapat diperiksa tanpa internet; pemeriksaan tanda tangan di bawah tetap berlaku.',
    'The status needs the internet; the signature check below still holds.',
  ],
} as const;

const day = (iso: string) =>
  new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

function headline(letter: OnlineLetter): [string, string, boolean] {
  if (letter.status === 'void')
    return [
      `SURAT DIBATALKAN pada ${day(letter.voidedAt ?? letter.letterDate)}: tidak berlaku lagi.`,
      'VOIDED: this letter is no longer valid.',
      false,
    ];
  if (!letter.signatureValid)
    return [
      'DATA SURAT TIDAK COCOK dengan tanda tangan desa. Hubungi kantor desa.',
      'The stored letter does not match the village signature. Contact the village office.',
      false,
    ];
  return ['SURAT TERDAFTAR dan berlaku', 'Registered and valid: not voided.', true];
}

export function describeOnline(answer: OnlineAnswer): HTMLElement {
  const box = document.createElement('div');
  box.append(element('h2', 'Status surat di server desa', 'online-heading'));
  if (answer.kind !== 'found') {
    const [id, en] = ANSWERS[answer.kind];
    box.dataset.status = answer.kind;
    box.append(element('p', id, 'verdict-title invalid'), element('p', en, 'verdict-en'));
    return box;
  }
  const { letter } = answer;
  const [id, en, valid] = headline(letter);
  box.dataset.status = letter.status;
  box.append(
    element('p', id, `verdict-title ${valid ? 'valid' : 'invalid'}`),
    element('p', en, 'verdict-en'),
  );
  const facts: [string, string][] = [
    ['Nomor surat', letter.number],
    ['Tanggal', day(letter.letterDate)],
    ['Jenis surat', letter.letterTypeName],
    ['Atas nama', `${letter.subjectName} (disamarkan)`],
    ['Penanda tangan', `${letter.signerName} — ${letter.signerPost}`],
    ['Desa', `${letter.villageName}, Kec. ${letter.districtName}`],
  ];
  const list = document.createElement('dl');
  for (const [label, value] of facts) list.append(element('dt', label), element('dd', value));
  box.append(list);
  return box;
}
