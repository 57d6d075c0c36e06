-- The rest of the Regsosek 2022 housing section (III), so a village's DTKS/Regsosek file is kept whole:
-- 306b, the distance from the drinking-water source to the nearest sewage or faeces holding place (asked for
-- wells and springs, 306a = 4-8), and the installed power of a second and third meter (307b2, 307b3; 307b1 is
-- electricity_power).
ALTER TABLE household
  ADD COLUMN water_waste_distance smallint,
  ADD COLUMN electricity_power_2 smallint,
  ADD COLUMN electricity_power_3 smallint;
COMMENT ON COLUMN household.water_waste_distance IS 'Regsosek 306b: 1 under 10 m, 2 at least 10 m, 3 unknown';
COMMENT ON COLUMN household.electricity_power_2 IS 'Regsosek 307b2: installed power of the second meter';
COMMENT ON COLUMN household.electricity_power_3 IS 'Regsosek 307b3: installed power of the third meter';
