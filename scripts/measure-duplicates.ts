/**
 * Measures the duplicate detector (db/duplicates.ts) on chronologies that report the same
 * events: the sample's two files, the markdown fixture beside the sample's US–Japan file, and
 * Comparative Connections and North Korea chronologies from the corpus whose periods overlap.
 * Each is read by the real importer into a temporary store; every pair that passes the gates
 * (dates within a day, a shared country, different documents) is scored, and compared with the
 * hand labels in fixtures/duplicates/labels.json.
 *
 *   node scripts/measure-duplicates.ts            precision and recall per threshold
 *   node scripts/measure-duplicates.ts --unlabelled   pairs scoring ≥ 0.15 that have no label yet
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { untracked } from '../db/backup-state.ts';
import { summaryWords } from '../db/duplicate-similarity.ts';
import { findPairs, LIKELY_DUPLICATE } from '../db/duplicates.ts';
import { findMentions } from '../db/gazetteer/match.ts';
import { importText } from '../db/import/import-operations.ts';
import { PreviewStore } from '../db/import/previews.ts';
import { openStore } from '../db/open-store.ts';
import type { OperationContext } from '../db/operation-context.ts';

const root = new URL('..', import.meta.url).pathname;
export const DOCUMENTS = [
  'assets/sample/us-japan-2023-jan-apr.md',
  'assets/sample/other-pairs-2023.md',
  'fixtures/chronologies/us-japan-2023-markdown.md',
  'fixtures/corpus/cc-us-japan-2014-jan.txt',
  'fixtures/corpus/cc-japan-china-2014-jan.txt',
  'fixtures/corpus/cc-north-south-korea-2014-jan.txt',
  'fixtures/corpus/cc-china-southeast-asia-2014-jan.txt',
  'fixtures/corpus/cc-us-southeast-asia-2014-jan.txt',
  'fixtures/corpus/cc-us-japan-2013-sep.txt',
  'fixtures/corpus/cc-north-south-korea-2013-sep.txt',
  'fixtures/corpus/cc-us-china-2014-may.txt',
  'fixtures/corpus/cc-us-southeast-asia-2014-may.txt',
  'fixtures/corpus/reuters-north-korea-us-ties-2017-2018.txt',
  'fixtures/corpus/usatoday-north-korea-us-flashpoints-2015-2017.txt',
  'fixtures/corpus/ap-north-korea-missile-launches-2017.txt',
  'fixtures/corpus/yonhap-north-korea-china-2018-2019.txt',
];
const LABELS = path.join(root, 'fixtures/duplicates/labels.json');

interface Label {
  a: string;
  b: string;
  same: boolean;
}

const context = (): OperationContext => ({
  previews: new PreviewStore(),
  mentionFinder: () => findMentions,
  forgetMentionFinder: () => {},
  progress: () => {},
  isCancelled: () => false,
  clearCancel: () => {},
  backups: { storePath: '', folder: '', changes: untracked },
});

/** Every gated pair with its score, each side named "file:line". */
export async function scoredPairs(minScore: number): Promise<Array<{ a: string; b: string; score: number; textA: string; textB: string }>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-dupes-'));
  try {
    const { db } = await openStore(path.join(dir, 'store.sqlite'));
    const ctx = context();
    // Each side is named by its document's file, whatever title the import filed it under.
    const fileOf = new Map<number, string>();
    const newestSource = db.prepare('SELECT max(id) FROM sources').pluck();
    for (const doc of DOCUMENTS) {
      importText(db, { text: fs.readFileSync(path.join(root, doc), 'utf8'), name: path.basename(doc) }, ctx);
      fileOf.set(newestSource.get() as number, path.basename(doc));
    }
    const where = db.prepare('SELECT e.source_id, e.source_line FROM events AS e WHERE e.id = ?');
    const name = (id: number) => {
      const r = where.get(id) as { source_id: number; source_line: number };
      return `${fileOf.get(r.source_id)}:${r.source_line}`;
    };
    const page = findPairs(db, { limit: 1_000_000, minScore, maxScan: 10_000_000 });
    const named = page.pairs.map((p) => ({ a: name(p.first.id), b: name(p.second.id), score: p.score, textA: p.first.summary, textB: p.second.summary }));
    db.close();
    return named;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function readLabels(): Label[] {
  return JSON.parse(fs.readFileSync(LABELS, 'utf8')) as Label[];
}

/** Precision and recall of the detector at a threshold, against the hand labels. */
export async function precisionRecall(threshold: number): Promise<{ precision: number; recall: number; flagged: number }> {
  const labels = readLabels();
  const same = new Set(labels.filter((l) => l.same).map((l) => key(l.a, l.b)));
  const flagged = (await scoredPairs(threshold)).filter((p) => p.score >= threshold);
  const right = flagged.filter((p) => same.has(key(p.a, p.b))).length;
  return { precision: right / Math.max(1, flagged.length), recall: right / Math.max(1, same.size), flagged: flagged.length };
}

async function main(): Promise<void> {
  const labels = readLabels();
  const labelled = new Map(labels.map((l) => [key(l.a, l.b), l.same]));
  const pairs = await scoredPairs(0);
  if (process.argv.includes('--unlabelled')) {
    for (const p of pairs.filter((p) => p.score >= 0.15 && !labelled.has(key(p.a, p.b))).sort((x, y) => y.score - x.score)) {
      console.log(JSON.stringify({ a: p.a, b: p.b, score: p.score }));
      console.log(`   A: ${p.textA.slice(0, 220)}`);
      console.log(`   B: ${p.textB.slice(0, 220)}`);
    }
    return;
  }
  const scores = new Map(pairs.map((p) => [key(p.a, p.b), p.score]));
  const truePairs = labels.filter((l) => l.same);
  console.log(`${pairs.length} gated pairs; ${labels.length} labelled, ${truePairs.length} the same event`);
  const missing = truePairs.filter((l) => !scores.has(key(l.a, l.b)));
  if (missing.length) console.log(`${missing.length} labelled duplicates not among the gated pairs: ${missing.map((l) => key(l.a, l.b)).join(', ')}`);
  console.log('threshold  flagged  true  false  precision  recall');
  for (const t of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
    const flagged = pairs.filter((p) => p.score >= t);
    const right = flagged.filter((p) => labelled.get(key(p.a, p.b)) === true).length;
    const wrong = flagged.filter((p) => labelled.get(key(p.a, p.b)) !== true).length;
    const mark = t === LIKELY_DUPLICATE ? ' ←' : '';
    console.log(
      `${t.toFixed(2).padStart(9)}  ${String(flagged.length).padStart(7)}  ${String(right).padStart(4)}  ${String(wrong).padStart(5)}  ${(right / Math.max(1, flagged.length)).toFixed(2).padStart(9)}  ${(right / Math.max(1, truePairs.length)).toFixed(2).padStart(6)}${mark}`,
    );
  }
  compareMeasures(pairs, labelled, truePairs.length);
}

/** The same pairs scored by Jaccard alone and the overlap coefficient alone: the best F1 each reaches. */
function compareMeasures(pairs: Array<{ a: string; b: string; score: number; textA: string; textB: string }>, labelled: Map<string, boolean>, truths: number): void {
  const measures: Record<string, (shared: number, a: number, b: number) => number> = {
    jaccard: (shared, a, b) => shared / (a + b - shared),
    overlap: (shared, a, b) => shared / Math.min(a, b),
    'mean (used)': (shared, a, b) => (shared / (a + b - shared) + shared / Math.min(a, b)) / 2,
  };
  console.log('measure       best threshold  precision  recall  F1');
  for (const [name, measure] of Object.entries(measures)) {
    const scored = pairs.map((p) => {
      const a = summaryWords(p.textA);
      const b = summaryWords(p.textB);
      const shared = [...a].filter((w) => b.has(w)).length;
      return { same: labelled.get(key(p.a, p.b)) === true, score: a.size && b.size ? measure(shared, a.size, b.size) : 0 };
    });
    let best = { t: 0, p: 0, r: 0, f: -1 };
    for (let t = 0.05; t <= 0.95; t += 0.01) {
      const flagged = scored.filter((s) => s.score >= t);
      const right = flagged.filter((s) => s.same).length;
      const p = right / Math.max(1, flagged.length);
      const r = right / Math.max(1, truths);
      const f = p + r ? (2 * p * r) / (p + r) : 0;
      if (f > best.f) best = { t, p, r, f };
    }
    console.log(`${name.padEnd(12)}  ${best.t.toFixed(2).padStart(14)}  ${best.p.toFixed(2).padStart(9)}  ${best.r.toFixed(2).padStart(6)}  ${best.f.toFixed(2)}`);
  }
}

if (import.meta.main) await main();
