// Test fixtures in OpenDK's program exchange format, built here (the project never ships OpenDK's files):
// CSV as OpenSID writes it (UTF-8 with a byte-order mark, CRLF lines, fields quoted when they hold a comma, a
// quote or a line break) and the zip OpenDK's import takes, both files side by side.
import { zipSync } from 'fflate';
import { OPENDK_PARTICIPANT_HEADERS, OPENDK_PROGRAM_HEADERS } from './layout.ts';

export type CsvCell = string | number | null;

const field = (cell: CsvCell) => {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function opendkCsv(headers: readonly string[], rows: readonly CsvCell[][]): Buffer {
  const lines = [headers.join(','), ...rows.map((row) => row.map(field).join(','))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export type ProgramRow = Partial<Record<(typeof OPENDK_PROGRAM_HEADERS)[number], CsvCell>>;
export type ParticipantRow = Partial<Record<(typeof OPENDK_PARTICIPANT_HEADERS)[number], CsvCell>>;

export const programsCsv = (rows: readonly ProgramRow[]) =>
  opendkCsv(
    OPENDK_PROGRAM_HEADERS,
    rows.map((row) => OPENDK_PROGRAM_HEADERS.map((header) => row[header] ?? null)),
  );

export const participantsCsv = (rows: readonly ParticipantRow[]) =>
  opendkCsv(
    OPENDK_PARTICIPANT_HEADERS,
    rows.map((row) => OPENDK_PARTICIPANT_HEADERS.map((header) => row[header] ?? null)),
  );

/** OpenDK's template zip: `<name>.csv` the programs, `peserta_<name>.csv` their participants. */
export function exchangeZip(
  programs: Buffer,
  participants: Buffer,
  name = 'program_bantuan_03_12_2026_opendk',
) {
  return Buffer.from(
    zipSync({
      [`${name}.csv`]: new Uint8Array(programs),
      [`peserta_${name}.csv`]: new Uint8Array(participants),
    }),
  );
}
