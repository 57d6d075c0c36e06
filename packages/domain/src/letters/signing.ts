// The signing matrix: who signs a letter of a given type, in a given village, on a given date, and how the
// signature block reads. Pure: the server reads the delegations and officials and passes them in, so changing
// a delegation (data) changes what a village may issue and who signs, with no code change.
//
// - A letter whose authority is the village head's is the village's own.
// - A letter whose authority is the regent's or the district head's is the village's only while a delegation
//   reaches it (area, letter type, dates). "delegasi" passes the authority: the head signs in their own
//   name, citing the regulation. "mandat" lends it: the head signs "a.n." (on behalf of) the authority.
// - The position that signs (delegation's, else the village's choice for the type) decides the rest: the
//   secretary signs "a.n." the head; a kaur or kasi "a.n." the head, "u.b." the secretary. "a.n." is written
//   once; under a mandate the head's line follows the authority's, then "u.b." for anyone below the head.
// - An acting official (Plt. while the post is vacant, Plh. while its holder is away) signs with the prefix.
import {
  AUTHORITY_LABELS,
  headTitle,
  positionLabel,
  signingDistance,
  type Authority,
  type OfficialPosition,
} from './positions.ts';

export interface Delegation {
  id: string;
  /** The regency, a district or one village: every village within it is reached. */
  areaCode: string;
  authority: Exclude<Authority, 'kepala_desa'>;
  mode: 'delegasi' | 'mandat';
  letterTypeCodes: readonly string[];
  regulationNumber: string;
  /** YYYY-MM-DD */
  regulationDate: string;
  validFrom: string;
  validTo: string | null;
  signingPosition: OfficialPosition;
}

export interface Official {
  id: string;
  position: OfficialPosition;
  positionTitle: string;
  fullName: string;
  nip: string | null;
  niap: string | null;
  termStart: string;
  termEnd: string | null;
  acting: 'plt' | 'plh' | null;
  active: boolean;
}

export interface SigningQuestion {
  letterType: { code: string; name: string; authority: Authority };
  village: {
    code: string;
    name: string;
    kind: 'desa' | 'kelurahan';
    districtName: string;
    regencyName: string;
  };
  /** The letter's date, YYYY-MM-DD. */
  date: string;
  delegations: readonly Delegation[];
  officials: readonly Official[];
  /** The position the village chose to sign this type for its head (village_letter_type.signing_position). */
  villageSigningPosition: OfficialPosition;
}

export interface Signer {
  officialId: string;
  name: string;
  /** "NIP. 1987…" or "NIAP. …", or null. */
  idLine: string | null;
  /** The post as the letter's text names it, e.g. "Plt. Sekretaris Desa Sarongan". */
  post: string;
  /** The lines above the signature, top to bottom, ending with the signer's own post. */
  block: string[];
  /** The delegation the village signs under, cited on the letter; null for the village's own letters. */
  basis: { delegationId: string; text: string } | null;
}

export type SigningRefusal =
  | { kind: 'not_delegated'; authority: Exclude<Authority, 'kepala_desa'> }
  | { kind: 'no_official'; position: OfficialPosition };

export type SigningDecision = { ok: true; signer: Signer } | { ok: false; refusal: SigningRefusal };

const within = (area: string, village: string) => village === area || village.startsWith(`${area}.`);
const inForce = (from: string, to: string | null, date: string) =>
  from <= date && (to === null || date <= to);

/** The delegation that reaches the letter: the most specific area first, then the most recent. */
export function findDelegation(question: SigningQuestion): Delegation | null {
  const { letterType, village, date } = question;
  const reaching = question.delegations.filter(
    (d) =>
      d.authority === letterType.authority &&
      d.letterTypeCodes.includes(letterType.code) &&
      within(d.areaCode, village.code) &&
      inForce(d.validFrom, d.validTo, date),
  );
  reaching.sort((a, b) => b.areaCode.length - a.areaCode.length || b.validFrom.localeCompare(a.validFrom));
  return reaching[0] ?? null;
}

const ACTING_ORDER = { plh: 0, holder: 1, plt: 2 } as const;

/**
 * Who holds `position` on `date`: a Plh. standing in comes first (the holder is away), then the holder, then a
 * Plt. (the post is vacant); among equals the one whose term began last.
 */
export function officialOnDuty(
  officials: readonly Official[],
  position: OfficialPosition,
  date: string,
): Official | null {
  const onDuty = officials.filter(
    (o) => o.active && o.position === position && inForce(o.termStart, o.termEnd, date),
  );
  onDuty.sort(
    (a, b) =>
      ACTING_ORDER[a.acting ?? 'holder'] - ACTING_ORDER[b.acting ?? 'holder'] ||
      b.termStart.localeCompare(a.termStart),
  );
  return onDuty[0] ?? null;
}

function authorityTitle(authority: Exclude<Authority, 'kepala_desa'>, village: SigningQuestion['village']) {
  return authority === 'bupati'
    ? `${AUTHORITY_LABELS.bupati.id} ${village.regencyName}`
    : `${AUTHORITY_LABELS.camat.id} ${village.districtName}`;
}

const actingPrefix = (official: Official) =>
  official.acting === 'plt' ? 'Plt. ' : official.acting === 'plh' ? 'Plh. ' : '';

const LONG_MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** "2026-03-07" → "7 Maret 2026", as Indonesian letters write dates. */
export function longIndonesianDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${LONG_MONTHS[month! - 1]} ${year}`;
}

export function resolveSigner(question: SigningQuestion): SigningDecision {
  const { letterType, village, date } = question;
  let delegation: Delegation | null = null;
  if (letterType.authority !== 'kepala_desa') {
    delegation = findDelegation(question);
    if (!delegation)
      return { ok: false, refusal: { kind: 'not_delegated', authority: letterType.authority } };
  }
  const position = delegation?.signingPosition ?? question.villageSigningPosition;
  const official = officialOnDuty(question.officials, position, date);
  if (!official) return { ok: false, refusal: { kind: 'no_official', position } };

  const head = `${headTitle(village.kind)} ${village.name}`;
  const distance = signingDistance(position);
  const ownTitle = distance === 0 ? head : official.positionTitle;
  const blockTitle = `${actingPrefix(official)}${ownTitle}`;
  // Running text names the village after the post ("Sekretaris Desa Sarongan"); the block does not repeat it.
  const unit = village.kind === 'kelurahan' ? 'Kelurahan' : 'Desa';
  const post =
    distance === 0
      ? blockTitle
      : blockTitle.endsWith(unit)
        ? `${blockTitle} ${village.name}`
        : `${blockTitle} ${unit} ${village.name}`;
  const block: string[] = [];
  if (delegation?.mode === 'mandat') {
    block.push(`a.n. ${authorityTitle(delegation.authority, village)}`);
    if (distance > 0) block.push(head, 'u.b.');
  } else if (distance === 1) {
    block.push(`a.n. ${head}`);
  } else if (distance === 2) {
    block.push(`a.n. ${head}`, positionLabel('sekretaris_desa', village.kind).id, 'u.b.');
  }
  block.push(blockTitle);

  const idLine = official.nip ? `NIP. ${official.nip}` : official.niap ? `NIAP. ${official.niap}` : null;
  const basis = delegation && {
    delegationId: delegation.id,
    text:
      `Berdasarkan ${delegation.regulationNumber} tanggal ${longIndonesianDate(delegation.regulationDate)}` +
      ` (${delegation.mode === 'delegasi' ? 'pelimpahan kewenangan' : 'mandat'} dari ` +
      `${authorityTitle(delegation.authority, village)})`,
  };
  return {
    ok: true,
    signer: { officialId: official.id, name: official.fullName, idLine, post, block, basis },
  };
}
