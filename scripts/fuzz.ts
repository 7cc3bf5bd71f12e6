/**
 * npm run fuzz [-- --cases N] [-- --seed S] [-- --only TEXT]: the long fuzz run. A million
 * cases by default, shared among the properties of scripts/fuzz/properties.ts (fast ones get
 * more), every case timed against the limit of 1 s of CPU time. The seed is printed first; the same seed and
 * case count replay the same cases, so a failure can be run again and debugged.
 */
import { parseArgs } from 'node:util';
import { CASE_LIMIT_MS, PROPERTIES } from './fuzz/properties.ts';
import { runProperty, type PropertyOutcome } from './fuzz/run-property.ts';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '1000000' }, seed: { type: 'string' }, only: { type: 'string' } } });
const total = Number(values.cases);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
if (!Number.isSafeInteger(total) || total < PROPERTIES.length) throw new Error(`--cases must be a whole number of at least ${PROPERTIES.length}`);
if (!Number.isSafeInteger(seed)) throw new Error('--seed must be a whole number');

const chosen = PROPERTIES.filter((p) => values.only === undefined || p.name.includes(values.only));
const shares = chosen.reduce((sum, p) => sum + p.share, 0);
const plan = chosen.map((p) => ({ property: p, runs: Math.round((total * p.share) / shares) }));
// Rounding: the largest share takes up the difference, so the cases add up to exactly `total`.
const largest = plan.reduce((a, b) => (b.runs > a.runs ? b : a));
largest.runs += total - plan.reduce((sum, p) => sum + p.runs, 0);

console.log(`npm run fuzz: ${total.toLocaleString('en')} cases, seed ${seed} (replay: npm run fuzz -- --cases ${total} --seed ${seed}), limit ${CASE_LIMIT_MS} ms of CPU time a case`);
const outcomes: PropertyOutcome[] = [];
for (const { property, runs } of plan) {
  const outcome = await runProperty(property, runs, seed);
  outcomes.push(outcome);
  const slowest = `${outcome.timing.slowestMs.toFixed(1)} ms CPU (${outcome.timing.slowestWallMs.toFixed(0)} ms wall)`;
  console.log(`${outcome.failed ? 'FAIL' : 'ok  '} ${property.name}: ${outcome.cases.toLocaleString('en')} cases in ${outcome.seconds.toFixed(0)} s, slowest ${slowest}`);
  if (outcome.failed) console.log(outcome.report);
}

const cases = outcomes.reduce((sum, o) => sum + o.cases, 0);
const failures = outcomes.filter((o) => o.failed).length;
const slowest = outcomes.reduce((a, b) => (b.timing.slowestMs > a.timing.slowestMs ? b : a));
console.log('');
console.log('| property | cases | failures | slowest case (CPU) | slowest case (wall clock) | time |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const o of outcomes) console.log(`| ${o.name} | ${o.cases.toLocaleString('en')} | ${o.failed ? 1 : 0} | ${o.timing.slowestMs.toFixed(1)} ms | ${o.timing.slowestWallMs.toFixed(0)} ms | ${o.seconds.toFixed(0)} s |`);
const slowestWall = Math.max(...outcomes.map((o) => o.timing.slowestWallMs));
console.log(`| **all** | **${cases.toLocaleString('en')}** | **${failures}** | **${slowest.timing.slowestMs.toFixed(1)} ms** | ${slowestWall.toFixed(0)} ms | ${outcomes.reduce((s, o) => s + o.seconds, 0).toFixed(0)} s |`);
console.log('');
console.log(`seed ${seed}: ${cases.toLocaleString('en')} cases, ${failures} failed; slowest case ${slowest.timing.slowestMs.toFixed(1)} ms of CPU (${slowest.name}): ${slowest.timing.slowestInput.slice(0, 160)}`);
process.exitCode = failures > 0 ? 1 : 0;
