// A world with the cases targeting must tell apart: a poor family with a pregnant mother and a small child, an
// elderly woman alone, an elderly couple, a house of two families (one an old woman alone in her own KK), an
// unranked household with nothing answered, a household whose people all died or moved, an empty house, a
// better-off household enrolled, families of no household, and enrolments of every unit.
import type { World } from './world.ts';

export const VILLAGE_A = '35.10.01.2001';
export const VILLAGE_B = '35.10.01.2002';
export const VILLAGE_C = '35.10.02.2001';
export const AS_OF = '2026-12-03';
const severe = [4, 4, 2, 4, 4, 4, 4, 4, 4, 4];
const none = [4, 4, 4, 4, 4, 4, 4, 4, 4, 1];

export const sampleWorld: World = {
  households: [
    {
      key: 'h-poor',
      village: VILLAGE_A,
      decile: 2,
      head: 'a1',
      families: [
        {
          key: 'fa',
          lostLivelihood: true,
          members: [
            {
              key: 'a1',
              birthDate: '1980-02-29',
              sex: 2,
              insurance: 1,
              welfare: { difficulty: severe, chronicIllness: 18, healthInsurance: 0 },
            },
            { key: 'a2', birthDate: '2020-12-04', sex: 1, relationship: 4, insurance: null },
            {
              key: 'a3',
              birthDate: '1998-06-01',
              sex: 2,
              relationship: 4,
              pregnant: 1,
              welfare: { difficulty: none, healthInsurance: 1 },
            },
          ],
        },
      ],
    },
    {
      key: 'h-elder-alone',
      village: VILLAGE_A,
      decile: 1,
      head: 'e1',
      families: [
        {
          key: 'fe',
          lostLivelihood: false,
          members: [{ key: 'e1', birthDate: '1950-12-03', sex: 2, welfare: { chronicIllness: 3 } }],
        },
      ],
    },
    {
      key: 'h-elder-couple',
      village: VILLAGE_A,
      decile: 3,
      head: 'e2',
      families: [
        {
          key: 'fc',
          members: [
            { key: 'e2', birthDate: '1956-12-04', disability: null },
            {
              key: 'e3',
              birthDate: '1956-12-03',
              sex: 2,
              relationship: 3,
              disability: null,
              welfare: { difficulty: none },
            },
          ],
        },
      ],
    },
    {
      key: 'h-split',
      village: VILLAGE_A,
      decile: 5,
      head: 's2',
      families: [
        { key: 'fs1', lostLivelihood: null, members: [{ key: 's1', birthDate: '1945-01-01', sex: 2 }] },
        {
          key: 'fs2',
          lostLivelihood: false,
          members: [
            { key: 's2', birthDate: '1980-01-01', insurance: 99 },
            { key: 's3', birthDate: '2008-12-04', relationship: 4, welfare: { healthInsurance: 99 } },
          ],
        },
      ],
    },
    {
      key: 'h-unranked',
      village: VILLAGE_A,
      families: [
        {
          key: 'fu',
          lostLivelihood: 'no row',
          members: [
            { key: 'u1', birthDate: '1990-03-01', insurance: null, disability: null, relationship: null },
          ],
        },
      ],
    },
    {
      key: 'h-gone',
      village: VILLAGE_A,
      decile: 4,
      head: 'g1',
      families: [
        {
          key: 'fg',
          members: [
            { key: 'g1', birthDate: '1940-01-01', status: 2 },
            { key: 'g2', birthDate: '1970-01-01', status: 3, relationship: 3 },
          ],
        },
      ],
    },
    { key: 'h-empty', village: VILLAGE_A, decile: 6, families: [] },
    {
      key: 'h-rich',
      village: VILLAGE_B,
      decile: 9,
      head: 'r1',
      families: [
        {
          key: 'fr',
          lostLivelihood: false,
          members: [
            { key: 'r1', birthDate: '1970-01-01' },
            { key: 'r2', birthDate: '2020-12-03', relationship: 4 },
            { key: 'r3', birthDate: '2008-12-03', relationship: 4, welfare: { healthInsurance: 4 } },
            { key: 'r4', birthDate: '1975-01-01', sex: 2, relationship: 3, disability: 2 },
          ],
        },
      ],
    },
    {
      key: 'h-moved-family',
      village: VILLAGE_C,
      decile: 2,
      head: 'm1',
      families: [
        { key: 'fm-old', active: false, members: [{ key: 'm0', birthDate: '1960-01-01', status: 3 }] },
        { key: 'fm', members: [{ key: 'm1', birthDate: '1955-05-05', sex: 2 }] },
      ],
    },
  ],
  looseFamilies: [
    {
      key: 'fl',
      village: VILLAGE_A,
      lostLivelihood: false,
      members: [{ key: 'l1', birthDate: '1940-07-07' }],
    },
    {
      key: 'fl2',
      village: VILLAGE_B,
      members: [
        { key: 'l2', birthDate: '1985-05-05', sex: 2 },
        { key: 'l3', birthDate: '2021-01-01', relationship: 4 },
      ],
    },
  ],
  enrolments: [
    { program: 'PKH', unit: 'fa' },
    { program: 'PKH', unit: 'fr' },
    { program: 'PKH', unit: 'fg' },
    { program: 'PKH', unit: 'fs1', status: 'exited' },
    { program: 'RTLH', unit: 'h-rich' },
    { program: 'RTLH', unit: 'h-gone' },
    { program: 'PIP', unit: 'r3' },
    { program: 'PIP', unit: 'a2', status: 'suspended' },
    { program: 'SEMBAKO', unit: 'fs2' },
    { program: 'SEMBAKO', unit: 'fa' },
    { program: 'SEMBAKO', unit: 'l1' },
  ],
};
