/**
 * Scores the importer against hand-made truth files:
 *
 *   npm run eval:import -- <chronology.txt> <truth.jsonl> [<chronology> <truth> …] [--json]
 *
 * Lists every entry that differs from the truth (date, countries, type, missed, spurious),
 * then the figures per file; the last line is the total, e.g.
 * `dates 57/57, countries F1 0.98, types 52/57, missed 0, spurious 0`.
 * --json prints one JSON object instead. Exit 2 for unreadable files or a bad truth file.
 */
import { parseDocument } from '../db/import/parse-document.ts';
import { combine, evaluate, parseTruth, summaryLine, TruthError, twoDecimals, type Figures, type Mismatch } from '../db/import/evaluate.ts';
import { checkChronologyName, readText, runCli, UsageError } from './cli-text.ts';

const USAGE = 'usage: npm run eval:import -- <chronology.txt> <truth.jsonl> [<chronology> <truth> …] [--json]';

interface FileResult {
  chronology: string;
  truth: string;
  figures: Figures;
}

function evaluateFile(chronology: string, truthFile: string): FileResult {
  checkChronologyName(chronology);
  const text = readText(chronology);
  let truth;
  try {
    truth = parseTruth(readText(truthFile));
  } catch (e) {
    if (e instanceof TruthError) throw new UsageError(`${truthFile}: ${e.message}`);
    throw e;
  }
  if (truth.length === 0) throw new UsageError(`${truthFile}: no entries (one JSON object per line expected)`);
  return { chronology, truth: truthFile, figures: evaluate(parseDocument(text).entries, truth) };
}

function describe(m: Mismatch): string {
  const where = m.line === null ? '' : m.kind === 'missed' ? ` (truth line ${m.line})` : `line ${m.line} `;
  switch (m.kind) {
    case 'missed':
      return `missed    "${m.dateText}"${where}: expected ${m.expected}`;
    case 'spurious':
      return `spurious  ${where}"${m.dateText}": read as ${m.got}, not in the truth`;
    default:
      return `${m.kind.padEnd(10)}${where}"${m.dateText}": expected ${m.expected}, got ${m.got}`;
  }
}

function scores(f: Figures): string {
  const c = f.countries;
  return `countries precision ${twoDecimals(c.precision)}, recall ${twoDecimals(c.recall)} (${c.truePositives} right, ${c.falsePositives} extra, ${c.falseNegatives} missing)`;
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length) throw new UsageError(`unknown option ${unknown.join(' ')}\n${USAGE}`);
  const paths = args.filter((a) => !a.startsWith('-'));
  if (paths.length === 0 || paths.length % 2 !== 0) throw new UsageError(USAGE);

  const results: FileResult[] = [];
  for (let i = 0; i < paths.length; i += 2) results.push(evaluateFile(paths[i]!, paths[i + 1]!));
  const total = combine(results.map((r) => r.figures));

  if (json) {
    const { mismatches: _all, ...totals } = total;
    process.stdout.write(`${JSON.stringify({ files: results, total: { ...totals, summary: summaryLine(total) } }, null, 2)}\n`);
    return;
  }
  const out: string[] = [];
  for (const r of results) {
    out.push(`${r.chronology} against ${r.truth}`);
    for (const m of r.figures.mismatches) out.push(`  ${describe(m)}`);
    out.push(`  ${scores(r.figures)}`, `  ${summaryLine(r.figures)}`, '');
  }
  out.push(`Total over ${results.length} file${results.length === 1 ? '' : 's'}: ${scores(total)}`, summaryLine(total));
  process.stdout.write(`${out.join('\n')}\n`);
}

runCli(main);
