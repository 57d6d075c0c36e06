// Program rows to the API's shapes.
import type { Actor } from '../../../access/roles.ts';
import type { BenefitKind, FundSource, ProgramCycle, ProgramLevel, TargetUnit } from '@smart-kampung/domain';
import type * as q from './queries.ts';
import type { Program, ProgramSummary } from './schemas.ts';
import { storedEligibilityOf } from '../targeting/service.ts';
import { canManageProgram, canPropose, directEnrolmentSource } from './access.ts';

type ProgramRow = NonNullable<Awaited<ReturnType<typeof q.findProgram>>>;
type SummaryRow = Awaited<ReturnType<typeof q.listPrograms>>[number];

const amount = (value: number | string | null) => (value === null ? null : Number(value));

export function toSummary(actor: Actor, row: SummaryRow): ProgramSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    level: row.level as ProgramLevel,
    ownerAreaCode: row.owner_area_code,
    fundSource: row.fund_source as FundSource,
    targetUnit: row.target_unit as TargetUnit,
    benefitKind: row.benefit_kind as BenefitKind,
    benefitAmount: amount(row.benefit_amount),
    cycle: row.cycle as ProgramCycle,
    active: row.active,
    openEnrolments: Number(row.open),
    eligibility: storedEligibilityOf(row),
    canManage: canManageProgram(actor, row),
  };
}

export function toProgram(
  actor: Actor,
  row: ProgramRow,
  parts: {
    cycles: Awaited<ReturnType<typeof q.listCycles>>;
    quotas: Awaited<ReturnType<typeof q.listQuotas>>;
    exclusiveWith: Awaited<ReturnType<typeof q.listExclusivePrograms>>;
  },
): Program {
  // Where the caller would enrol: their own village (village staff) or, for wider areas, any village below.
  const village = actor.areaCode.split('.').length === 4 ? actor.areaCode : `${actor.areaCode}.0`;
  const villageProgramVillage = row.level === 'village' ? row.owner_area_code : village;
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    level: row.level as ProgramLevel,
    ownerAreaCode: row.owner_area_code,
    ownerAgency: row.owner_agency,
    fundSource: row.fund_source as FundSource,
    targetUnit: row.target_unit as TargetUnit,
    benefitKind: row.benefit_kind as BenefitKind,
    benefitAmount: amount(row.benefit_amount),
    benefitNote: row.benefit_note,
    cycle: row.cycle as ProgramCycle,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    active: row.active,
    opensidId: row.opensid_id,
    cycles: parts.cycles.map((c) => ({
      label: c.label,
      startsOn: c.starts_on,
      endsOn: c.ends_on,
      amount: amount(c.amount),
    })),
    quotas: parts.quotas.map((quota) => ({ areaCode: quota.area_code, quota: quota.quota })),
    exclusiveWith: parts.exclusiveWith,
    canManage: canManageProgram(actor, row),
    canEnrol: directEnrolmentSource(actor, row, villageProgramVillage) !== null,
    canPropose: canPropose(actor, row, villageProgramVillage),
  };
}
