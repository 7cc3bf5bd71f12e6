/**
 * Shows what the importer reads in a chronology, without touching any store:
 *
 *   npm run import:parse -- <file.txt|file.md> [--json]
 *
 * Plain output: one block per entry, then the unreadable lines with their numbers and the
 * lines left out. --json: a JSON array of the entries only; problems go to stderr.
 * Exit 2 when the file is missing or not UTF-8 text.
 */
import path from 'node:path';
import { parseDocument, type ParsedDocument } from '../db/import/parse-document.ts';
import { checkChronologyName, readText, runCli, UsageError } from './cli-text.ts';

const USAGE = 'usage: npm run import:parse -- <chronology.txt|.md> [--json]';

interface EntryOut {
  line: number | null;
  date_text: string | null;
  date_start: string;
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

function entriesOf(doc: ParsedDocument): EntryOut[] {
  return doc.entries.map((e) => ({
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
}

function problemLines(doc: ParsedDocument): string[] {
  return doc.problems.map((p) => `line ${p.line}: ${p.reason}: ${p.text}`);
}

function plain(file: string, doc: ParsedDocument): string {
  const out: string[] = [];
  const { source } = doc;
  const period = source.periodStart ? `, period ${source.periodStart} to ${source.periodEnd}` : '';
  const file_ = source.fileCountries.length ? ` [${source.fileCountries.join('-')}]` : '';
  out.push(`${file}: ${source.title}${file_}${period}`);
  out.push(`${doc.entries.length} entries, ${doc.problems.length} problems`, '');
  const field = (name: string, value: string) => out.push(`  ${name.padEnd(10)}${value}`);
  for (const e of entriesOf(doc)) {
    const end = e.date_end && e.date_end !== e.date_start ? ` to ${e.date_end}` : '';
    out.push(`line ${e.line}  ${e.date_text}  →  ${e.date_start}${end} (${e.precision})`);
    field('summary', e.summary);
    field('countries', e.countries.join(', ') || '—');
    field('people', e.people.join(', ') || '—');
    field('type', `${e.type} / ${e.category}`);
    field('location', e.location ?? '—');
    if (e.warnings.length) field('warnings', e.warnings.join('; '));
    out.push('');
  }
  if (doc.problems.length) out.push('Problems (not imported):', ...problemLines(doc).map((l) => `  ${l}`), '');
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
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length) throw new UsageError(`unknown option ${unknown.join(' ')}\n${USAGE}`);
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length !== 1) throw new UsageError(USAGE);
  const file = files[0]!;
  checkChronologyName(file);
  const text = readText(file);
  const doc = parseDocument(text, { title: path.basename(file) });
  if (json) {
    process.stdout.write(`${JSON.stringify(entriesOf(doc), null, 2)}\n`);
    for (const l of problemLines(doc)) process.stderr.write(`${l}\n`);
  } else {
    process.stdout.write(plain(file, doc));
  }
}

runCli(main);
