// Splits a SQL file into its statements with PostgreSQL's own parser (npm libpg-query: libpg_query compiled
// to WebAssembly, shipped inside the package, nothing built or downloaded at install). Dollar-quoted bodies,
// strings with escapes, quoted identifiers and nested comments are the parser's business, not a regex's.
// Citus refuses many DDL statements sent to its workers as one multi-statement string, so migrations and the
// distribution step send one statement at a time.
import { parse } from 'libpg-query';

export interface SqlStatement {
  /** The statement's text, without the separating semicolon. */
  sql: string;
  /** 1-based line of the file where the statement starts, for error messages. */
  line: number;
}

/** The statements of a SQL text in order; a syntax error rejects with the parser's message and line. */
export async function splitStatements(text: string): Promise<SqlStatement[]> {
  // The parser reports statement positions as byte offsets into the UTF-8 text.
  const bytes = Buffer.from(text, 'utf8');
  let result;
  try {
    result = await parse(text);
  } catch (error) {
    const position = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition;
    const where = position === undefined ? '' : ` (line ${lineAt(bytes, position)})`;
    throw new Error(`SQL syntax error${where}: ${(error as Error).message}`, { cause: error });
  }
  return (result.stmts ?? []).map((statement) => {
    const start = statement.stmt_location ?? 0;
    // A length of 0 means "to the end of the text" (the last statement without a closing semicolon).
    const end = statement.stmt_len ? start + statement.stmt_len : bytes.length;
    return { sql: bytes.subarray(start, end).toString('utf8').trim(), line: lineAt(bytes, start) };
  });
}

function lineAt(bytes: Buffer, offset: number) {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
