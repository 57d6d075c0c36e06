// The demo's usul and sanggah (issue 13 §2), so every queue opens on work rather than on an empty page: in the
// demo citizen's village, a handful of items made and moved on through the module's own services by the demo
// accounts that own each step (the citizen online, the operator at the desk, the district's staff, Dinas
// Sosial), exactly as if they had pressed the buttons: step rows, due times and audit entries included. One
// musyawarah desa with its berita acara decides the items that reach it; one item waits past its due time.
// Which families are proposed follows the KK order of the village, so the same seed gives the same items.
import type { Actor, Agency, Role } from '../../access/roles.ts';
import type { Db } from '../../db/database.ts';
import { createDeliberation, uploadMinutes } from '../../modules/assistance/proposals/deliberations.ts';
import { takeStep, type StepInput } from '../../modules/assistance/proposals/steps.ts';
import { submitAtDesk, submitOnline, type SubmitInput } from '../../modules/assistance/proposals/submit.ts';
import { today } from '../../modules/population/registry/nik-check.ts';
import type { RequestContext } from '../../platform/request-context.ts';
import { renderPdf } from '../../platform/pdf/render-pdf.ts';
import { stableUuid, slug } from '../deterministic.ts';
import * as q from './proposal-queries.ts';

interface DemoItem {
  by: 'citizen' | 'desk';
  input: (pick: Picks) => SubmitInput;
  /** The steps taken after it was made. */
  steps: StepInput['step'][];
  /** The last step's own outcome where it is not the forward path (a rejection, the ministry). */
  ending?: StepInput;
}

interface Picks {
  program: Record<string, string>;
  kk: (n: number) => string;
  recipient: string;
}

/** Steps on the forward path with the demo's words; the item's own `ending` replaces its last one. */
function forwardStep(step: StepInput['step'], deliberationId: string): StepInput {
  switch (step) {
    case 'check':
      return { step, outcome: 'ok', reason: 'Data KK cocok dengan register desa' };
    case 'decide_village':
      return { step, deliberationId, decision: 'accepted', reason: 'Disepakati peserta musyawarah desa' };
    case 'forward':
      return { step, note: 'Berkas lengkap, diteruskan ke Dinas Sosial' };
    case 'visit':
      return { step, visitedOn: today(), findings: 'Lantai tanah, dinding bambu, tidak ada jamban sendiri' };
    case 'decide_agency':
      return { step, decision: 'reject', reason: 'Tidak memenuhi kriteria' };
  }
}

const ITEMS: readonly DemoItem[] = [
  // Waiting for the operator's check, past its due time (the village let it wait).
  {
    by: 'citizen',
    input: (p) => ({
      kind: 'usul',
      programId: p.program['BANSOS-PEMDA']!,
      kkNumber: p.kk(0),
      reason: 'Kepala keluarga sakit menahun dan tidak bisa bekerja lagi',
    }),
    steps: [],
  },
  // Checked, waiting for the musyawarah desa.
  {
    by: 'desk',
    input: (p) => ({
      kind: 'usul',
      programId: p.program['PERMAKANAN-LANSIA']!,
      kkNumber: p.kk(1),
      reason: 'Lansia tinggal sendiri, makan bergantung pada tetangga',
    }),
    steps: ['check'],
  },
  // A dispute accepted by the village, waiting for the district.
  {
    by: 'citizen',
    input: (p) => ({
      kind: 'sanggah',
      enrolmentId: p.recipient,
      reason: 'Keluarga ini sudah punya toko dan mobil sendiri',
    }),
    steps: ['check', 'decide_village'],
  },
  // Forwarded by the district, waiting for Dinas Sosial's visit.
  {
    by: 'desk',
    input: (p) => ({
      kind: 'usul',
      programId: p.program['BANSOS-PEMDA']!,
      kkNumber: p.kk(2),
      reason: 'Janda dengan tiga anak sekolah, buruh tani musiman',
    }),
    steps: ['check', 'decide_village', 'forward'],
  },
  // Visited, waiting for Dinas Sosial's decision.
  {
    by: 'desk',
    input: (p) => ({
      kind: 'usul',
      programId: p.program.RTLH!,
      kkNumber: p.kk(3),
      reason: 'Atap rumah bocor dan dinding bambu lapuk',
    }),
    steps: ['check', 'decide_village', 'forward', 'visit'],
  },
  // A national program: Dinas Sosial proposes it to the ministry (the export carries it).
  {
    by: 'citizen',
    input: (p) => ({
      kind: 'usul',
      programId: p.program.PKH!,
      kkNumber: p.kk(4),
      reason: 'Ibu hamil dan balita, suami buruh harian',
    }),
    steps: ['check', 'decide_village', 'forward', 'visit', 'decide_agency'],
    ending: {
      step: 'decide_agency',
      decision: 'propose_to_ministry',
      reason: 'Layak; program nasional, diusulkan melalui SIKS-NG',
    },
  },
  // Rejected by the village deliberation, with its reason.
  {
    by: 'desk',
    input: (p) => ({
      kind: 'usul',
      programId: p.program['BANSOS-PEMDA']!,
      kkNumber: p.kk(5),
      reason: 'Diusulkan oleh ketua RT setempat',
    }),
    steps: ['check', 'decide_village'],
    ending: {
      step: 'decide_village',
      deliberationId: '',
      decision: 'rejected',
      reason: 'Menurut warga keluarga ini mampu (punya sawah sendiri)',
    },
  },
];

const PROGRAMS = ['BANSOS-PEMDA', 'PERMAKANAN-LANSIA', 'RTLH', 'PKH', 'SEMBAKO'] as const;

/** A plain berita acara: what a village prints, signs and scans after its musyawarah. */
function minutesPdf(villageName: string, heldOn: string) {
  return renderPdf({
    content: [
      { text: 'BERITA ACARA MUSYAWARAH DESA', bold: true, fontSize: 14, alignment: 'center' },
      { text: `Desa ${villageName} — ${heldOn}`, alignment: 'center', margin: [0, 0, 0, 12] },
      'Pembahasan usulan dan sanggahan penerima bantuan sosial. Data contoh (sintetis).',
    ],
  });
}

const actorOf = (row: Awaited<ReturnType<typeof q.accountsByUsername>>[number]): Actor => ({
  id: row.id,
  username: row.username,
  role: row.role as Role,
  agency: row.agency as Agency | null,
  areaCode: row.area_code,
});

export interface ProposalSeedResult {
  items: number;
  villageCode: string | null;
}

/** Seeds the demo citizen's village (nothing when the demo has no citizen or the village has items already). */
export async function seedDemoProposals(db: Db): Promise<ProposalSeedResult> {
  const citizenId = stableUuid('user:citizen-demo');
  const home = await q.citizenLoginOf(db, citizenId);
  const village = home?.village_code;
  if (!home || !village || (await q.hasProposals(db, village))) return { items: 0, villageCode: null };
  const accounts = await q.accountsByUsername(db, [
    'warga.demo',
    `operator.${slug(home.village_name)}`,
    'dinsos',
  ]);
  const district = await q.districtStaffOf(db, home.district_code!);
  const find = (role: Role) => accounts.find((a) => a.role === role);
  const [citizen, operator, dinsos] = [find('citizen'), find('village_operator'), find('agency_staff')];
  if (!citizen || !operator || !dinsos || !district) return { items: 0, villageCode: null };
  const ctx = (row: typeof citizen): RequestContext => ({
    actor: actorOf(row),
    ip: null,
    userAgent: 'demo seed',
  });
  const owner: Record<StepInput['step'], RequestContext> = {
    check: ctx(operator),
    decide_village: ctx(operator),
    forward: ctx(district),
    visit: ctx(dinsos),
    decide_agency: ctx(dinsos),
  };

  const programs = Object.fromEntries((await q.programsByCode(db, PROGRAMS)).map((p) => [p.code, p.id]));
  // Families none of the proposed programs reach yet, never the demo citizen's own (her own usul is hers).
  const families = await q.familiesOutside(db, village, Object.values(programs), home.family_id);
  const recipient = await q.familyRecipient(db, village, programs.SEMBAKO!, home.family_id);
  if (families.length < 6 || !recipient) return { items: 0, villageCode: null };
  const picks: Picks = { program: programs, kk: (n) => families[n]!.kk_number, recipient: recipient.id };

  const heldOn = today(new Date(Date.now() - 3 * 86_400_000));
  const meeting = await createDeliberation(db, owner.check, village, {
    heldOn,
    place: 'Balai Desa',
    attendance: 38,
    attendanceNote: 'Kepala Desa, BPD, ketua RT/RW, pendamping PKH, tokoh masyarakat',
  });
  await uploadMinutes(db, owner.check, village, meeting.id, await minutesPdf(home.village_name, heldOn));

  const made: string[] = [];
  for (const item of ITEMS) {
    const input = item.input(picks);
    const id =
      item.by === 'citizen'
        ? (await submitOnline(db, ctx(citizen), input)).id
        : await submitAtDesk(db, owner.check, village, input, families[6]?.head_id);
    for (const [index, step] of item.steps.entries()) {
      const last = index === item.steps.length - 1;
      const act = last && item.ending ? item.ending : forwardStep(step, meeting.id);
      const withMeeting = act.step === 'decide_village' ? { ...act, deliberationId: meeting.id } : act;
      await takeStep(db, owner[step], village, id, withMeeting);
    }
    made.push(id);
  }
  // The first item waited twelve days for a check due in five working days.
  await q.backdateItem(db, village, made[0]!, 12, 2);
  return { items: made.length, villageCode: village };
}
