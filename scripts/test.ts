/**
 * npm test: the unit suite (Node's test runner, real SQLite files in temp folders), then
 * the end-to-end suite (Playwright against the built app), then `npm start` itself on this
 * machine (scripts/npm-start.e2e.ts: browser mode under a display, xvfb-run when there is
 * none; after the Playwright suite because npm start rebuilds dist/). Ends with one summary line,
 * "N passed, N failed", and a non-zero exit if anything failed or nothing ran.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, '.test-results');
fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  console.log(`\n── ${label} ──`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

const unitTap = path.join(results, 'unit.tap');
const unitStatus = run('unit tests', process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${unitTap}`,
  'db/**/*.test.ts',
  'contract/**/*.test.ts',
  'electron/**/*.test.ts',
  'scripts/**/*.test.ts',
  'renderer/src/**/*.test.ts',
]);

const buildStatus = run('build', npm, ['run', '--silent', 'build']);
// Written by the json reporter configured in playwright.config.ts.
const e2eJson = path.join(root, 'e2e-artifacts', 'results.json');
fs.rmSync(e2eJson, { force: true });
const e2eStatus = buildStatus === 0 ? run('end-to-end tests', npm, ['exec', '--', 'playwright', 'test']) : 1;

const startTap = path.join(results, 'npm-start.tap');
const startStatus = run('npm start', process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${startTap}`,
  'scripts/npm-start.e2e.ts',
]);

const tap = fs.existsSync(unitTap) ? fs.readFileSync(unitTap, 'utf8') : '';
const tapCount = (key: string) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
const unit = { passed: tapCount('pass'), failed: tapCount('fail') + tapCount('cancelled') };
const startText = fs.existsSync(startTap) ? fs.readFileSync(startTap, 'utf8') : '';
const startCount = (key: string) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(startText)?.[1] ?? 0);
const launcher = { passed: startCount('pass'), failed: startCount('fail') + startCount('cancelled'), skipped: startCount('skipped') };

let e2e = { passed: 0, failed: 0, skipped: 0 };
if (fs.existsSync(e2eJson)) {
  const stats = JSON.parse(fs.readFileSync(e2eJson, 'utf8')).stats as { expected: number; unexpected: number; flaky: number; skipped: number };
  e2e = { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}
if (buildStatus !== 0) e2e.failed += 1;

const passed = unit.passed + e2e.passed + launcher.passed;
const failed =
  unit.failed +
  e2e.failed +
  launcher.failed +
  (unitStatus !== 0 && unit.failed === 0 ? 1 : 0) +
  (e2eStatus !== 0 && e2e.failed === 0 ? 1 : 0) +
  (startStatus !== 0 && launcher.failed === 0 ? 1 : 0);
const skipped = e2e.skipped + launcher.skipped;
console.log(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed · e2e: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped · npm start: ${launcher.passed} passed, ${launcher.failed} failed, ${launcher.skipped} skipped`,
);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
