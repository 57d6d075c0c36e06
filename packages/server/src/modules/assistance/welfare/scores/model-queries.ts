// Scoring models in welfare_model: the default ones added at start-up, the active one per kind, versions.
import { sql } from 'kysely';
import {
  parseModelDefinition,
  type WelfareModel,
  type WelfareModelDefinition,
  type WelfareModelKind,
} from '@smart-kampung/domain';
import type { Db } from '../../../../db/database.ts';

/** Adds each model whose kind has no model at all, active (a kind the regency already versions is left). */
export async function insertModelsOfMissingKinds(db: Db, models: readonly WelfareModel[]) {
  for (const model of models) {
    await sql`
      INSERT INTO welfare_model (id, kind, name, definition, active)
      SELECT ${model.id}, ${model.kind}, ${model.name}, ${JSON.stringify(model.definition)}::jsonb, true
      WHERE NOT EXISTS (SELECT 1 FROM welfare_model WHERE kind = ${model.kind})
      ON CONFLICT (id) DO NOTHING`.execute(db);
  }
}

interface ModelRow {
  id: string;
  kind: string;
  name: string;
  definition: unknown;
  active: boolean;
  created_at: Date;
  created_by: string | null;
}

export interface StoredModel extends WelfareModel {
  active: boolean;
  createdAt: Date;
  createdBy: string | null;
}

function toModel(row: ModelRow): StoredModel {
  const kind = row.kind as WelfareModelKind;
  return {
    id: row.id,
    kind,
    name: row.name,
    definition: parseModelDefinition(kind, row.definition),
    active: row.active,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

const modelColumns = ['id', 'kind', 'name', 'definition', 'active', 'created_at', 'created_by'] as const;

export async function activeModels(db: Db): Promise<StoredModel[]> {
  const rows = await db
    .selectFrom('welfare_model')
    .select(modelColumns)
    .where('active', '=', true)
    .orderBy('kind', 'desc')
    .execute();
  return rows.map(toModel);
}

/** Every version, newest first within its kind. */
export async function allModels(db: Db): Promise<StoredModel[]> {
  const rows = await db
    .selectFrom('welfare_model')
    .select(modelColumns)
    .orderBy('kind', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toModel);
}

/** The active model of a kind, its row locked so two weight changes make versions one after the other. */
export async function lockActiveModel(trx: Db, kind: WelfareModelKind): Promise<StoredModel | undefined> {
  const row = await trx
    .selectFrom('welfare_model')
    .select(modelColumns)
    .where('kind', '=', kind)
    .where('active', '=', true)
    .forUpdate()
    .executeTakeFirst();
  return row ? toModel(row) : undefined;
}

/** The highest version number of a model name (versions may have been made by other means). */
export async function highestVersion(trx: Db, name: string): Promise<number> {
  const rows = await trx.selectFrom('welfare_model').select('id').where('id', 'like', `${name}@%`).execute();
  return Math.max(0, ...rows.map((row) => Number(row.id.slice(row.id.lastIndexOf('@') + 1))));
}

export async function replaceActiveModel(
  trx: Db,
  previousId: string,
  next: { id: string; kind: WelfareModelKind; name: string; definition: WelfareModelDefinition },
  userId: string,
) {
  await trx.updateTable('welfare_model').set({ active: false }).where('id', '=', previousId).execute();
  await trx
    .insertInto('welfare_model')
    .values({
      id: next.id,
      kind: next.kind,
      name: next.name,
      definition: JSON.stringify(next.definition),
      active: true,
      created_by: userId,
    })
    .execute();
}
