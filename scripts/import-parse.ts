/**
 * Shows what the importer reads in a chronology, without touching any store:
 *
 *   npm run import:parse -- <file.txt|file.md> [--json] [--year YYYY]
 *
 * Plain output: one block per entry, then the unreadable lines with their numbers and the
 * lines left out. --json: a JSON array of the entries only; problems go to stderr. Entries that
 * give no year, when nothing in the document does, are listed with date_start null and a warning
 * that asks for the year; --year gives it, as the analyst does in the preview.
 * Exit 2 when the file is missing or not UTF-8 text.
 */
import path from 'node:path';
import { NEEDS_YEAR, parseDocument, type ParsedDocument } from '../db/import/parse-document.ts';
import { MAX_YEAR, MIN_YEAR } from '../db/import/dates.ts';
import { checkChronologyName, readText, runCli, UsageError } from './cli-text.ts';

const USAGE = 'usage: npm run import:parse -- <chronology.txt|.md> [--json] [--year YYYY]';

interface EntryOut {
  line: number | null;
  date_text: string | null;
  date_start: string | null;
  date_end: string | null;
  precision: string;
  countries: string[];
  people: string[];
  type: string;
  category: string;
  location: string | null;
  warnings: string[];
  summary: string;
}

const ASK = `${NEEDS_YEAR} (--year YYYY)`;

/** Read entries and, in document order among them, those waiting for a year. */
function entriesOf(doc: ParsedDocument): EntryOut[] {
  const waiting: EntryOut[] = doc.yearless.map((e) => ({
    line: e.line,
    date_text: e.dateText,
    date_start: null,
    date_end: null,
    precision: 'day',
    countries: [],
    people: [],
    type: 'other',
    category: 'other',
    location: null,
    warnings: [ASK],
    summary: e.summary,
  }));
  const read: EntryOut[] = doc.entries.map((e) => ({
    line: e.sourceLine,
    date_text: e.dateText,
    date_start: e.dateStart,
    date_end: e.dateEnd,
    precision: e.precision,
    countries: e.countries.map((c) => c.code),
    people: e.people,
    type: e.type,
    category: e.category,
    location: e.location,
    warnings: e.warnings,
    summary: e.summary,
  }));
  return [...read, ...waiting].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Unreadable lines; entries waiting for a year are listed with the entries instead. */
function problemLines(doc: ParsedDocument): string[] {
  return doc.problems.filter((p) => p.reason !== NEEDS_YEAR).map((p) => `line ${p.line}: ${p.reason}: ${p.text}`);
}

function plain(file: string, doc: ParsedDocument): string {
  const out: string[] = [];
  const { source } = doc;
  const period = source.periodStart ? `, period ${source.periodStart} to ${source.periodEnd}` : '';
  const file_ = source.fileCountries.length ? ` [${source.fileCountries.join('-')}]` : '';
  out.push(`${file}: ${source.title}${file_}${period}`);
  const asking = doc.yearless.length ? `, ${doc.yearless.length} waiting for the year (--year YYYY)` : '';
  out.push(`${doc.entries.length} entries${asking}, ${problemLines(doc).length} problems`, '');
  const field = (name: string, value: string) => out.push(`  ${name.padEnd(10)}${value}`);
  for (const e of entriesOf(doc)) {
    const end = e.date_end && e.date_end !== e.date_start ? ` to ${e.date_end}` : '';
    out.push(`line ${e.line}  ${e.date_text}  →  ${e.date_start === null ? 'year unknown' : `${e.date_start}${end} (${e.precision})`}`);
    field('summary', e.summary);
    if (e.date_start === null) {
      field('warnings', e.warnings.join('; '));
      out.push('');
      continue;
    }
    field('countries', e.countries.join(', ') || '—');
    field('people', e.people.join(', ') || '—');
    field('type', `${e.type} / ${e.category}`);
    field('location', e.location ?? '—');
    if (e.warnings.length) field('warnings', e.warnings.join('; '));
    out.push('');
  }
  const problems = problemLines(doc);
  if (problems.length) out.push('Problems (not imported):', ...problems.map((l) => `  ${l}`), '');
  if (doc.skipped.length) out.push('Left out:', ...doc.skipped.map((s) => `  lines ${s.from}-${s.to}: ${s.reason}`), '');
  return out.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const at = args.indexOf('--year');
  let year: number | undefined;
  if (at >= 0) {
    const value = args[at + 1] ?? '';
    if (!/^\d{4}$/.test(value) || +value < MIN_YEAR || +value > MAX_YEAR) throw new UsageError(`--year takes a year from ${MIN_YEAR} to ${MAX_YEAR}, e.g. --year 2018\n${USAGE}`);
    year = +value;
    args.splice(at, 2);
  }
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length) throw new UsageError(`unknown option ${unknown.join(' ')}\n${USAGE}`);
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length !== 1) throw new UsageError(USAGE);
  const file = files[0]!;
  checkChronologyName(file);
  const text = readText(file);
  const doc = parseDocument(text, { title: path.basename(file), ...(year !== undefined ? { year } : {}) });
  if (json) {
    process.stdout.write(`${JSON.stringify(entriesOf(doc), null, 2)}\n`);
    for (const l of problemLines(doc)) process.stderr.write(`${l}\n`);
  } else {
    process.stdout.write(plain(file, doc));
  }
}

runCli(main);
