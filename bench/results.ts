import fs from 'node:fs';

const resultsFile = new URL('./results.json', import.meta.url);

/** Merges `figures` into bench/results.json, keeping keys other parts of the bench wrote. */
export function saveResults(figures: Record<string, number | string>): void {
  let previous: Record<string, unknown> = {};
  try {
    previous = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  fs.writeFileSync(resultsFile, `${JSON.stringify({ ...previous, ...figures }, null, 2)}\n`);
}
