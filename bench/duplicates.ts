/**
 * The list of possible duplicates at scale: one page (100 pairs) walked back from the newest
 * event and from the middle of the store, and the preview's check of one entry against the
 * store, beside a raw baseline — the same date window read with a plain better-sqlite3 query,
 * no scoring. Run in-process on a synthetic store (BENCH_ONLY=duplicates).
 */
import { listDuplicates, makeSimilarFinder } from '../db/duplicates.ts';
import { openStore } from '../db/open-store.ts';
import { syntheticStore } from './synthetic-events.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(runs: number, work: () => unknown): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    ms.push(performance.now() - started);
  }
  return median(ms);
}

export async function benchDuplicates(count: number): Promise<Record<string, number>> {
  const synthetic = await syntheticStore(count);
  try {
    const { db } = await openStore(synthetic.file);
    const middle = db.prepare("SELECT date_start FROM events ORDER BY date_start LIMIT 1 OFFSET ?").pluck().get(Math.floor(count / 2)) as string;
    const results: Record<string, number> = {};
    for (const [label, before] of [['newest', undefined], ['middle', middle]] as const) {
      const page = listDuplicates(db, { before, limit: 100 });
      const ms = time(5, () => listDuplicates(db, { before, limit: 100 }));
      const from = page.pairs.at(-1)?.second.dateStart ?? middle;
      const to = page.pairs[0]?.first.dateStart ?? middle;
      const raw = time(5, () => db.prepare("SELECT id, date_start, date_end, summary, participants, source_id FROM events WHERE date_start BETWEEN ? AND ? AND precision = 'day'").all(from, to));
      console.log(
        `duplicates page (${label}): ${ms.toFixed(1)} ms for ${page.pairs.length} pairs, ${page.scanned} events walked (${from}…${to}); raw read of that window ${raw.toFixed(1)} ms`,
      );
      results[`duplicates_page_${label}_ms`] = ms;
      results[`duplicates_page_${label}_raw_ms`] = raw;
    }
    const entry = { dateStart: middle, dateEnd: null, precision: 'day', summary: 'Japan and the United States hold talks on export controls in Tokyo', countries: ['JP', 'US'] };
    // A new finder each time: the window is read and reduced to words every run (a preview reuses it for neighbours).
    const perEntry = time(201, () => makeSimilarFinder(db)(entry));
    const rawEntry = time(201, () => db.prepare("SELECT id, summary, participants FROM events WHERE date_start BETWEEN date(?, '-1 day') AND date(?, '+1 day') AND precision = 'day'").all(middle, middle));
    console.log(`preview check of one entry against the store: ${perEntry.toFixed(2)} ms; raw read of its 3-day window ${rawEntry.toFixed(2)} ms`);
    // A preview's way: one finder for a year of entries, one a day, so each day is read once.
    const year = Array.from({ length: 365 }, (_, i) => ({ ...entry, dateStart: new Date(Date.parse(`${middle}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10) }));
    const yearMs = time(3, () => {
      const finder = makeSimilarFinder(db);
      for (const e of year) finder(e);
    });
    console.log(`preview check of 365 entries, one a day: ${yearMs.toFixed(0)} ms (${(yearMs / 365).toFixed(2)} ms an entry)`);
    results.duplicates_preview_year_ms = yearMs;
    results.duplicates_preview_entry_ms = perEntry;
    results.duplicates_preview_entry_raw_ms = rawEntry;
    db.close();
    return results;
  } finally {
    synthetic.dispose();
  }
}
