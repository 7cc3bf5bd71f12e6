/**
 * The annotation-save trials: a process saves notes, tags and importance marks through the
 * real store client and worker (crash-saves-child.ts) and is killed with SIGKILL at a random
 * moment while it does; the store is then reopened as the app would reopen it and judged
 * against what the process had reported saved (crash-saves-check.ts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addEvents } from '../db/events.ts';
import { createNote } from '../db/notes.ts';
import { openStore } from '../db/open-store.ts';
import { between, type Random } from './crash-random.ts';
import { checkSaves, type SavesVerdict } from './crash-saves-check.ts';
import { SaveLedger } from './crash-saves-ledger.ts';
import type { SavesLayout } from './crash-saves-protocol.ts';

export interface SaveTrialOptions {
  trials: number;
  random: Random;
  /** The kill lands this many ms after the process has the store open, uniformly. */
  killWindowMs?: [number, number];
  lanes?: number;
  log?: (line: string) => void;
}

export interface SaveTrialResult extends SavesVerdict {
  killedAfterMs: number;
  acknowledged: number;
}

const childScript = path.join(import.meta.dirname, 'crash-saves-child.ts');

/** A store with events to annotate and a few notes already written: the analyst's earlier work. */
async function makeTemplate(file: string, lanes: number): Promise<SavesLayout> {
  const { db } = await openStore(file);
  try {
    const summaries = Array.from({ length: 8 * lanes }, (_, i) => `Meeting ${i + 1} of the alliance working group on extended deterrence`);
    const { ids } = addEvents(db, { events: summaries.map((summary, i) => ({ dateStart: `2023-0${1 + (i % 9)}-1${i % 10}`, summary })) });
    const notes = ids.slice(0, 2 * lanes).map((eventId) => createNote(db, { target: { eventId }, body: `Earlier note on event ${eventId}: Tokyo reads it as a signal.` }));
    notes.push(createNote(db, { target: { subject: ['JP', 'US'] }, body: 'Standing note: the alliance as a whole.' }));
    return { lanes, events: ids, notes: notes.map((n) => ({ id: n.id, eventId: n.eventId })) };
  } finally {
    db.close();
  }
}

function removeStore(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

/** Runs the saving process and kills it `killAfterMs` after it reports the store open. */
function runChild(store: string, seed: number, layoutFile: string, ledger: SaveLedger, killAfterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, store, String(seed), layoutFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let killed = false;
    let timer: NodeJS.Timeout | undefined;
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const wasReady = ledger.ready;
      ledger.read(chunk);
      if (!wasReady && ledger.ready) {
        timer = setTimeout(() => {
          killed = true;
          child.kill('SIGKILL');
        }, killAfterMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    // 'close', not 'exit': every line the process wrote before it died has been read.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (killed && signal === 'SIGKILL') resolve();
      else reject(new Error(`the saving process ended by itself (code ${code}, signal ${signal}): ${stderr.trim()}`));
    });
  });
}

export async function runSaveTrials(options: SaveTrialOptions): Promise<SaveTrialResult[]> {
  const log = options.log ?? (() => {});
  const [earliest, latest] = options.killWindowMs ?? [50, 1500];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-crash-saves-'));
  try {
    const template = path.join(dir, 'template.sqlite');
    const layout = await makeTemplate(template, options.lanes ?? 3);
    const layoutFile = path.join(dir, 'layout.json');
    fs.writeFileSync(layoutFile, JSON.stringify(layout));
    const store = path.join(dir, 'store.sqlite');

    const results: SaveTrialResult[] = [];
    for (let trial = 1; trial <= options.trials; trial++) {
      removeStore(store);
      fs.copyFileSync(template, store);
      const opened = await openStore(template);
      const ledger = SaveLedger.fromStore(opened.db, layout);
      opened.db.close();
      const killedAfterMs = between(options.random, earliest, latest);
      await runChild(store, between(options.random, 0, 2 ** 31), layoutFile, ledger, killedAfterMs);
      // Reopened as the next launch would: WAL recovery, then the checks.
      const { db } = await openStore(store);
      let verdict: SavesVerdict;
      try {
        verdict = checkSaves(db, ledger);
      } finally {
        db.close();
      }
      results.push({ ...verdict, killedAfterMs, acknowledged: ledger.acknowledged });
      const a = ledger.answered;
      const inFlight = verdict.landed + verdict.absent;
      log(
        `saves trial ${String(trial).padStart(3)}: killed ${killedAfterMs} ms after opening the store; ${ledger.acknowledged} saves answered ` +
          `(${a.create} new notes, ${a.save} revisions, ${a.tag} taggings, ${a.importance} importance marks); ` +
          `${inFlight} unanswered: ${verdict.landed} there whole, ${verdict.absent} absent; ` +
          (verdict.problems.length ? `FAILED: ${verdict.problems.join('; ')}` : 'quick_check, foreign keys, FTS, revisions ok, nothing lost'),
      );
    }
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
