// What the load loop walks through: the villages in load order, each with the write that puts it into the
// database through the chosen writer (rows for unnest, COPY text prepared by the worker for the COPY writers),
// whether generated while loading or beforehand (prepareFirst).
import type { PopulationWriter } from './bulk-writers.ts';
import { preparedInWorker, type PreparedStep } from './prepared-stream.ts';
import {
  generateVillages,
  villageCounts,
  type GenerationRequest,
  type GenerationStep,
  type SkippedStep,
  type VillageCounts,
} from './village-generation.ts';

export type LoadStep =
  | SkippedStep
  | { kind: 'load'; label: string; position: number; counts: VillageCounts; write: () => Promise<void> };

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
        const counts = villageCounts(batch);
        yield {
          kind: 'load',
          label: step.label,
          position: step.position,
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
