import { describe, expect, it } from 'vitest';
import {
  CHOROPLETH_COLOURS,
  classify,
  colourOf,
  fillColourExpression,
  NO_DATA_COLOUR,
} from './choropleth.ts';

describe('classify', () => {
  it('puts about as many villages in each of five classes, lightest for the lowest', () => {
    const values = Array.from({ length: 217 }, (_, i) => (i * 37) % 217);
    const classes = classify(values);
    expect(classes.map((c) => c.colour)).toEqual([...CHOROPLETH_COLOURS]);
    const sizes = classes.map((c) => values.filter((v) => v >= c.min && v <= c.max).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(217);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(classes[0]!.min).toBe(0);
    expect(classes.at(-1)!.max).toBe(216);
  });

  it('never splits equal values, so a mostly-zero figure gives fewer classes', () => {
    const values = [0, 0, 0, 0, 0, 0, 0, 3, 8, 40];
    const classes = classify(values);
    expect(classes[0]).toMatchObject({ min: 0, max: 0 });
    expect(classes.length).toBeLessThan(5);
    for (let i = 1; i < classes.length; i++) expect(classes[i]!.min).toBeGreaterThan(classes[i - 1]!.max);
  });

  it('has no classes without values, and one middle class when every village has the same value', () => {
    expect(classify([])).toEqual([]);
    expect(classify([7, 7, 7])).toEqual([{ min: 7, max: 7, colour: CHOROPLETH_COLOURS[2] }]);
  });
});

describe('colourOf and fillColourExpression', () => {
  const classes = classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

  it('colours a value by its class and a missing value as no data', () => {
    expect(colourOf(1, classes)).toBe(CHOROPLETH_COLOURS[0]);
    expect(colourOf(10, classes)).toBe(CHOROPLETH_COLOURS[4]);
    expect(colourOf(null, classes)).toBe(NO_DATA_COLOUR);
    expect(colourOf(Number.NaN, classes)).toBe(NO_DATA_COLOUR);
  });

  it('matches each village code to its colour, anything else grey', () => {
    const expression = fillColourExpression(
      new Map([
        ['35.10.01.2001', 1],
        ['35.10.01.2002', null],
      ]),
      classes,
    );
    expect(expression).toEqual([
      'match',
      ['get', 'code'],
      '35.10.01.2001',
      CHOROPLETH_COLOURS[0],
      '35.10.01.2002',
      NO_DATA_COLOUR,
      NO_DATA_COLOUR,
    ]);
    expect(fillColourExpression(new Map(), classes)).toBe(NO_DATA_COLOUR);
  });
});
