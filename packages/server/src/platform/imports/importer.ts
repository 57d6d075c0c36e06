// What an importer declares to the staged import pipeline: its file's columns, how it checks the rows, and
// how it writes them. It never touches files, jobs, progress or routes; the pipeline (job-runner.ts, routes.ts)
// reads the upload in a worker thread, stages what the check says line by line, lets the operator decide, and
// runs the commit in one transaction.
import type { Actor } from '../../access/roles.ts';
import type { Db } from '../../db/database.ts';
import type { ErrorCode } from '../../http/error-catalogue.ts';
import type { IdentifierMasks } from '../identifiers/identifier-masks.ts';
import type { KeyValueLine } from '../sheets/key-value-sheet.ts';
import type { Bilingual, RawRow, SheetLayout } from '../sheets/read-sheet.ts';
import type { RowIssue, RowIssueCatalogue } from './row-issues.ts';

/** A changed field as the operator reads it: column, value now, value after the import. */
export interface FieldChange {
  field: string;
  from: string | number | null;
  to: string | number | null;
}

/** One line of the file after the check: what is wrong, what will happen, and what the commit needs. */
export interface StagedLine<Data> {
  lineNo: number;
  /** The importer's word for what the line will do (insert, update, create …); null when nothing. */
  action: string | null;
  errors: RowIssue[];
  warnings: RowIssue[];
  changes: FieldChange[] | null;
  data: Data;
  /**
   * What the line's action acts on, when several lines share it (the household of an RTM file's members):
   * the job counts each unit once per action. Lines without one count one each.
   */
  unit?: string;
}

/** Who the line is about, for the review table: identifiers masked, never in full. */
export interface LineSubject {
  identifierMasked: string | null;
  secondaryMasked: string | null;
  name: string | null;
  /** The birth date the line gives (ISO), shown beside the masked NIK; null where the file has none. */
  birthDate: string | null;
}

export interface CheckInput<H extends string> {
  db: Db;
  villageCode: string;
  /** The template's headers the file has, in its order: a column it lacks leaves recorded values alone. */
  headers: readonly H[];
  rows: readonly RawRow<H>[];
  /** The lines of the layout's keyValueSheet (OpenSID's program sheet); empty when it names none. */
  keyValues?: readonly KeyValueLine[];
  /** The rows of the layout's companion table (OpenDK's programs); empty when the upload lacked it. */
  companion?: readonly RawRow[];
  /** Reports lines checked so far; also yields to the event loop so other requests are served. */
  progress: (done: number) => Promise<void>;
}

export interface CommitInput<Data> {
  trx: Db;
  villageCode: string;
  jobId: string;
  actor: Actor;
  mode: 'all' | 'valid_only';
  fileName: string;
  /** The staged lines to write (error lines left out), a page at a time, in line order. */
  lines: (afterLine: number, limit: number) => Promise<StagedLine<Data>[]>;
  progress: (done: number, total: number) => void;
}

export interface CommitResult {
  /** What was written, in the importer's words (e.g. {inserted: 40, updated: 3}). */
  counts: Record<string, number>;
  /** Facts for the audit entry beyond the counts (e.g. which columns changed per household). */
  auditDetails?: Record<string, unknown>;
}

/** The registry moved between the check and the commit: nothing is written, the operator uploads again. */
export class ImportConflict extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
  }
}

export interface Importer<H extends string = string, Data = unknown> {
  /** The path segment of its routes (`/api/villages/:code/imports/<name>`) and, with the module, the job kind. */
  name: string;
  kind: string;
  title: Bilingual;
  /** The OpenAPI summary of its upload route. */
  summary: string;
  layout: SheetLayout<H>;
  /** Every code its lines may carry (row-issues.ts); the pipeline stages no other. */
  issues: RowIssueCatalogue;
  /**
   * Whether the operator may save the valid lines and skip the rest. Only where lines are independent of
   * one another (a resident row can stand alone; a household spans rows, so it is all or nothing).
   */
  allowPartial: boolean;
  /** The catalogued code answered when lines still have errors (by default IMPORT_HAS_ERRORS). */
  errorsCode?: ErrorCode;
  /**
   * Whether the rows hold any record, for files whose lines are not records one for one (a BIP's family-card
   * and column-numbering lines): a file holding none is refused like an empty one, at upload when the first
   * lines were the whole file. Default: every non-blank line is a record.
   */
  holdsRecords?(rows: readonly RawRow<H>[]): boolean;
  check(input: CheckInput<H>): Promise<StagedLine<Data>[]>;
  /** `masks`: the installation's (identifiers/identifier-masks.ts); a subject never carries a whole number. */
  subject(data: Data, masks: IdentifierMasks): LineSubject;
  /** Writes the lines; returns what it wrote, kept on the job, and what the audit entry should add. */
  commit(input: CommitInput<Data>): Promise<CommitResult>;
  /** The audit action of a commit, e.g. population.import. */
  auditAction: string;
}

/** Importers are registered with their data type erased; each one's own code keeps it. */
export type AnyImporter = Importer<string, unknown>;

export function defineImporter<H extends string, Data>(importer: Importer<H, Data>): AnyImporter {
  return importer;
}
