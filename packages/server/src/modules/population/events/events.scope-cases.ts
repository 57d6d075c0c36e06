// Scope cases of the life events: every registry write belongs to the village's own staff and the regency
// admin; district and agency staff, who may read the village, get 403 (see test/scope-harness).
import type { RouteCase } from '../../../../test/scope-harness/route-case.ts';
import { today } from '../registry/nik-check.ts';
import { kkFor, moveInPayload, nikFor } from '../test-support/families.ts';

const write = { kind: 'area', action: 'write' } as const;
const districtOf = (village: string) => village.slice(0, 8);

export const eventScopeCases: RouteCase[] = [
  {
    route: 'POST /api/villages/:code/events/birth',
    rule: write,
    scope: 'record',
    consumesTarget: true, // the child's NIK is taken
    request: async (h, village) => ({
      params: { code: village! },
      body: {
        familyId: (await h.family(village!)).familyId,
        nik: nikFor('2025-06-01', 2, districtOf(village!)),
        fullName: 'Ayu Lestari',
        sex: 2,
        birthDate: '2025-06-01',
        birthPlace: 'Banyuwangi',
        fatherName: 'Slamet Riyadi',
        motherName: 'Siti Aminah',
        relationship: 4,
      },
    }),
    ok: [201],
  },
  {
    route: 'POST /api/villages/:code/events/move-in',
    rule: write,
    scope: 'village',
    consumesTarget: true, // the NIKs and the KK number are taken
    request: async (_h, village) => ({ params: { code: village! }, body: moveInPayload(village!) }),
    ok: [201],
  },
  {
    route: 'POST /api/villages/:code/events/family-split',
    rule: write,
    scope: 'record',
    consumesTarget: true,
    request: async (h, village, fresh) => {
      const { familyId, residentIds } = await h.family(village!, fresh);
      return {
        params: { code: village! },
        body: {
          date: today(),
          fromFamilyId: familyId,
          newKkNumber: kkFor(districtOf(village!)),
          memberIds: [residentIds[2]!],
          newHeadId: residentIds[2]!,
          dusun: 'Krajan',
          rw: '001',
          rt: '003',
          address: 'Jl. Melati 2',
        },
      };
    },
    ok: [201],
  },
  {
    route: 'POST /api/villages/:code/events/family-merge',
    rule: write,
    scope: 'record',
    consumesTarget: true,
    request: async (h, village, fresh) => {
      const into = await h.family(village!);
      // Only a fresh family can be merged away; a refused call never gets that far.
      const from = fresh ? await h.family(village!, true) : into;
      return {
        params: { code: village! },
        body: {
          date: today(),
          fromFamilyId: from.familyId,
          intoFamilyId: into.familyId,
          relationships: [{ residentId: from.residentIds[0]!, relationship: 9 }],
        },
      };
    },
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/residents/:id/death',
    rule: write,
    scope: 'record',
    consumesTarget: true,
    request: async (h, village, fresh) => ({
      params: { code: village!, id: (await h.family(village!, fresh)).residentIds[2]! },
      body: { date: today(), place: 'Rumah', cause: 'Sakit' },
    }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/residents/:id/move-out',
    rule: write,
    scope: 'record',
    consumesTarget: true,
    request: async (h, village, fresh) => ({
      params: { code: village!, id: (await h.family(village!, fresh)).residentIds[2]! },
      body: { date: today(), destination: 'Kota Malang', destinationRegionCode: '35.73', wholeFamily: false },
    }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/residents/:id/correct',
    rule: write,
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: (await h.family(village!)).residentIds[2]! },
      body: { reason: 'salah ketik nama', changes: { fullName: 'Dwi Lestari', birthPlace: 'Banyuwangi' } },
    }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/residents/:id/void',
    rule: write,
    scope: 'record',
    consumesTarget: true,
    request: async (h, village, fresh) => ({
      params: { code: village!, id: (await h.family(village!, fresh)).residentIds[2]! },
      body: { reason: 'tercatat dua kali' },
    }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/residents/:id/verify',
    rule: write,
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: (await h.family(village!)).residentIds[2]! },
      body: { reason: 'sudah dicek di lapangan' },
    }),
    ok: [200],
  },
];
