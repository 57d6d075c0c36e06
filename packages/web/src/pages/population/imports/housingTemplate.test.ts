import { describe, expect, it } from 'vitest';
import { COLUMN_OF_VARIABLE, HOUSING_COLUMNS } from '@smart-kampung/domain';
import {
  HOUSING_EXAMPLE,
  HOUSING_HEADERS,
  HOUSING_QUESTIONS,
  columnOfQuestion,
  housingTemplateCsv,
} from './housingTemplate.ts';

describe('housing import template', () => {
  it('is the header of the Regsosek housing sheet and one example row, semicolon-separated, with a BOM', () => {
    const [header, example, rest] = housingTemplateCsv().split('\r\n');
    expect(header).toBe(
      '\uFEFFno kartu keluarga;301a;301b;302;303;304;305;306a;306b;307a;307b1;307b2;307b3;308;309a;309b;310',
    );
    expect(example?.split(';')).toHaveLength(HOUSING_HEADERS.length);
    expect(example).toBe(HOUSING_EXAMPLE.join(';'));
    expect(rest).toBe('');
  });

  it('has a question for every housing fact of a household', () => {
    expect(HOUSING_QUESTIONS.map((question) => COLUMN_OF_VARIABLE[question]).sort()).toEqual(
      [...HOUSING_COLUMNS].sort(),
    );
  });

  it('leaves the second and third meter of the example blank: a house may have one', () => {
    const at = (question: string) => HOUSING_EXAMPLE[HOUSING_HEADERS.indexOf(question)];
    expect([at('307a'), at('307b1'), at('307b2'), at('307b3')]).toEqual(['1', '2', '', '']);
  });

  it('names the household column of a question number, whatever its case', () => {
    expect(columnOfQuestion('306b')).toBe('water_waste_distance');
    expect(columnOfQuestion('307B2')).toBe('electricity_power_2');
    expect(columnOfQuestion('no kartu keluarga')).toBeNull();
  });
});
