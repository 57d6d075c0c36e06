import { describe, expect, it } from 'vitest';
import { familyUnitFacts, householdUnitFacts } from './facts.ts';
import { BPS_14_MODEL, DEFAULT_SCORE_MODEL, withWeights } from './model.ts';
import { reasonText, scoreUnit } from './score.ts';
import { decentHousing, family, member, ownsEverything, ownsNothing, unit } from './test-facts.ts';

const score = (facts: Parameters<typeof scoreUnit>[1]) => scoreUnit(DEFAULT_SCORE_MODEL, facts);

describe('scoreUnit under the default model', () => {
  it('gives a well-off, fully recorded household no points and a complete score', () => {
    expect(score(unit())).toEqual({ score: 0, reasons: [], missing: [], complete: true });
  });

  it('adds the points of every deprivation and names each as a reason', () => {
    const result = score(
      unit({
        housing: decentHousing({ floorMaterial: 8, toiletFacility: 6, cookingFuel: 10 }),
        assets: ownsEverything({ motorcycle: false }),
      }),
    );
    expect(result.reasons).toEqual([
      { variable: 'floor_earth', points: 6 },
      { variable: 'no_toilet', points: 5 },
      { variable: 'cooking_firewood', points: 4 },
      { variable: 'no_motorcycle', points: 2 },
    ]);
    expect(result.score).toBe(17);
    expect(result.complete).toBe(true);
  });

  it('orders reasons by points, largest first, equal points in the model order, a car last', () => {
    const result = score(
      unit({
        housing: decentHousing({ wallMaterial: 4, lightingSource: 4, floorMaterial: 8 }),
        assets: ownsEverything({ car: true, refrigerator: false }),
      }),
    );
    expect(result.reasons.map((r) => r.variable)).toEqual([
      'floor_earth',
      'no_electricity',
      'wall_poor',
      'no_refrigerator',
      'owns_car',
    ]);
    expect(result.score).toBe(6 + 5 + 4 + 2 - 6);
  });

  it('writes reasons as "Lantai tanah +6" in Indonesian and "Earth floor +6" in English', () => {
    expect(reasonText({ variable: 'floor_earth', points: 6 }, 'id')).toBe('Lantai tanah +6');
    expect(reasonText({ variable: 'floor_earth', points: 6 }, 'en')).toBe('Earth floor +6');
    expect(reasonText({ variable: 'owns_car', points: -6 }, 'id')).toBe('Punya mobil −6');
    expect(reasonText({ variable: 'crowded', points: 2.5 }, 'id')).toBe(
      'Luas lantai kurang dari 8 m² per orang +2,5',
    );
  });

  it('lists facts it does not have as missing and never counts them, marking the unit incomplete', () => {
    const result = score(
      unit({
        housing: decentHousing({ floorMaterial: null, floorAreaM2: null }),
        assets: ownsEverything({ gold: null }),
      }),
    );
    expect(result.missing).toEqual(['floor_earth', 'floor_bamboo_wood', 'crowded', 'no_gold']);
    expect(result.complete).toBe(false);
    expect(result.score).toBe(0);
  });

  it('treats a family without a household as having no housing facts (all housing variables missing)', () => {
    const result = scoreUnit(DEFAULT_SCORE_MODEL, familyUnitFacts(family(), null));
    expect(result.missing).toContain('floor_earth');
    expect(result.missing).toContain('crowded');
    expect(result.complete).toBe(false);
  });

  it('asks the 450 W power only of a metered PLN connection', () => {
    expect(score(unit({ housing: decentHousing({ electricityPower: 1 }) })).reasons).toEqual([
      { variable: 'electricity_450w', points: 1 },
    ]);
    expect(
      score(unit({ housing: decentHousing({ lightingSource: 2, electricityPower: null }) })).missing,
    ).toEqual([]);
    expect(score(unit({ housing: decentHousing({ electricityPower: null }) })).missing).toEqual([
      'electricity_450w',
    ]);
  });

  it('counts less than 8 m² of floor per person as crowded', () => {
    const five = Array.from({ length: 5 }, (_, i) => member({ relationship: i === 0 ? 1 : 4 }));
    expect(
      score(unit({ members: five, housing: decentHousing({ floorAreaM2: 39 }) })).reasons,
    ).toContainEqual({
      variable: 'crowded',
      points: 4,
    });
    expect(score(unit({ members: five, housing: decentHousing({ floorAreaM2: 40 }) })).reasons).toEqual([]);
  });

  it('scores a single elderly woman living alone: female head, 70+, alone, dependency', () => {
    const widow = member({ relationship: 1, sex: 2, age: 74, occupation: 1, education: 2 });
    const result = score(unit({ members: [widow], head: widow, assets: ownsNothing() }));
    expect(result.reasons.map((r) => r.variable)).toEqual([
      'elderly_alone',
      'female_head',
      'head_low_education',
      'head_not_working',
      'elderly_70',
      'high_dependency',
      'no_motorcycle',
      'no_refrigerator',
      'no_gold',
      'no_livestock',
    ]);
    expect(result.score).toBe(4 + 3 + 3 + 3 + 3 + 3 + 2 + 2 + 1 + 1);
    expect(result.complete).toBe(true);
  });

  it('does not call a man of 59 living alone elderly', () => {
    const man = member({ relationship: 1, age: 59 });
    expect(score(unit({ members: [man], head: man })).reasons).toEqual([]);
  });

  it('counts a head without occupation but who did not work last week as not working', () => {
    const head = member({
      relationship: 1,
      occupation: null,
      welfare: { workedLastWeek: 2, workStatus: null, chronicIllness: 1, difficulty: null },
    });
    const result = score(unit({ members: [head, member()], head }));
    expect(result.reasons.map((r) => r.variable)).toEqual(['head_not_working']);
    expect(result.missing).toEqual([]);
  });

  it('counts a casual labourer head as informal work, and knows disability from the registry or 428', () => {
    const head = member({ relationship: 1, occupation: 19 });
    const child = member({
      age: 12,
      disability: null,
      welfare: {
        workedLastWeek: null,
        workStatus: null,
        chronicIllness: 1,
        difficulty: [4, 4, 1, 4, 4, 4, 4, 4, 4, 4],
      },
    });
    const result = score(unit({ members: [head, child], head }));
    expect(result.reasons.map((r) => r.variable)).toEqual([
      'high_dependency',
      'disability',
      'head_informal_work',
    ]);
  });

  it('leaves a member-level variable missing when one member is unknown and none is known to have it', () => {
    const unknown = member({ welfare: null });
    const result = score(unit({ members: [member({ relationship: 1 }), unknown] }));
    expect(result.missing).toEqual(['chronic_illness']);
    const sick = member({
      welfare: { workedLastWeek: 1, workStatus: 4, chronicIllness: 6, difficulty: null },
    });
    expect(score(unit({ members: [member({ relationship: 1 }), unknown, sick] })).missing).toEqual([]);
  });

  it('applies the weights a regency set, in hundredths', () => {
    const model = withWeights(DEFAULT_SCORE_MODEL, { floor_earth: 1.5, no_toilet: 0 });
    expect(model.id).toBe('skor-kesejahteraan@2');
    const result = scoreUnit(
      model,
      unit({ housing: decentHousing({ floorMaterial: 8, toiletFacility: 6 }) }),
    );
    expect(result).toEqual({
      score: 9,
      reasons: [{ variable: 'floor_earth', points: 9 }],
      missing: [],
      complete: true,
    });
  });
});

describe('a household of several families', () => {
  it('owns an asset when any family owns it, sums livestock, and counts every member', () => {
    const first = family(undefined, ownsNothing({ livestock: 1 }));
    const second = family([member({ relationship: 1 })], ownsNothing({ motorcycle: true, livestock: 2 }));
    const facts = householdUnitFacts(decentHousing(), first.members[0]!.id, [first, second]);
    expect(facts.members).toHaveLength(4);
    expect(facts.assets.motorcycle).toBe(true);
    expect(facts.assets.livestock).toBe(3);
    expect(facts.assets.refrigerator).toBe(false);
    expect(facts.head).toBe(first.members[0]);
  });

  it('keeps an asset unknown when no family owns it and one has no section V', () => {
    const facts = householdUnitFacts(decentHousing(), null, [
      family(undefined, ownsNothing()),
      family(undefined, null),
    ]);
    expect(facts.assets.motorcycle).toBeNull();
    expect(facts.head).toBeNull();
    const result = scoreUnit(DEFAULT_SCORE_MODEL, facts);
    expect(result.missing).toEqual(expect.arrayContaining(['no_motorcycle', 'female_head', 'no_livestock']));
  });

  it('scores each half of a family split across two households under its own roof and with its own assets', () => {
    const parents = family(
      [member({ relationship: 1 }), member({ relationship: 3, sex: 2 })],
      ownsEverything(),
    );
    const youngCouple = family(
      [member({ relationship: 1, age: 24 }), member({ relationship: 3, sex: 2, age: 22 })],
      ownsNothing(),
    );
    const oldHouse = decentHousing();
    const hut = decentHousing({ floorMaterial: 8, floorAreaM2: 12 });
    // The household of the parents also shelters the young couple's family: assets any family owns count.
    const shared = scoreUnit(DEFAULT_SCORE_MODEL, householdUnitFacts(oldHouse, null, [parents, youngCouple]));
    expect(shared.reasons).toEqual([]);
    expect(shared.missing).toEqual([
      'female_head',
      'head_low_education',
      'head_not_working',
      'head_informal_work',
    ]);
    // Once the couple lives in its own hut, their family and that household carry the hut and no assets.
    const own = scoreUnit(DEFAULT_SCORE_MODEL, familyUnitFacts(youngCouple, hut));
    expect(own.reasons.map((r) => r.variable)).toEqual([
      'floor_earth',
      'crowded',
      'no_motorcycle',
      'no_refrigerator',
      'no_gold',
      'no_livestock',
    ]);
    const household = scoreUnit(DEFAULT_SCORE_MODEL, householdUnitFacts(hut, null, [youngCouple]));
    expect(household.score).toBe(own.score);
  });
});

describe('the BPS 14 criteria', () => {
  it('always lists the four criteria the registry does not record as missing', () => {
    const result = scoreUnit(BPS_14_MODEL, unit());
    expect(result.missing).toEqual(['bps_meat_milk', 'bps_clothes', 'bps_meals', 'bps_clinic_costs']);
    expect(result.verdict).toEqual({ met: 0, known: 10, poor: false });
  });

  it('calls a household poor when 9 of the known criteria are met', () => {
    const head = member({ relationship: 1, occupation: 20, education: 3 });
    const result = scoreUnit(
      BPS_14_MODEL,
      unit({
        members: [head, member(), member(), member()],
        head,
        assets: ownsNothing(),
        housing: decentHousing({
          floorAreaM2: 20,
          floorMaterial: 8,
          wallMaterial: 6,
          toiletFacility: 6,
          lightingSource: 4,
          drinkingWaterSource: 9,
          cookingFuel: 10,
        }),
      }),
    );
    expect(result.verdict).toEqual({ met: 10, known: 10, poor: true });
    expect(result.score).toBe(10);
  });

  it('leaves the verdict open when the missing criteria could still reach 9', () => {
    const result = scoreUnit(
      BPS_14_MODEL,
      unit({
        housing: decentHousing({
          floorMaterial: 8,
          wallMaterial: 6,
          toiletFacility: 6,
          lightingSource: 4,
          cookingFuel: 10,
        }),
      }),
    );
    expect(result.verdict).toEqual({ met: 5, known: 10, poor: null });
  });

  it('does not guess a farmer’s land: criterion 12 stays missing for a farmer head', () => {
    const farmer = member({ relationship: 1, occupation: 9 });
    expect(scoreUnit(BPS_14_MODEL, unit({ members: [farmer], head: farmer })).missing).toContain(
      'bps_head_income',
    );
  });
});
