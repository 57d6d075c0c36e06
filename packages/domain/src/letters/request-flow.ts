// The life of a letter request, as a pure state machine: the server asks it whether a step may be taken from
// the request's status and does the step under a row lock. A request is made at the desk or online, checked by
// the operator (its requirements seen and ticked), verified by the Sekretaris Desa when the village or the
// letter type asks for it, signed by the official the signing matrix names (the letter is issued in the same
// transaction: number, PDF content, Ed25519 signature), then collected at the desk or downloaded by the
// citizen. Any open request may be rejected with a reason; its citizen may cancel it while it is open.
//
// OpenSID's request states (permohonan surat, `status` of `permohonan_surat`) and ours:
//
// | OpenSID                       | Smart Kampung                                          |
// | ----------------------------- | ------------------------------------------------------ |
// | 0 Belum Lengkap               | `requested` (requirements not yet seen and ticked)     |
// | 1 Sedang Diperiksa            | `requested` → `checked` (the operator's check)         |
// | 2 Menunggu Tandatangan        | `checked`, or `verified` where the Sekdes verifies     |
// | 3 Siap Diambil                | `signed` (the letter is issued, numbered and signed)   |
// | 4 Sudah Diambil               | `collected` (at the desk, or downloaded by the citizen)|
// | 5 Dibatalkan                  | `cancelled` (by the citizen) or `rejected` (with why)  |

export const REQUEST_STATUSES = [
  'requested',
  'checked',
  'verified',
  'signed',
  'collected',
  'rejected',
  'cancelled',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_STEPS = ['check', 'verify', 'sign', 'collect', 'reject', 'cancel'] as const;
export type RequestStep = (typeof REQUEST_STEPS)[number];

/** Statuses in which the request still waits for the village. */
export const OPEN_STATUSES: readonly RequestStatus[] = ['requested', 'checked', 'verified'];

export const isOpen = (status: RequestStatus) => OPEN_STATUSES.includes(status);

/**
 * The status a step leads to from `status`, or null when the step cannot be taken from there (a skipped step,
 * a request already moved by another desk, a closed request).
 */
export function nextStatus(
  status: RequestStatus,
  step: RequestStep,
  needsVerification: boolean,
): RequestStatus | null {
  switch (step) {
    case 'check':
      return status === 'requested' ? 'checked' : null;
    case 'verify':
      return status === 'checked' && needsVerification ? 'verified' : null;
    case 'sign':
      return status === (needsVerification ? 'verified' : 'checked') ? 'signed' : null;
    case 'collect':
      return status === 'signed' ? 'collected' : null;
    case 'reject':
      return isOpen(status) ? 'rejected' : null;
    case 'cancel':
      return isOpen(status) ? 'cancelled' : null;
  }
}

/** The steps the request's status allows now, whoever takes them. */
export function possibleSteps(status: RequestStatus, needsVerification: boolean): RequestStep[] {
  return REQUEST_STEPS.filter((step) => nextStatus(status, step, needsVerification) !== null);
}
