// Reading usul and sanggah items: the queues (a village's, a district's, the regency's, by the area filter),
// one item with its history, hints for the check and the step the caller may take, and a citizen's own items.
// Identifiers leave masked; the disputer of a sanggah is in none of these answers.
import {
  isOpenProposal,
  isOverdue,
  maskPublicName,
  statusesAwaiting,
  stepAction,
  stepAwaited,
  stepOwner,
  type ProposalStatus,
} from '@smart-kampung/domain';
import type { z } from 'zod';
import { canActOnRegion } from '../../../access/access.ts';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { listArea } from '../../../platform/area/in-area.ts';
import type { IdentifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import * as q from './queries.ts';
import * as rq from './record-queries.ts';
import type { itemDetailSchema, itemSchema, listQuery, ownItemSchema } from './schemas.ts';
import { citizenOf } from './submit.ts';

type Item = z.infer<typeof itemSchema>;
const iso = (value: Date | string | null) =>
  value === null ? null : typeof value === 'string' ? value : value.toISOString();
const dayOf = (value: Date | string) =>
  (typeof value === 'string' ? value : value.toISOString()).slice(0, 10);
const decisionOf = (decision: string | null, reason: string | null) =>
  decision ? { decision, reason } : null;

export function toItem(row: q.ProposalRow, masks: IdentifierMasks, now: Date): Item {
  const status = row.status as ProposalStatus;
  const awaited = isOpenProposal(status) ? stepAwaited(status) : null;
  const dueAt = row.due_at ? new Date(row.due_at) : null;
  const kk = row.kind === 'usul' ? row.kk_number : row.family_kk_number;
  return {
    id: row.id,
    villageCode: row.village_code,
    kind: row.kind as Item['kind'],
    status,
    program: {
      id: row.program_id,
      code: row.program_code,
      name: row.program_name,
      level: row.program_level,
      targetUnit: row.target_unit,
    },
    subject: {
      known: row.kind === 'usul' ? row.family_id !== null : row.enrolment_status !== null,
      familyId: row.subject_family_id,
      name: row.person_name,
      kkNumber: kk ? masks.civil(kk) : null,
      nik: row.person_nik ? masks.civil(row.person_nik) : null,
      dusun: row.dusun,
      rw: row.rw,
      rt: row.rt,
      address: row.address,
    },
    reason: row.reason,
    channel: row.channel as Item['channel'],
    submittedAt: iso(row.submitted_at)!,
    dueAt: iso(row.due_at),
    overdue: isOverdue(status, dueAt, now),
    awaitedStep: awaited,
    stepOwner: awaited ? stepOwner(awaited) : null,
    checkOutcome: row.check_outcome as Item['checkOutcome'],
    villageDecision: decisionOf(row.village_decision, row.village_reason),
    agencyDecision: decisionOf(row.agency_decision, row.agency_reason),
    deliberationId: row.deliberation_id,
    resultEnrolmentId: row.result_enrolment_id,
  };
}

export async function listItems(db: Db, actor: Actor, query: z.infer<typeof listQuery>) {
  const area = listArea(actor, query.region);
  const now = new Date();
  const { items, total } = await q.listProposals(db, {
    area,
    ...(query.status ? { status: query.status } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.programId ? { programId: query.programId } : {}),
    ...(query.overdue === 'true' ? { overdueAt: now } : {}),
    // "Waiting for me": the open statuses whose step the caller's grants take (none for a reader).
    ...(query.mine === 'true' ? { statuses: statusesAwaiting(actor) } : {}),
    limit: query.limit,
    offset: query.offset,
  });
  const masks = await identifierMasks(db);
  return {
    items: items.map((row) => toItem(row, masks, now)),
    total,
    limit: query.limit,
    offset: query.offset,
  };
}

export async function readItem(
  db: Db,
  actor: Actor,
  village: string,
  id: string,
): Promise<z.infer<typeof itemDetailSchema>> {
  assertRegionAccess(actor, village, 'read');
  const row = await q.findProposal(db, village, id);
  if (!row) throw new AppError('NOT_FOUND');
  const now = new Date();
  const item = toItem(row, await identifierMasks(db), now);
  const [steps, photos, visit, proposer] = await Promise.all([
    q.listSteps(db, village, id),
    rq.listPhotos(db, village, id),
    rq.findVisit(db, village, id),
    row.kind === 'usul' ? q.usulProposerName(db, village, id) : undefined,
  ]);
  const enrolled =
    row.kind === 'usul' && row.family_id
      ? !!(await q.openEnrolmentOfFamily(db, village, row.program_id, row.family_id))
      : false;
  const otherDispute =
    row.kind === 'sanggah' && row.enrolment_id
      ? !!(await q.otherOpenSanggah(db, village, row.enrolment_id, id))
      : false;
  const awaited = item.awaitedStep;
  return {
    ...item,
    proposerName: proposer?.full_name ?? null,
    steps: steps.map((s) => ({
      seq: s.seq,
      step: s.step,
      outcome: s.outcome,
      fromStatus: s.from_status,
      toStatus: s.to_status,
      reason: s.reason,
      actedAt: iso(s.acted_at)!,
      late: s.was_due_at !== null && new Date(s.acted_at).getTime() > new Date(s.was_due_at).getTime(),
    })),
    hints: {
      alreadyEnrolled: enrolled,
      unknownFamily: row.kind === 'usul' && row.family_id === null,
      otherOpenDispute: otherDispute,
      notRecipient: row.kind === 'sanggah' && (row.enrolment_status ?? 'exited') === 'exited',
    },
    visit: visit
      ? { visitedOn: dayOf(visit.visited_on), findings: visit.findings, factsUpdated: visit.facts_updated }
      : null,
    photos: photos.map((p) => ({
      id: p.id,
      kind: p.kind as 'house' | 'visit',
      contentType: p.content_type,
      sizeBytes: p.size_bytes,
    })),
    actions: awaited && canActOnRegion(actor, village, stepAction(awaited)) ? [awaited] : [],
  };
}

function toOwnItem(row: q.ProposalRow, housePhotos: number, now: Date): z.infer<typeof ownItemSchema> {
  const status = row.status as ProposalStatus;
  return {
    id: row.id,
    kind: row.kind as 'usul' | 'sanggah',
    status,
    program: { code: row.program_code, name: row.program_name },
    subjectName: row.person_name ? maskPublicName(row.person_name) : null,
    reason: row.reason,
    submittedAt: iso(row.submitted_at)!,
    dueAt: iso(row.due_at),
    overdue: isOverdue(status, row.due_at ? new Date(row.due_at) : null, now),
    checkOutcome: row.check_outcome as z.infer<typeof ownItemSchema>['checkOutcome'],
    villageDecision: decisionOf(row.village_decision, row.village_reason),
    agencyDecision: decisionOf(row.agency_decision, row.agency_reason),
    housePhotos,
  };
}

/** The items the citizen's own account made: nobody else's, whatever they are about. */
export async function ownItems(db: Db, ctx: RequestContext) {
  const citizen = await citizenOf(db, ctx);
  const rows = await q.listOwnProposals(db, citizen.village_code, ctx.actor.id);
  const now = new Date();
  return Promise.all(
    rows.map(async (row) => {
      const photos = await rq.listPhotos(db, citizen.village_code, row.id);
      return toOwnItem(row, photos.filter((p) => p.kind === 'house').length, now);
    }),
  );
}

export async function ownItem(db: Db, ctx: RequestContext, id: string) {
  const citizen = await citizenOf(db, ctx);
  if (!(await q.isOwnProposal(db, citizen.village_code, id, ctx.actor.id))) throw new AppError('NOT_FOUND');
  const row = (await q.findProposal(db, citizen.village_code, id))!;
  const photos = await rq.listPhotos(db, citizen.village_code, id);
  return toOwnItem(row, photos.filter((p) => p.kind === 'house').length, new Date());
}

/** The village's current recipients, names masked, for a citizen choosing whom to dispute. */
export async function recipientsForCitizen(db: Db, ctx: RequestContext, programId: string | undefined) {
  const citizen = await citizenOf(db, ctx);
  const rows = await rq.villageRecipients(db, citizen.village_code, programId);
  return rows.map((r) => ({
    enrolmentId: r.id,
    programId: r.program_id,
    programName: r.program_name,
    name: r.full_name ? maskPublicName(r.full_name) : null,
    rw: r.rw,
    rt: r.rt,
  }));
}

export async function programsForCitizen(db: Db, ctx: RequestContext) {
  const citizen = await citizenOf(db, ctx);
  const rows = await rq.proposablePrograms(db, citizen.village_code);
  return rows.map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    level: p.level,
    targetUnit: p.target_unit,
  }));
}
