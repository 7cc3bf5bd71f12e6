/**
 * npm run soak [-- --minutes N]: an analyst's working day compressed into N minutes (30 by
 * default) in the Chromium harness the e2e suite uses: the real renderer, the real main-process
 * service and a real store file. Once a minute it samples the service process's memory and open
 * file handles, the page's JavaScript heap (after a garbage collection in each) and the store's
 * size. It fails on any error (a step that fails, a page error, an error logged in the console),
 * on memory or handles that do not level off (scripts/soak/growth.ts), and on any lost save:
 * at the end every note, tag, briefing edit, import, PDF and backup made is looked for in the
 * store file (opened afresh, read-only) and on disk. Needs `npm run build` first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { CDPSession, Page } from 'playwright';
import { launchChromiumShell } from '../e2e/support/chromium-shell.ts';
import { backUp, briefingAndPdf, filterTable, importChronology, newLedger, NOTE_WORDS, noteAndTag, readDashboards, rest, type Ledger } from './soak/analyst.ts';
import { judgeGrowth, type GrowthRule } from './soak/growth.ts';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '30' }, 'sample-seconds': { type: 'string', default: '60' } } });
const minutes = Number(values.minutes);
const sampleMs = Number(values['sample-seconds']) * 1000;
if (!(minutes > 0) || !(sampleMs > 0)) throw new Error('--minutes and --sample-seconds must be positive numbers');

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run soak does), so that heap samples are taken after a collection');

interface Sample {
  minute: number;
  cycles: number;
  rssMb: number;
  heapMb: number;
  fds: number;
  pageHeapMb: number;
  domNodes: number;
  listeners: number;
  storeMb: number;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-soak-'));
const storePath = path.join(work, 'soak.sqlite');
const pdfDir = path.join(work, 'pdf');
fs.mkdirSync(pdfDir);
let pdfFile = path.join(pdfDir, 'briefing-0.pdf');

const shell = await launchChromiumShell({
  storePath,
  colorScheme: 'light',
  choosePdfFile: async () => pdfFile,
  chooseBackupFile: async (suggested) => suggested,
});
const page: Page = shell.page;
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
page.on('console', (m) => {
  if (m.type() === 'error') errors.push(`console error: ${m.text().slice(0, 300)}`);
});
const cdp: CDPSession = await shell.context.newCDPSession(page);
await cdp.send('Performance.enable');

const mb = (bytes: number) => bytes / 1024 / 1024;
const fileSize = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);
const started = Date.now();
const samples: Sample[] = [];
let cycles = 0;

async function sample(): Promise<void> {
  gc!();
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const memory = process.memoryUsage();
  const s: Sample = {
    minute: Math.round((Date.now() - started) / 6000) / 10,
    cycles,
    rssMb: mb(memory.rss),
    heapMb: mb(memory.heapUsed),
    fds: fs.readdirSync('/proc/self/fd').length,
    pageHeapMb: mb(metric('JSHeapUsedSize')),
    domNodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    storeMb: mb(fileSize(storePath) + fileSize(`${storePath}-wal`)),
  };
  samples.push(s);
  console.log(
    `  ${s.minute.toFixed(1).padStart(5)} min  cycles ${String(s.cycles).padStart(3)}  service rss ${s.rssMb.toFixed(0)} MB heap ${s.heapMb.toFixed(1)} MB fds ${s.fds}  page heap ${s.pageHeapMb.toFixed(1)} MB nodes ${s.domNodes} listeners ${s.listeners}  store ${s.storeMb.toFixed(2)} MB`,
  );
}

const shots = path.resolve('e2e-artifacts', 'soak');

async function step(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (e) {
    errors.push(`cycle ${cycles} ${name}: ${(e as Error).message.split('\n')[0]}`);
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, `cycle-${cycles}-${name.replaceAll(' ', '-')}.png`) }).catch(() => {});
    await page.keyboard.press('Escape').catch(() => {});
  }
}

const ledger: Ledger = newLedger();
console.log(`npm run soak: ${minutes} minutes, a sample every ${sampleMs / 1000} s; store ${storePath}`);
try {
  await page.setViewportSize({ width: 1440, height: 1000 });
  const loadSample = page.getByRole('button', { name: 'Load sample briefing book' });
  await loadSample.click();
  await page.getByTestId('event-count').filter({ hasText: '40 events' }).waitFor();
  await sample();
  let nextSample = Date.now() + sampleMs;
  const end = started + minutes * 60_000;
  while (Date.now() < end) {
    // A chronology every third hour, its events annotated one an hour until the next.
    const keyword = `soak${Math.floor(cycles / NOTE_WORDS.length) + 1}x`;
    pdfFile = path.join(pdfDir, `briefing-${cycles + 1}.pdf`);
    const steps: Array<[string, () => Promise<void>]> = [
      ['filter', () => filterTable(page)],
      ['note and tag', () => noteAndTag(page, ledger, keyword, cycles + 1)],
      ['dashboards', () => readDashboards(page)],
      ['briefing and PDF', () => briefingAndPdf(page, ledger, keyword, cycles + 1, pdfFile)],
    ];
    if (cycles % NOTE_WORDS.length === 0) steps.unshift(['import', () => importChronology(page, ledger, keyword, cycles + 1)]);
    // A backup every fourth hour of the day, as an analyst backs up before leaving a task.
    if ((cycles + 1) % 4 === 0) steps.push(['backup', () => backUp(page, ledger)]);
    for (const [name, run] of steps) {
      await step(name, run);
      if (Date.now() >= end) break;
    }
    cycles++;
    // Samples are taken between hours, on the same screen each time (the whole table, nothing
    // open), so that DOM nodes and listeners compare like with like.
    if (Date.now() >= nextSample || Date.now() >= end) {
      await step('rest', () => rest(page));
      await sample();
      nextSample = Date.now() + sampleMs;
    }
  }
} finally {
  await shell.close();
}

/** Everything the day wrote, looked for in the closed store and on disk. */
function lostSaves(): string[] {
  const lost: string[] = [];
  const db = new Database(storePath, { readonly: true });
  try {
    const countLike = db.prepare('SELECT count(*) FROM events WHERE summary LIKE ?').pluck();
    for (const [keyword, events] of ledger.imports) {
      const found = countLike.get(`%(${keyword}).`) as number;
      if (found !== events) lost.push(`import ${keyword}: ${found} of ${events} events in the store`);
    }
    const note = db.prepare(
      `SELECT n.body, (SELECT count(*) FROM note_revisions r WHERE r.note_id = n.id) AS revisions
       FROM notes n JOIN events e ON e.id = n.event_id WHERE e.summary LIKE ? AND n.deleted_at IS NULL`,
    );
    for (const [key, expected] of ledger.notes) {
      const [keyword, word] = key.split('|') as [string, string];
      const rows = note.all(`%${word}%(${keyword}).`) as Array<{ body: string; revisions: number }>;
      if (rows.length !== 1 || rows[0]!.body !== expected.body) lost.push(`note on the ${word} event of ${keyword}: ${rows.length} notes, body ${JSON.stringify(rows[0]?.body?.slice(0, 60))}`);
      else if (rows[0]!.revisions < expected.saves) lost.push(`note on the ${word} event of ${keyword}: ${rows[0]!.revisions} revisions, expected ${expected.saves}`);
    }
    const tagged = db.prepare('SELECT count(*) FROM event_tags et JOIN tags t ON t.id = et.tag_id JOIN events e ON e.id = et.event_id WHERE t.name = ? AND e.summary LIKE ?').pluck();
    for (const pair of ledger.tags) {
      const [tag, keyword, word] = pair.split('|') as [string, string, string];
      if (tagged.get(tag, `%${word}%(${keyword}).`) !== 1) lost.push(`tag ${tag} is not on the ${word} event of ${keyword}`);
    }
    const section = db.prepare('SELECT body FROM briefing_sections WHERE id = ?').pluck();
    for (const [id, body] of ledger.sections) if (section.get(id) !== body) lost.push(`briefing section ${id}: ${JSON.stringify(section.get(id))}`);
  } finally {
    db.close();
  }
  for (const pdf of ledger.pdfs) if (!fs.existsSync(pdf) || !fs.readFileSync(pdf).subarray(0, 5).equals(Buffer.from('%PDF-'))) lost.push(`PDF ${pdf} is missing or not a PDF`);
  const backupsDir = path.join(path.dirname(storePath), 'backups');
  for (const b of ledger.backups) {
    const file = path.isAbsolute(b) ? b : path.join(backupsDir, b);
    if (!fs.existsSync(file) || fs.statSync(file).size === 0) lost.push(`backup ${b} is missing or empty`);
  }
  return lost;
}

const lost = lostSaves();
const rules: Array<[keyof Sample, string, GrowthRule]> = [
  ['rssMb', 'service RSS (MB)', { share: 0.1, floor: 10 }],
  ['heapMb', 'service JS heap (MB)', { share: 0.1, floor: 2 }],
  ['fds', 'service open file handles', { share: 0.1, floor: 8 }],
  ['pageHeapMb', 'page JS heap (MB)', { share: 0.1, floor: 2 }],
  ['domNodes', 'page DOM nodes', { share: 0.1, floor: 500 }],
  ['listeners', 'page event listeners', { share: 0.1, floor: 50 }],
];
const xs = samples.map((s) => s.minute);
const verdicts = rules.map(([key, label, rule]) => ({ label, ...judgeGrowth(xs, samples.map((s) => s[key] as number), rule) }));

console.log('');
console.log('| minute | cycles | service RSS (MB) | service heap (MB) | open files | page heap (MB) | DOM nodes | listeners | store (MB) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const s of samples) {
  console.log(`| ${s.minute.toFixed(1)} | ${s.cycles} | ${s.rssMb.toFixed(0)} | ${s.heapMb.toFixed(1)} | ${s.fds} | ${s.pageHeapMb.toFixed(1)} | ${s.domNodes} | ${s.listeners} | ${s.storeMb.toFixed(2)} |`);
}
console.log('');
console.log('| series | last-third slope / min | projected over the run | allowed | levels off |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const v of verdicts) console.log(`| ${v.label} | ${v.slopePerMinute.toFixed(2)} | ${v.projected.toFixed(1)} | ${v.allowed.toFixed(1)} | ${v.levelsOff ? 'yes' : '**no**'} |`);
console.log('');
const written = `${ledger.imports.size} imports, ${ledger.notes.size} notes (typed and revised), ${ledger.tags.size} tags put on events, ${ledger.sections.size} briefings edited, ${ledger.pdfs.length} PDFs, ${ledger.backups.length} backups`;
console.log(`${cycles} cycles in ${((Date.now() - started) / 60_000).toFixed(1)} minutes: ${written}; all found in the store: ${lost.length === 0 ? 'yes' : 'NO'}`);
for (const l of lost) console.log(`  lost: ${l}`);
console.log(`errors: ${errors.length}`);
for (const e of errors.slice(0, 20)) console.log(`  ${e}`);
const growing = verdicts.filter((v) => !v.levelsOff);
const failed = errors.length > 0 || lost.length > 0 || growing.length > 0 || cycles === 0;
console.log(failed ? `SOAK FAILED${growing.length ? `: ${growing.map((g) => g.label).join(', ')} did not level off` : ''}` : 'soak passed');
fs.rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
