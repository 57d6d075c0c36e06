// The arithmetic of a choropleth: villages' values put into a few classes, each with its colour, and the
// MapLibre expression that paints each village by its code. Pure, so any per-village figure (residents
// today, the poverty rate of the social-assistance module later) is coloured the same way.

/**
 * ColorBrewer "YlGnBu", 5 classes (Cynthia Brewer, Apache-2.0): sequential, readable by people with the
 * common colour-vision deficiencies and in greyscale print, light = low, dark = high.
 */
export const CHOROPLETH_COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
/** A village with no value (no data yet): a neutral grey, clearly apart from the lightest class. */
export const NO_DATA_COLOUR = '#d5d5d0';

export interface ChoroplethClass {
  /** The smallest and largest value that falls into this class. */
  min: number;
  max: number;
  colour: string;
}

/**
 * Quantile classes: each holds about as many villages as the others, so a few very large villages do not
 * leave all the rest in one colour. Classes never split equal values, so there may be fewer than five.
 */
export function classify(values: readonly number[], count = CHOROPLETH_COLOURS.length): ChoroplethClass[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const ranges: { min: number; max: number }[] = [];
  let start = 0;
  for (let i = 1; i <= count && start < sorted.length; i++) {
    let end = Math.max(start, Math.ceil((i * sorted.length) / count) - 1);
    // Equal values stay in one class: extend to the last copy of the value the class ends on.
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]) end++;
    ranges.push({ min: sorted[start]!, max: sorted[end]! });
    start = end + 1;
  }
  // Fewer classes take the middle of the ramp, so neither end (nor one value everywhere) looks extreme.
  const offset = Math.floor((CHOROPLETH_COLOURS.length - ranges.length) / 2);
  return ranges.map((range, i) => ({ ...range, colour: CHOROPLETH_COLOURS[i + offset]! }));
}

/** The colour of one value; no value (null) is "no data". */
export function colourOf(value: number | null | undefined, classes: readonly ChoroplethClass[]): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA_COLOUR;
  return (classes.find((c) => value <= c.max) ?? classes.at(-1))?.colour ?? NO_DATA_COLOUR;
}

/**
 * A MapLibre `fill-color` expression that colours each feature by its `code` property: a `match` over the
 * village codes (a few hundred pairs at most), anything else grey.
 */
export function fillColourExpression(
  values: ReadonlyMap<string, number | null>,
  classes: readonly ChoroplethClass[],
): unknown {
  const pairs = [...values].flatMap(([code, value]) => [code, colourOf(value, classes)]);
  if (pairs.length === 0) return NO_DATA_COLOUR;
  return ['match', ['get', 'code'], ...pairs, NO_DATA_COLOUR];
}
