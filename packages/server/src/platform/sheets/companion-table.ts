// A format whose records come as two tables side by side, zipped together: OpenDK's program exchange sends a
// programs CSV and a participants CSV (its template `program_bantuan_….zip` holds `<name>.csv` and
// `peserta_<name>.csv`). The participants are the layout's rows; the other table is its `companion`, read
// whole into SheetContents.companion for the importer to interpret. Which file is which is told by their
// headers, not their names (the names are the sender's). Uploaded alone, the rows' CSV is read as any CSV.
import type { FileFormat } from './file-format.ts';
import {
  ImportFileError,
  type Bilingual,
  type RawRow,
  type SheetContents,
  type SheetLayout,
} from './read-sheet.ts';
import { unpackCsvFiles, ZipRefused } from './zip-archive.ts';

/** The second table of a two-table format: its columns, the ones it needs, and what a line of it is. */
export interface CompanionTable {
  headers: readonly string[];
  required: readonly string[];
  formatName: Bilingual;
  rowNoun: Bilingual;
}

type Reader = <H extends string>(
  content: Buffer,
  format: FileFormat,
  layout: SheetLayout<H>,
  options: { sniffRows?: number },
) => SheetContents<H>;

function tryRead<H extends string>(
  read: Reader,
  content: Buffer,
  layout: SheetLayout<H>,
  sniffRows?: number,
) {
  try {
    return read(content, 'csv', layout, sniffRows ? { sniffRows } : {});
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
}

export function readTablePair<H extends string>(
  read: Reader,
  content: Buffer,
  layout: SheetLayout<H> & { companion: CompanionTable },
  options: { sniffRows?: number },
): SheetContents<H> {
  let unpacked;
  try {
    unpacked = unpackCsvFiles(content, 2);
  } catch (error) {
    if (error instanceof ZipRefused) throw new ImportFileError(error.failure);
    throw error;
  }
  const companionLayout: SheetLayout = { sheetName: 'companion', ...layout.companion };
  let main: { name: string; contents: SheetContents<H> } | null = null;
  let companion: { name: string; rows: RawRow[] } | null = null;
  let firstRefusal: ImportFileError | null = null;
  for (const file of unpacked.files) {
    const asRows = tryRead(read, file.content, layout, options.sniffRows);
    if (!(asRows instanceof ImportFileError) && main === null) {
      main = { name: file.name, contents: asRows };
      continue;
    }
    const asCompanion = tryRead(read, file.content, companionLayout, options.sniffRows);
    if (!(asCompanion instanceof ImportFileError) && companion === null) {
      companion = { name: file.name, rows: asCompanion.rows };
      continue;
    }
    firstRefusal ??= asRows instanceof ImportFileError ? asRows : new ImportFileError(twoOfAKind(file.name));
  }
  if (main === null) throw firstRefusal ?? new ImportFileError(noRowsFile(layout));
  if (firstRefusal) throw firstRefusal;
  const notes: Bilingual[] = [
    {
      id: `${capitalise(layout.rowNoun.id)} dibaca dari ${main.name}${companion ? `, ${layout.companion.rowNoun.id} dari ${companion.name}` : ''}.`,
      en: `${capitalise(layout.rowNoun.en)} were read from ${main.name}${companion ? `, ${layout.companion.rowNoun.en} from ${companion.name}` : ''}.`,
    },
    ...unpacked.notes,
  ];
  return {
    ...main.contents,
    notes: [...notes, ...main.contents.notes],
    ...(companion ? { companion: companion.rows } : {}),
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const twoOfAKind = (name: string): Bilingual => ({
  id: `Berkas ${name} di dalam zip berisi tabel yang sama dengan berkas lainnya; kirim satu berkas per tabel.`,
  en: `The file ${name} in the zip holds the same table as the other file; send one file per table.`,
});

const noRowsFile = (layout: SheetLayout): Bilingual => ({
  id: `Zip tidak berisi berkas ${layout.rowNoun.id} (${layout.formatName.id}).`,
  en: `The zip holds no file of ${layout.rowNoun.en} (${layout.formatName.en}).`,
});
