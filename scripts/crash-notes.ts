/**
 * npm run crash:notes [TRIALS] — types a note in the app and kills the whole app (SIGKILL)
 * one second after the last keystroke, then checks on relaunch that the note is there, whole,
 * in a sound store. Prints one line per trial and a tally; exits non-zero if any trial lost
 * the note. TRIALS (argument or env, default 10); CRASH_KILL_MS (default 1000).
 * Needs the built renderer (npm run build) and Chromium, as the e2e suite does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareCrashStore, runNoteCrashTrial } from '../e2e/support/note-crash.ts';

const trials = Number(process.argv[2] ?? process.env.TRIALS ?? 10);
const killAfterMs = Number(process.env.CRASH_KILL_MS ?? 1000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-crash-notes-'));
const store = path.join(dir, 'store.sqlite');
await prepareCrashStore(store);

let kept = 0;
for (let i = 1; i <= trials; i++) {
  const text = `Trial ${i}: Tokyo reads the 2+2 as a signal — “don’t” over-read it; ${'x'.repeat(i % 7)} end ${i}.`;
  const trial = await runNoteCrashTrial(store, text, killAfterMs);
  const ok = trial.found === text && trial.quickCheck === 'ok';
  if (ok) kept++;
  console.log(`trial ${i}: killed ${trial.killedAfterMs} ms after the last keystroke; note ${ok ? 'kept whole' : `LOST (found ${JSON.stringify(trial.found)})`}; quick_check ${trial.quickCheck}`);
}
console.log(`${kept}/${trials} trials kept the note`);
fs.rmSync(dir, { recursive: true, force: true });
process.exitCode = kept === trials ? 0 : 1;
