// Enrolment rows to the API's shapes, the identifier masked (platform/identifiers).
import type {
  EnrolmentSource,
  EnrolmentStatus,
  ExitReason,
  ProgramLevel,
  TargetUnit,
} from '@smart-kampung/domain';
import type { IdentifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import type { EnrolmentRow, history } from './queries.ts';
import type { EnrolmentSummary } from './schemas.ts';

const iso = (value: Date | string) => (typeof value === 'string' ? new Date(value) : value).toISOString();

export function toSummary(row: EnrolmentRow, masks: IdentifierMasks): EnrolmentSummary {
  return {
    id: row.id,
    villageCode: row.village_code,
    programId: row.program_id,
    programCode: row.program_code,
    programName: row.program_name,
    programLevel: row.program_level as ProgramLevel,
    unitType: row.unit_type as TargetUnit,
    unitId: row.unit_id,
    name: row.name,
    identifierMasked: row.civil_number === null ? null : masks.civil(row.civil_number),
    householdNo: row.household_no,
    dusun: row.dusun,
    rw: row.rw,
    rt: row.rt,
    address: row.address,
    status: row.status as EnrolmentStatus,
    exitReason: row.exit_reason as ExitReason | null,
    cardNumber: row.card_number,
    startDate: row.start_date,
    endDate: row.end_date,
    source: row.source as EnrolmentSource,
    since: iso(row.status_changed_at),
  };
}

export function toHistory(rows: Awaited<ReturnType<typeof history>>) {
  return rows.map((row) => ({
    seq: row.seq,
    changedAt: iso(row.changed_at),
    changedBy: row.username,
    fromStatus: row.from_status as EnrolmentStatus | null,
    toStatus: row.to_status as EnrolmentStatus,
    exitReason: row.exit_reason as ExitReason | null,
    reason: row.reason,
    source: row.source,
  }));
}
