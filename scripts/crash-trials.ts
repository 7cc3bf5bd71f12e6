/**
 * npm run crash — kill -9 trials of the two kinds of write an analyst cannot afford to lose:
 * a large import (crash-import.ts: killed before, during or after its commit) and annotation
 * saves (crash-saves.ts: notes, revisions, tags, importance, killed mid-stream). Prints one
 * line per trial and a tally per kind; exits non-zero if any trial left the store
 * inconsistent. TRIALS_IMPORT, TRIALS_NOTES (default 100 each), CRASH_ENTRIES (entries in
 * the import, default 20,000), CRASH_SEED (replays a run: the seed is printed at the start).
 */
import { runCrashTrials, summary, type TrialResult } from './crash-import.ts';
import { newSeed, seededRandom } from './crash-random.ts';
import { runSaveTrials, type SaveTrialResult } from './crash-saves.ts';

export interface CrashRun {
  seed: number;
  importTrials: number;
  noteTrials: number;
  entries: number;
  log: (line: string) => void;
}

export interface CrashTally {
  imports: TrialResult[];
  saves: SaveTrialResult[];
  lines: string[];
  ok: boolean;
}

export async function runAllCrashTrials(run: CrashRun): Promise<CrashTally> {
  run.log(`seed ${run.seed} (CRASH_SEED=${run.seed} replays this run)`);
  const random = seededRandom(run.seed);
  const imports = run.importTrials === 0 ? [] : await runCrashTrials({ trials: run.importTrials, entries: run.entries, priorEntries: 2000, random, log: run.log });
  const saves = run.noteTrials === 0 ? [] : await runSaveTrials({ trials: run.noteTrials, random, log: run.log });
  const consistentSaves = saves.filter((r) => r.problems.length === 0).length;
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = [
    ...(imports.length ? [summary(imports).replace(/^crash trials/, 'import')] : []),
    ...(saves.length
      ? [
          `annotation saves: ${consistentSaves}/${saves.length} consistent, ${n(saves.reduce((s, r) => s + r.acknowledged, 0))} acknowledged saves, ` +
            `${n(saves.reduce((s, r) => s + r.lost, 0))} lost (unanswered at the kill: ${n(saves.reduce((s, r) => s + r.landed, 0))} there whole, ` +
            `${n(saves.reduce((s, r) => s + r.absent, 0))} absent)`,
        ]
      : []),
  ];
  const ok = [...imports, ...saves].every((r) => r.problems.length === 0);
  return { imports, saves, lines, ok };
}

function count(name: string, fallback: number, min: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min) {
    console.error(`${name} must be a whole number ≥ ${min} (got ${process.env[name]})`);
    process.exit(2);
  }
  return value;
}

if (import.meta.main) {
  const started = performance.now();
  const tally = await runAllCrashTrials({
    seed: count('CRASH_SEED', newSeed(), 0),
    importTrials: count('TRIALS_IMPORT', 100, 0),
    noteTrials: count('TRIALS_NOTES', 100, 0),
    entries: count('CRASH_ENTRIES', 20_000, 1),
    log: (line) => console.log(line),
  });
  for (const line of tally.lines) console.log(line);
  console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
  process.exitCode = tally.ok ? 0 : 1;
}
