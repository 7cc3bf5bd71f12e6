/**
 * Scores the importer against hand-made truth files.
 *
 *   npm run eval:import                          the labelled corpus (fixtures/corpus), dev and test
 *                                                reported apart, then the test fixtures and the seed
 *   npm run eval:import -- --show test           also list the test split's misreadings
 *   npm run eval:import -- <chronology> <truth> [<chronology> <truth> …]
 *   … --json                                     one JSON object instead of text
 *   npm run eval:import -- --markdown            the corpus table and the figures, for docs/IMPORT-ACCURACY.md
 *
 * The dev split is what the reader is tuned on; the test split is only measured, and its
 * misreadings are not listed unless asked for. A document whose entries nothing dates is read
 * again with the year an analyst would give when asked (the truth's first year), and counted.
 * Exit 2 for unreadable files or a bad truth file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readCorpus, type CorpusDocument } from '../db/import/corpus.ts';
import { combine, confusionTable, evaluate, parseTruth, summaryLine, TruthError, twoDecimals, type Figures, type Mismatch, type TruthEntry } from '../db/import/evaluate.ts';
import { parseDocument } from '../db/import/parse-document.ts';
import { checkChronologyName, readText, runCli, UsageError } from './cli-text.ts';

const USAGE = 'usage: npm run eval:import [-- --show test] [-- <chronology.txt> <truth.jsonl> …] [--json]';
const repo = path.resolve(import.meta.dirname, '..');
const SEED = path.resolve(repo, '../shared/seeds/comparative-connections-us-japan-2023-05.txt');

interface FileResult {
  chronology: string;
  truth: string;
  /** The year an analyst gave when asked, if the reader asked. */
  askedYear: number | null;
  figures: Figures;
}

function readTruth(file: string): TruthEntry[] {
  try {
    const truth = parseTruth(readText(file));
    if (truth.length === 0) throw new UsageError(`${file}: no entries (one JSON object per line expected)`);
    return truth;
  } catch (e) {
    if (e instanceof TruthError) throw new UsageError(`${file}: ${e.message}`);
    throw e;
  }
}

function evaluateFile(chronology: string, truthFile: string): FileResult {
  checkChronologyName(chronology);
  const text = readText(chronology);
  const truth = readTruth(truthFile);
  // Read as pasted text: the corpus's file names are ours and would give away years.
  let parsed = parseDocument(text);
  let askedYear: number | null = null;
  if (parsed.yearNeeded > 0) {
    askedYear = +truth[0]!.dateStart.slice(0, 4);
    parsed = parseDocument(text, { year: askedYear });
  }
  return { chronology, truth: truthFile, askedYear, figures: evaluate(parsed.entries, truth) };
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

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');

/** The figures the goals are stated in. */
function headline(f: Figures): string {
  return [
    `dates exact ${f.datesExact}/${f.expected} (${pct(f.datesExact, f.expected)})`,
    `state-set F1 ${f.countries.f1.toFixed(3)} (precision ${f.countries.precision.toFixed(3)}, recall ${f.countries.recall.toFixed(3)})`,
    `type ${f.typesRight}/${f.expected} (${pct(f.typesRight, f.expected)})`,
    `category ${f.categoriesRight}/${f.categoriesLabelled} (${pct(f.categoriesRight, f.categoriesLabelled)})`,
    `missed + spurious ${f.missed + f.spurious} (${pct(f.missed + f.spurious, f.expected)})`,
  ].join('\n    ');
}

function fileReport(r: FileResult, listMismatches: boolean): string[] {
  const out = [`${path.relative(process.cwd(), r.chronology)}${r.askedYear ? ` (year asked: ${r.askedYear})` : ''}`];
  if (listMismatches) for (const m of r.figures.mismatches) out.push(`  ${describe(m)}`);
  out.push(`  ${summaryLine(r.figures)}`);
  return out;
}

const cell = (s: unknown) => String(s ?? '').replaceAll('|', '\\|').replace(/\s+/g, ' ');

function markdown(docs: ReadonlyArray<{ doc: CorpusDocument; result: FileResult }>, totals: Record<string, Figures>, groups: Record<string, FileResult[]>): string {
  const out = ['| document | split | publisher | layout | years | entries | source |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const { doc, result } of docs) {
    const s = doc.source;
    const years = s.years ? (s.years[0] === s.years[1] ? `${s.years[0]}` : `${s.years[0]}–${s.years[1]}`) : '';
    out.push(`| ${doc.id} | ${doc.split} | ${cell(s.publisher)} | ${cell(s.layout)} | ${years} | ${result.figures.expected} | ${s.url ? `<${s.url}>` : ''} |`);
  }
  out.push('', '| split | documents | entries | dates exact | state-set F1 (P / R) | type | category | missed + spurious | year asked |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, f] of Object.entries(totals)) {
    const rs = groups[name]!;
    if (!rs.length) continue;
    const c = f.countries;
    out.push(
      `| ${name} | ${rs.length} | ${f.expected} | ${f.datesExact} (${pct(f.datesExact, f.expected)}) | ${c.f1.toFixed(3)} (${c.precision.toFixed(3)} / ${c.recall.toFixed(3)}) | ${f.typesRight} (${pct(f.typesRight, f.expected)}) | ${f.categoriesRight}/${f.categoriesLabelled} (${pct(f.categoriesRight, f.categoriesLabelled)}) | ${f.missed + f.spurious} (${pct(f.missed + f.spurious, f.expected)}) | ${rs.filter((r) => r.askedYear).length} |`,
    );
  }
  for (const name of ['dev', 'test']) {
    if (!groups[name]!.length) continue;
    out.push('', `Types on the ${name} split (rows: the label; columns: what the reader said; an accepted alternative counts as the label):`, '', '```', confusionTable(totals[name]!.confusion), '```');
  }
  return `${out.join('\n')}\n`;
}

function corpusMode(show: Set<string>, json: boolean, md = false): void {
  const docs = readCorpus(path.join(repo, 'fixtures/corpus'));
  const evaluateDoc = (d: CorpusDocument) => ({ doc: d, result: evaluateFile(d.chronology, d.truth) });
  const results = docs.map(evaluateDoc);
  const fixtures = fs
    .readdirSync(path.join(repo, 'fixtures/chronologies'))
    .filter((f) => f.endsWith('.truth.jsonl') && !f.startsWith('seed-'))
    .map((t) => {
      const base = path.join(repo, 'fixtures/chronologies', t.slice(0, -'.truth.jsonl'.length));
      const text = ['.txt', '.md'].map((e) => base + e).find((f) => fs.existsSync(f))!;
      return evaluateFile(text, path.join(repo, 'fixtures/chronologies', t));
    });
  const seed = fs.existsSync(SEED) ? [evaluateFile(SEED, path.join(repo, 'fixtures/chronologies/seed-us-japan-2023.truth.jsonl'))] : [];
  const groups = {
    dev: results.filter((r) => r.doc.split === 'dev').map((r) => r.result),
    test: results.filter((r) => r.doc.split === 'test').map((r) => r.result),
    fixtures,
    seed,
  };
  const totals = Object.fromEntries(Object.entries(groups).map(([k, rs]) => [k, combine(rs.map((r) => r.figures))]));
  if (md) {
    process.stdout.write(markdown(results, totals, groups));
    return;
  }
  if (json) {
    const strip = ({ mismatches: _m, ...rest }: Figures) => rest;
    const out = Object.fromEntries(
      Object.entries(groups).map(([k, rs]) => [
        k,
        {
          documents: rs.length,
          asked_year: rs.filter((r) => r.askedYear).length,
          total: { ...strip(totals[k]!), summary: summaryLine(totals[k]!) },
          files: rs.map((r) => ({ chronology: path.relative(repo, r.chronology), asked_year: r.askedYear, ...strip(r.figures), summary: summaryLine(r.figures) })),
        },
      ]),
    );
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const out: string[] = [];
  for (const [name, rs] of Object.entries(groups)) {
    if (rs.length === 0) continue;
    const list = name !== 'test' || show.has('test');
    out.push(`== ${name}: ${rs.length} document${rs.length === 1 ? '' : 's'}, ${totals[name]!.expected} entries${list ? '' : ' (misreadings not listed: --show test)'}`);
    for (const r of rs) out.push(...fileReport(r, list));
    out.push('');
  }
  for (const name of ['dev', 'test', 'fixtures', 'seed'] as const) {
    const f = totals[name]!;
    if (!groups[name].length) continue;
    const asked = groups[name].filter((r) => r.askedYear).length;
    out.push(`${name.toUpperCase()} (${groups[name].length} documents, ${f.expected} entries${asked ? `, year asked for ${asked}` : ''})`, `    ${headline(f)}`);
    if (name === 'dev' || name === 'test') out.push(confusionTable(f.confusion).replace(/^/gm, '    '));
    out.push('');
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

function filesMode(paths: string[], json: boolean): void {
  if (paths.length % 2 !== 0) throw new UsageError(USAGE);
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
    out.push(`${r.chronology} against ${r.truth}${r.askedYear ? ` (year asked: ${r.askedYear})` : ''}`);
    for (const m of r.figures.mismatches) out.push(`  ${describe(m)}`);
    out.push(`  ${scores(r.figures)}`, `  ${summaryLine(r.figures)}`, '');
  }
  out.push(`Total over ${results.length} file${results.length === 1 ? '' : 's'}: ${scores(total)}`, summaryLine(total));
  process.stdout.write(`${out.join('\n')}\n`);
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const json = args.includes('--json');
  const show = new Set<string>();
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json' || a === '--markdown') continue;
    if (a === '--show') {
      const what = args[++i];
      if (what !== 'test') throw new UsageError(`--show takes "test"\n${USAGE}`);
      show.add(what);
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}\n${USAGE}`);
    else paths.push(a);
  }
  if (paths.length === 0) corpusMode(show, json, args.includes('--markdown'));
  else filesMode(paths, json);
}

runCli(main);
