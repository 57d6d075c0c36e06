// The order in which villages are generated, shared by the in-process path (PGlite) and the generation
// worker (COPY paths). NIK and KK serials run on per district, so a village is generated after the villages
// before it in its district even when only it is loaded; villages not asked for are generated and dropped.
import { parseNik } from '@smart-kampung/domain';
import { DEMO_CITIZEN } from '../demo-users.ts';
import { REFERENCE_DATE } from './dates.ts';
import { generateVillage, type VillageBatch } from './generate-village.ts';
import { districtNames, villageShapes } from '../../geo/village-shapes.ts';
import { SerialCounters } from './serials.ts';
import {
  DEMO_VILLAGE,
  demoScaleSizes,
  planVillages,
  resizePlan,
  villagesOfShapes,
  type VillagePlan,
} from './village-plan.ts';

export interface GenerationRequest {
  seed: string;
  /** Villages to deliver, in plan order. */
  chosen: string[];
  /** Chosen villages that already have residents: reported as skipped, not delivered. */
  skip: string[];
  /** Overrides every village's size (tests generate a small village). */
  residentsPerVillage?: number;
  /** The demo scale: every village but Sarongan shrunk (village-plan.ts demoScaleSizes). */
  demoScale?: boolean;
}

/** A chosen village that already has residents; every kind of step stream reports it the same way. */
export interface SkippedStep {
  kind: 'skipped';
  label: string;
  position: number;
  villageCode: string;
}

export type GenerationStep =
  { kind: 'village'; label: string; position: number; batch: VillageBatch } | SkippedStep;

export interface VillageCounts {
  residents: number;
  families: number;
  households: number;
}

export const villageCounts = (batch: VillageBatch): VillageCounts => ({
  residents: batch.residents.length,
  families: batch.families.length,
  households: batch.households.length,
});

export function populationPlans(seed: string): VillagePlan[] {
  const shapes = villageShapes();
  return planVillages(seed, villagesOfShapes(shapes, districtNames()), shapes);
}

const demoCitizenBirthDate = () =>
  parseNik(DEMO_CITIZEN.nik, { today: REFERENCE_DATE })?.birthDate ?? undefined;

/** Villages to generate: the chosen ones and, for NIK and KK serials, the villages before them in their district. */
function villagesToGenerate(plans: VillagePlan[], chosen: Set<string>) {
  const lastChosenInDistrict = new Map<string, string>();
  for (const plan of plans) if (chosen.has(plan.code)) lastChosenInDistrict.set(plan.districtCode, plan.code);
  return plans.filter((plan) => {
    const last = lastChosenInDistrict.get(plan.districtCode);
    return last !== undefined && plan.code <= last;
  });
}

export function* generateVillages(request: GenerationRequest): Generator<GenerationStep> {
  const { seed } = request;
  const chosen = new Set(request.chosen);
  const skip = new Set(request.skip);
  const serials = new SerialCounters();
  let position = 0;
  const plans = populationPlans(seed);
  const demoSizes = request.demoScale ? demoScaleSizes(plans) : undefined;
  for (const fullPlan of villagesToGenerate(plans, chosen)) {
    const size = request.residentsPerVillage ?? demoSizes?.get(fullPlan.code);
    const plan = size ? resizePlan(fullPlan, size, seed) : fullPlan;
    const demo = plan.code === DEMO_VILLAGE.code ? { demoCitizenBirthDate: demoCitizenBirthDate() } : {};
    // Skipped villages are generated all the same: the serials of the villages after them depend on them.
    const batch = generateVillage(plan, serials, { seed, ...demo });
    if (!chosen.has(plan.code)) continue;
    const label = `${plan.code} ${plan.name} (${plan.districtName})`;
    position++;
    yield skip.has(plan.code)
      ? { kind: 'skipped', label, position, villageCode: plan.code }
      : { kind: 'village', label, position, batch };
  }
}
