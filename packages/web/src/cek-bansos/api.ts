// The page's three questions to the server (GET areas, GET a challenge, POST the look-up).
export interface Area {
  code: string;
  name: string;
}
export interface Areas {
  regency: string;
  districts: (Area & { villages: Area[] })[];
}
export interface Challenge {
  parameters: {
    nonce: string;
    salt: string;
    keyPrefix: string;
    keyLength: number;
    cost: number;
    algorithm: string;
  };
  signature: string;
}
export interface Solution {
  counter: number;
  derivedKey: string;
}
export type ProgramStatus = 'proposed' | 'verified' | 'active' | 'suspended' | 'exited';
export interface LookupRow {
  name: string;
  age: number;
  rt: string | null;
  rw: string | null;
  programs: {
    code: string;
    name: string;
    status: ProgramStatus;
    since: string | null;
    until: string | null;
  }[];
}
export interface LookupQuestion {
  village: string;
  name: string;
  nik?: string;
  kk?: string;
  proof: { challenge: Challenge; solution: Solution };
}

/** A refusal the server explained: its message in the page's language. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly messages: { id: string; en: string },
  ) {
    super(messages.en);
  }
}

async function answer<T>(response: Response): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  const problem = (await response.json().catch(() => ({}))) as {
    message_id?: string;
    message_en?: string;
    errors?: { message?: string; message_en?: string }[];
  };
  const field = problem.errors?.[0];
  throw new Refusal(response.status, {
    id: field?.message ?? problem.message_id ?? '',
    en: field?.message_en ?? problem.message_en ?? '',
  });
}

export const fetchAreas = () => fetch('/api/public/cek-bansos/areas').then((r) => answer<Areas>(r));
export const fetchChallenge = () =>
  fetch('/api/public/cek-bansos/challenge', { cache: 'no-store' }).then((r) => answer<Challenge>(r));
export const lookUp = (question: LookupQuestion) =>
  fetch('/api/public/cek-bansos/lookup', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(question),
  }).then((r) => answer<{ rows: LookupRow[]; message: string | null }>(r));
