// What one importer brings to the shared import wizard: which upload route, the template to start from, the
// words of its first step, how its counts are named, how its columns read, and where its result shows.
import type { ReactNode } from 'react';
import type { ImporterName } from '../../api/imports.ts';

/** A planned action of the check: its key in the job's actionCounts and its name ("Penduduk baru"). */
export interface ActionLabel {
  key: string;
  label: string;
  /** Actions that change data are coloured; "unchanged" has no tone. */
  tone?: 'insert' | 'update';
}

/** A count of the commit's result: its key in the job's result and its sentence ("3 penduduk baru"). */
export interface ResultLabel {
  key: string;
  /** n is already formatted for the reader. */
  label: (n: string) => string;
}

export interface ImporterConfig {
  importer: ImporterName;
  /**
   * The template to start from, named as it is saved: a CSV built in the browser, or a file the server builds
   * (OpenSID's whole resident template, an .xlsx with its "Kode Data" sheet).
   */
  template: { fileName: string; csv: () => string } | { fileName: string; url: string };
  file: {
    intro: ReactNode;
    /** What the file must look like, one list item each. */
    requirements: ReactNode[];
    templateLink: string;
    /** The file field's label. */
    label: string;
  };
  /** The planned actions of the check, in the order the summary shows them. */
  actions: readonly ActionLabel[];
  /** The counts the commit answers, in the order the result lists them. */
  results: readonly ResultLabel[];
  /** The header of the column saying whose line it is ("Nama / NIK", "No. KK"). */
  subjectHeader: string;
  /** What the line's second identifier is, written before it ("KK" beside a resident's NIK). */
  secondaryLabel?: string;
  /** How a column of the file is named in the tables; the header as written by default. */
  fieldLabel?: (field: string) => ReactNode;
  /** The importer also takes a .zip holding its .xlsx (OpenDK's exchange). */
  acceptsZip?: boolean;
  /** Where the result shows after saving. */
  next: { pathname: string; label: string };
}
