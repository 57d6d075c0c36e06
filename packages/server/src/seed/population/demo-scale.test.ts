// The default demo (`npm start`): every village of the regency has people, about 40,000 in all, and the demo
// village Sarongan is exactly what the village scale gives, so the accounts and tests built on it still hold.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POPULATION_SEED } from './seed-population.ts';
import { generateVillages, populationPlans, type GenerationStep } from './village-generation.ts';
import { DEMO_SCALE_RESIDENTS, DEMO_VILLAGE, demoScaleSizes } from './village-plan.ts';

const seed = DEFAULT_POPULATION_SEED;
const plans = populationPlans(seed);

const batchOf = (step: GenerationStep | undefined) => {
  if (step?.kind !== 'village') throw new Error('expected a generated village');
  return step.batch;
};

describe('demo scale', () => {
  it('sizes every village but Sarongan, small, to about 40,000 residents in all', () => {
    const sizes = demoScaleSizes(plans);
    expect(sizes.size).toBe(216);
    expect(sizes.has(DEMO_VILLAGE.code)).toBe(false);
    const total = DEMO_VILLAGE.residents + [...sizes.values()].reduce((sum, n) => sum + n, 0);
    expect(total).toBeGreaterThan(25_000);
    expect(total).toBeLessThan(60_000);
    expect(Math.abs(total - DEMO_SCALE_RESIDENTS)).toBeLessThan(1_000);
    for (const size of sizes.values()) expect(size).toBeGreaterThanOrEqual(40);
    // Larger villages stay larger: the order of sizes follows the full plan.
    const byPlan = plans
      .filter((p) => p.code !== DEMO_VILLAGE.code)
      .sort((a, b) => a.targetResidents - b.targetResidents);
    expect(sizes.get(byPlan.at(-1)!.code)!).toBeGreaterThan(sizes.get(byPlan[0]!.code)!);
  });

  it('generates every village, Sarongan exactly as at village scale and the others at their demo size', () => {
    const all = plans.map((p) => p.code);
    const demo = [...generateVillages({ seed, chosen: all, skip: [], demoScale: true })];
    expect(demo).toHaveLength(217);
    const village = batchOf(generateVillages({ seed, chosen: [DEMO_VILLAGE.code], skip: [] }).next().value);
    const sarongan = batchOf(
      demo.find((s) => s.kind === 'village' && s.batch.residents[0]?.village_code === DEMO_VILLAGE.code),
    );
    expect(JSON.stringify(sarongan)).toBe(JSON.stringify(village));
    const sizes = demoScaleSizes(plans);
    const residents = demo.reduce((sum, step) => sum + batchOf(step).residents.length, 0);
    expect(Math.abs(residents - DEMO_SCALE_RESIDENTS)).toBeLessThan(2_000);
    for (const step of demo) {
      const batch = batchOf(step);
      const code = batch.residents[0]!.village_code;
      if (code !== DEMO_VILLAGE.code)
        expect(Math.abs(batch.residents.length - sizes.get(code)!)).toBeLessThan(sizes.get(code)! * 0.3 + 10);
    }
  });
});
