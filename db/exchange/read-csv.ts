/**
 * Reads events from CSV in the exchange format. A bad row is reported with its line and
 * the field at fault and left out; every other row is kept. Only a file whose header
 * lacks a required column (or that cannot be split into rows at all) is refused whole.
 */
import { parse } from 'csv-parse/sync';
import type { Problem } from '../import/chronology.ts';
import type { ImportEntry } from '../import/commit.ts';
import { decodeLinks, decodeList, decodeWarnings } from './csv-cells.ts';
import { restoreFormula } from './formula.ts';
import { builtInKnownIds, COLUMNS, exchangeSource, REQUIRED_COLUMNS, stripBom, type Column, type ExchangeRead, type ReadOptions } from './schema.ts';
import { beyondSafe, eventSchema, toImportEntry, validateEvent } from './validate-event.ts';

/** Long enough for any real event; a longer row is almost always an unclosed quote. */
const MAX_ROW_CHARS = 1_000_000;
const PROBLEM_TEXT_CHARS = 300;

interface Row {
  cells: string[];
  /** Byte offsets of the row in the UTF-8 text (csv-parse counts bytes). */
  start: number;
  end: number;
}

/** Spreadsheets in many locales save with ";" or tabs; the header line says which. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  if (header.includes(',')) return ',';
  if (header.includes('\t')) return '\t';
  if (header.includes(';')) return ';';
  return ',';
}

/** Line numbers for byte offsets visited in increasing order. */
function lineCounter(bytes: Buffer): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset; at++) {
      const b = bytes[at];
      if (b === 0x0a || (b === 0x0d && bytes[at + 1] !== 0x0a)) line++;
    }
    return line;
  };
}

function splitRows(body: string): { rows: Row[]; failure: { offset: number; reason: string } | null } {
  const rows: Row[] = [];
  let failure: { offset: number; reason: string } | null = null;
  let previousEnd = 0;
  try {
    parse(body, {
      delimiter: delimiterOf(body),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      // A stray quote inside a cell is kept as text rather than losing the rest of the file.
      relax_quotes: true,
      max_record_size: MAX_ROW_CHARS,
      skip_records_with_error: true,
      on_record: (cells: string[], context) => {
        rows.push({ cells, start: previousEnd, end: context.bytes });
        previousEnd = context.bytes;
        return null;
      },
      on_skip: (error) => {
        failure ??= { offset: previousEnd, reason: skipReason(error?.code, error?.message) };
        return undefined;
      },
    });
  } catch (e) {
    failure ??= { offset: previousEnd, reason: (e as Error).message };
  }
  return { rows, failure };
}

function skipReason(code: string | undefined, message: string | undefined): string {
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted cell that starts here is never closed, so the rest of the file could not be read';
  if (code === 'CSV_MAX_RECORD_SIZE') return `a row longer than ${MAX_ROW_CHARS.toLocaleString('en')} characters starts here (probably an unclosed quote); the rest of the file could not be read`;
  return message ?? 'this row could not be read';
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
const excerpt = (bytes: Buffer, start: number, end: number) => bytes.toString('utf8', start, end).replace(/\r?\n$|\r$/, '').slice(0, PROBLEM_TEXT_CHARS);

type Decoded = { ok: true; value: unknown } | { ok: false; reason: string };

function decodeCell(column: Column, cell: string): Decoded {
  switch (column) {
    case 'id':
    case 'source_line': {
      const digits = cell.trim();
      if (digits === '') return { ok: true, value: null };
      if (!/^\d+$/.test(digits)) return { ok: false, reason: `"${cell}" is not a whole number` };
      const n = Number(digits);
      if (!Number.isSafeInteger(n)) return { ok: false, reason: beyondSafe(digits) };
      return { ok: true, value: n };
    }
    case 'countries':
    case 'people':
    case 'groupings':
      return { ok: true, value: decodeList(cell) };
    case 'warnings':
      return { ok: true, value: decodeWarnings(cell) };
    case 'links':
      try {
        return { ok: true, value: decodeLinks(cell) };
      } catch (e) {
        return { ok: false, reason: (e as Error).message };
      }
    default:
      return { ok: true, value: cell };
  }
}

export function readEventsCsv(text: string, options: ReadOptions = {}): ExchangeRead {
  const source = exchangeSource(text, options.title ?? 'Imported CSV');
  const problems: Problem[] = [];
  const notes: string[] = [];
  const entries: ImportEntry[] = [];
  const done = () => ({ source, entries, problems, notes });

  const body = stripBom(text);
  if (body.trim() === '') {
    problems.push({ line: 1, text: '', reason: 'the file is empty: expected a header line naming the columns, then one event per line' });
    return done();
  }
  const bytes = Buffer.from(body, 'utf8');
  const lineAt = lineCounter(bytes);
  const { rows, failure } = splitRows(body);

  const headerIndex = rows.findIndex((r) => !isBlank(r.cells));
  const header = rows[headerIndex];
  if (!header) {
    problems.push({ line: failure ? lineAt(failure.offset) : 1, text: '', reason: failure?.reason ?? 'the file has no header line' });
    return done();
  }
  const headerLine = lineAt(header.start);
  const headerText = excerpt(bytes, header.start, header.end);
  const columns = new Map<Column, number>();
  header.cells.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if ((COLUMNS as readonly string[]).includes(name)) {
      const column = name as Column;
      if (columns.has(column)) problems.push({ line: headerLine, text: headerText, reason: `column "${column}" appears twice (columns ${columns.get(column)! + 1} and ${index + 1})` });
      else columns.set(column, index);
    } else if (name === '') {
      notes.push(`column ${index + 1} has no name and is ignored`);
    } else {
      notes.push(`unknown column "${raw.trim()}" (column ${index + 1}) is ignored`);
    }
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    const found = header.cells.map((c) => c.trim()).join(', ');
    problems.push({ line: headerLine, text: headerText, reason: `missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the header has: ${found})` });
  }
  if (problems.length > 0) return done();

  const schema = eventSchema(options.known ?? builtInKnownIds());
  const firstLineOfId = new Map<number, number>();
  let dataRows = 0;
  let withSource = false;
  for (const row of rows.slice(headerIndex + 1)) {
    if (isBlank(row.cells)) continue;
    dataRows++;
    const line = lineAt(row.start);
    const report = (reason: string) => problems.push({ line, text: excerpt(bytes, row.start, row.end), reason });
    const extra = row.cells.slice(header.cells.length);
    if (row.cells.length < header.cells.length) {
      report(`the row has ${row.cells.length} cells but the header has ${header.cells.length} (a missing delimiter, or a line break outside quotes?)`);
      continue;
    }
    if (!isBlank(extra)) {
      report(`the row has ${row.cells.length} cells but the header has ${header.cells.length} (an unquoted delimiter in a cell?)`);
      continue;
    }
    const candidate: Record<string, unknown> = {};
    const reasons: string[] = [];
    for (const [column, index] of columns) {
      const cell = restoreFormula(row.cells[index]!);
      if (cell.includes('\0')) {
        reasons.push(`${column}: contains a NUL byte`);
        continue;
      }
      const decoded = decodeCell(column, cell);
      if (decoded.ok) candidate[column] = decoded.value;
      else reasons.push(`${column}: ${decoded.reason}`);
    }
    if (reasons.length > 0) {
      report(reasons.join('; '));
      continue;
    }
    const result = validateEvent(schema, candidate);
    if (!result.ok) {
      report(result.reason);
      continue;
    }
    const { id, source: rowSource } = result.event;
    if (id !== null) {
      const first = firstLineOfId.get(id);
      if (first !== undefined) {
        report(`id: ${id} is already used on line ${first}`);
        continue;
      }
      firstLineOfId.set(id, line);
    }
    if (rowSource !== null) withSource = true;
    entries.push(toImportEntry(result.event));
  }
  if (failure) problems.push({ line: lineAt(failure.offset), text: excerpt(bytes, failure.offset, Math.min(bytes.length, failure.offset + PROBLEM_TEXT_CHARS)), reason: failure.reason });
  if (dataRows === 0 && !failure) problems.push({ line: headerLine, text: headerText, reason: 'the file has a header but no events' });
  if (withSource) notes.push(`the source column is not kept: the imported events are filed under "${source.title}"`);
  return done();
}
