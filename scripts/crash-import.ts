/**
 * npm run crash:import [TRIALS] — kills (SIGKILL) a process that is importing a large
 * chronology into a store that already holds an earlier import, at a random moment before,
 * during or after the commit, then reopens the store as the app would and checks that it
 * holds all of the new import or none of it, that the earlier import is untouched, and that
 * quick_check, the foreign keys and the full-text index are sound. Exits non-zero if any
 * trial is not. TRIALS (argument or env, default 20); CRASH_ENTRIES (default 50,000).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { makeChronologyText } from '../bench/chronology-text.ts';
import { commitImport } from '../db/import/commit.ts';
import { parseDocument } from '../db/import/parse-document.ts';
import { openStore } from '../db/open-store.ts';

export type Phase = 'before commit' | 'mid-import' | 'after';

export interface CrashOptions {
  trials: number;
  /** Entries in the import that is killed. */
  entries: number;
  /** Entries already committed before it. */
  priorEntries: number;
  /** Picks the kill moments; a seeded generator makes a run repeatable. Math.random by default. */
  random?: () => number;
  log?: (line: string) => void;
}

export interface TrialResult {
  phase: Phase;
  found: 'none of it' | 'all of it' | 'part of it';
  problems: string[];
}

const childScript = path.join(import.meta.dirname, 'crash-import-child.ts');
const TABLES = ['events', 'event_countries', 'event_people', 'event_groupings', 'event_links', 'sources'] as const;

interface StoreState {
  counts: string;
  /** Digest of the events of the earlier import, with their participants and links. */
  prior: string;
  problems: string[];
}

async function inspect(file: string, priorMaxId: number): Promise<StoreState> {
  const { db } = await openStore(file);
  try {
    const problems: string[] = [];
    const quick = db.pragma('quick_check', { simple: true });
    if (quick !== 'ok') problems.push(`quick_check: ${String(quick)}`);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0) problems.push(`foreign_key_check: ${fk.length} violations`);
    try {
      db.exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')");
    } catch (e) {
      problems.push(`FTS integrity-check: ${(e as Error).message}`);
    }
    const stale = db
      .prepare(
        `SELECT count(*) FROM events e WHERE e.participants <> coalesce((SELECT ' ' || group_concat(country_code, ' ') || ' '
           FROM (SELECT country_code FROM event_countries WHERE event_id = e.id ORDER BY country_code)), ' ')`,
      )
      .pluck()
      .get() as number;
    if (stale > 0) problems.push(`${stale} events whose participants column disagrees with event_countries`);
    const counts = TABLES.map((t) => `${t} ${String(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get())}`).join(', ');
    return { counts, prior: priorDigest(db, priorMaxId), problems };
  } finally {
    db.close();
  }
}

function priorDigest(db: Database, maxId: number): string {
  const hash = createHash('sha256');
  for (const sql of [
    'SELECT * FROM events WHERE id <= ? ORDER BY id',
    'SELECT * FROM event_countries WHERE event_id <= ? ORDER BY event_id, country_code',
    'SELECT * FROM event_people WHERE event_id <= ? ORDER BY event_id, person_id',
    'SELECT * FROM event_groupings WHERE event_id <= ? ORDER BY event_id, grouping_id',
    'SELECT * FROM event_links WHERE event_id <= ? ORDER BY rowid',
  ]) {
    for (const row of db.prepare(sql).raw().iterate(maxId)) hash.update(JSON.stringify(row));
  }
  return hash.digest('base64url');
}

function removeStore(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

interface ChildRun {
  /** Milliseconds from spawn to "committing" and to "committed", if seen before the kill. */
  committingAt: number | null;
  committedAt: number | null;
  killedAt: number;
  stderr: string;
}

/** Runs the importing child; kills it `killAfterMs` after spawn, or once it has committed when null. */
function runChild(store: string, importFile: string, killAfterMs: number | null): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [childScript, store, importFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: ChildRun = { committingAt: null, committedAt: null, killedAt: -1, stderr: '' };
    const kill = () => {
      if (run.killedAt >= 0) return;
      run.killedAt = performance.now() - started;
      child.kill('SIGKILL');
    };
    const timer = killAfterMs === null ? null : setTimeout(kill, killAfterMs);
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const now = performance.now() - started;
      if (run.committingAt === null && out.includes('committing\n')) run.committingAt = now;
      if (run.committedAt === null && out.includes('\ncommitted ')) {
        run.committedAt = now;
        if (killAfterMs === null) kill();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (run.stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL' && run.killedAt >= 0) resolve(run);
      else reject(new Error(`the importing process ended by itself (code ${code}, signal ${signal}): ${run.stderr.trim()}`));
    });
  });
}

/**
 * When to kill trial `trial` (from 1), in ms after launch: one in five while the child loads
 * the import and opens the store, three in five during the commit, one in five after it,
 * each at a random point of its window, so every run covers all three.
 */
function killTime(trial: number, committingAt: number, commitMs: number, random: () => number): number {
  const window = (trial - 1) % 5;
  if (window === 0) return committingAt * (0.3 + 0.7 * random());
  if (window === 4) return committingAt + commitMs * (1 + 0.3 * random());
  return committingAt + commitMs * random();
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function runCrashTrials(options: CrashOptions): Promise<TrialResult[]> {
  const log = options.log ?? (() => {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-crash-'));
  try {
    // The earlier import, committed and closed: the data a crash must not harm.
    const template = path.join(dir, 'template.sqlite');
    const first = await openStore(template);
    const earlier = parseDocument(makeChronologyText(options.priorEntries));
    commitImport(first.db, earlier.source, earlier.entries);
    const priorMaxId = first.db.prepare('SELECT max(id) FROM events').pluck().get() as number;
    first.db.close();
    const before = await inspect(template, priorMaxId);

    // Words that follow on from the earlier import's, so no entry is a duplicate of one there.
    const parsed = parseDocument(makeChronologyText(options.entries, options.priorEntries));
    const importFile = path.join(dir, 'import.json');
    fs.writeFileSync(importFile, JSON.stringify({ source: parsed.source, entries: parsed.entries }));

    // One undisturbed run: what "all of it" looks like, and how long the commit takes.
    const store = path.join(dir, 'store.sqlite');
    fs.copyFileSync(template, store);
    const full = await runChild(store, importFile, null);
    const after = await inspect(store, priorMaxId);
    const commitMs = full.committedAt! - full.committingAt!;
    // One run's timing is a poor guide on a busy machine (the first is also the coldest): each
    // kill is timed by the median of every launch and commit seen so far, so that the kills
    // meant to land during the commit keep landing there.
    const launches = [full.committingAt!];
    const commits = [commitMs];
    if (after.counts === before.counts || after.problems.length > 0) throw new Error(`the undisturbed import did not land: ${after.counts}; ${after.problems.join('; ')}`);
    log(`store before: ${before.counts}`);
    log(`after import: ${after.counts}`);
    log(`an undisturbed import commits ${options.entries.toLocaleString('en-US')} entries in ${(commitMs / 1000).toFixed(2)} s, starting ${(full.committingAt! / 1000).toFixed(2)} s after launch`);

    const results: TrialResult[] = [];
    for (let trial = 1; trial <= options.trials; trial++) {
      removeStore(store);
      fs.copyFileSync(template, store);
      const run = await runChild(store, importFile, killTime(trial, median(launches), median(commits), options.random ?? Math.random));
      if (run.committingAt !== null) launches.push(run.committingAt);
      if (run.committingAt !== null && run.committedAt !== null) commits.push(run.committedAt - run.committingAt);
      const phase: Phase = run.committingAt === null ? 'before commit' : run.committedAt === null ? 'mid-import' : 'after';
      const state = await inspect(store, priorMaxId);
      const found = state.counts === before.counts ? 'none of it' : state.counts === after.counts ? 'all of it' : 'part of it';
      const problems = [...state.problems];
      if (found === 'part of it') problems.push(`partial import: ${state.counts}`);
      if (phase === 'before commit' && found !== 'none of it') problems.push('killed before the commit began, yet the import is there');
      if (phase === 'after' && found !== 'all of it') problems.push('the commit had returned, yet the import is gone');
      if (state.prior !== before.prior) problems.push('the earlier import changed');
      results.push({ phase, found, problems });
      const at = run.committingAt === null ? `${(run.killedAt / 1000).toFixed(2)} s after launch` : `${((run.killedAt - run.committingAt) / 1000).toFixed(2)} s into the commit`;
      log(`trial ${String(trial).padStart(2)}: killed ${at} (${phase}): store has ${found}; ${problems.length ? `FAILED: ${problems.join('; ')}` : 'quick_check, foreign keys, FTS ok'}`);
    }
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function summary(results: readonly TrialResult[]): string {
  const count = (phase: Phase) => results.filter((r) => r.phase === phase).length;
  const consistent = results.filter((r) => r.problems.length === 0).length;
  return `crash trials: ${consistent}/${results.length} consistent (${count('before commit')} before commit, ${count('mid-import')} mid-import, ${count('after')} after)`;
}

if (import.meta.main) {
  const trials = Number(process.argv[2] ?? process.env['TRIALS'] ?? 20);
  const entries = Number(process.env['CRASH_ENTRIES'] ?? 50_000);
  if (!Number.isInteger(trials) || trials < 1 || !Number.isInteger(entries) || entries < 1) {
    console.error('usage: npm run crash:import [TRIALS]   (TRIALS ≥ 1; CRASH_ENTRIES ≥ 1)');
    process.exit(2);
  }
  const started = performance.now();
  const results = await runCrashTrials({ trials, entries, priorEntries: 2000, log: (line) => console.log(line) });
  console.log(summary(results));
  console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
  process.exitCode = results.every((r) => r.problems.length === 0) ? 0 : 1;
}
