// What the load loop walks through: the villages in load order, each with the write that puts it into the
// database through the chosen writer (rows for unnest, COPY text prepared by the worker for the COPY writers),
// whether generated while loading or beforehand (prepareFirst).
import type { PopulationWriter } from './bulk-writers.ts';
import { preparedInWorker, type PreparedStep } from './prepared-stream.ts';
import { generateVillages, type GenerationRequest, type GenerationStep } from './village-generation.ts';

export type LoadStep =
  | { kind: 'skipped'; label: string; position: number; villageCode: string }
  | {
      kind: 'load';
      label: string;
      position: number;
      villageCode: string;
      counts: VillageCounts;
      write: () => Promise<void>;
    };

interface VillageCounts {
  residents: number;
  families: number;
  households: number;
}

/** Villages in load order, each with the write that puts it into the database through the chosen writer. */
export async function* loadSteps(
  writer: PopulationWriter,
  request: GenerationRequest,
  ready?: Ready,
): AsyncGenerator<LoadStep> {
  if (writer.method === 'unnest') {
    for (const step of ready?.generated ?? generateVillages(request)) {
      if (step.kind === 'skipped') yield step;
      else {
        const { batch } = step;
        const counts = {
          residents: batch.residents.length,
          families: batch.families.length,
          households: batch.households.length,
        };
        yield {
          kind: 'load',
          label: step.label,
          position: step.position,
          villageCode: batch.villageCode,
          counts,
          write: () => writer.writeVillage(batch),
        };
      }
    }
    return;
  }
  for await (const step of ready?.prepared ?? preparedInWorker(request)) {
    if (step.kind === 'skipped') yield step;
    else {
      const village = step.prepared;
      yield {
        kind: 'load',
        label: step.label,
        position: step.position,
        villageCode: village.villageCode,
        counts: village,
        write: () => writer.writeVillage(village),
      };
    }
  }
}

/** Villages generated before the load (prepareFirst): rows for the unnest writer, COPY text for the others. */
export interface Ready {
  generated?: GenerationStep[];
  prepared?: PreparedStep[];
}

export async function collect<T>(steps: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const step of steps) all.push(step);
  return all;
}
