/**
 * One hour of an analyst's day, compressed: a chronology imported, the table filtered and
 * searched, a note typed and revised and a tag added in the event's panel, the dashboards read,
 * a briefing edited and exported to PDF, a backup made. Screens are driven as the analyst drives
 * them; imports, briefings and backups go through window.briefing, the page's own bridge.
 * Everything written is recorded in the ledger, to be found in the store at the end.
 */
import type { Page } from 'playwright';

export interface Ledger {
  /** Summary keyword of each imported chronology → how many events it holds. */
  imports: Map<string, number>;
  /** `keyword|word` of the event a note was written on → the note's last text, and how many saves it had. */
  notes: Map<string, { body: string; saves: number }>;
  /** `tag|keyword|word`: a tag and the event it was put on. */
  tags: Set<string>;
  /** Briefing section id → its last body. */
  sections: Map<number, string>;
  pdfs: string[];
  backups: string[];
}

export const newLedger = (): Ledger => ({ imports: new Map(), notes: new Map(), tags: new Set(), sections: new Map(), pdfs: [], backups: [] });

const STEP_TIMEOUT = 30_000;

export async function bridgeCall<T>(page: Page, method: string, request?: unknown): Promise<T> {
  const result = (await page.evaluate(([m, r]) => (globalThis as unknown as { briefing: Record<string, (x: unknown) => Promise<unknown>> }).briefing[m]!(r), [method, request] as const)) as
    | { ok: true; value: T }
    | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function chronology(keyword: string, cycle: number): { text: string; events: number } {
  const month = MONTHS[cycle % 12]!;
  const lines = [
    `${month} 3, 2024: Ministers of Japan and the United States meet in Tokyo on export controls (${keyword}).`,
    `${month} 9, 2024: Japan and South Korea hold a security dialogue in Seoul (${keyword}).`,
    `${month} 14, 2024: The Quad foreign ministers issue a statement on maritime security (${keyword}).`,
    `${month} 21, 2024: President Biden calls Prime Minister Kishida about the G7 summit (${keyword}).`,
  ];
  return { text: `Soak chronology, cycle ${cycle}\n\n${lines.join('\n')}\n`, events: lines.length };
}

export async function importChronology(page: Page, ledger: Ledger, keyword: string, cycle: number) {
  const { text, events } = chronology(keyword, cycle);
  const preview = await bridgeCall<{ previewId: string; total: number }>(page, 'previewImportText', { text, name: `${keyword}.md` });
  if (preview.total !== events) throw new Error(`import preview of ${keyword}: ${preview.total} entries, expected ${events}`);
  const outcome = await bridgeCall<{ added: number }>(page, 'commitImport', { previewId: preview.previewId });
  if (outcome.added !== events) throw new Error(`import of ${keyword}: ${outcome.added} added, expected ${events}`);
  ledger.imports.set(keyword, events);
}

const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });
const detail = (page: Page) => page.getByRole('complementary', { name: 'Event detail' });

export async function filterTable(page: Page) {
  await screens(page).getByRole('button', { name: 'Events' }).click();
  const search = page.getByRole('searchbox', { name: /Search events/ });
  for (const text of ['Tokyo', 'security dialogue', 'Kishida G7', '"export controls"', '']) {
    await search.fill(text);
    await page.getByTestId('event-count').filter({ hasText: /\d+ events?/ }).waitFor({ timeout: STEP_TIMEOUT });
  }
}

async function saved(page: Page) {
  await detail(page).getByRole('status').filter({ hasText: /Saved/ }).first().waitFor({ timeout: STEP_TIMEOUT });
}

/** Opens the event of this cycle's import that mentions `word`, through the search box. */
async function openEvent(page: Page, keyword: string, word: string) {
  await screens(page).getByRole('button', { name: 'Events' }).click();
  await page.getByRole('searchbox', { name: /Search events/ }).fill(`${keyword} ${word}`);
  await page.getByTestId('event-count').filter({ hasText: /^1 event$/ }).waitFor({ timeout: STEP_TIMEOUT });
  await page.getByRole('grid', { name: 'Events' }).locator('[data-event-id]').first().dblclick();
  await detail(page).getByRole('heading', { level: 2 }).first().waitFor({ timeout: STEP_TIMEOUT });
}

/** An analyst's few working tags, used again and again. */
const TAGS = ['watch-korea', 'watch-quad', 'export-controls', 'g7-follow-up', 'alliance'];

/** Words that pick one event of an imported chronology. */
export const NOTE_WORDS = ['Seoul', 'Tokyo', 'maritime'];

export async function noteAndTag(page: Page, ledger: Ledger, keyword: string, cycle: number) {
  const word = NOTE_WORDS[cycle % NOTE_WORDS.length]!;
  await openEvent(page, keyword, word);
  await detail(page).getByRole('button', { name: 'Add a note' }).click();
  const editor = detail(page).getByRole('textbox', { name: 'New note text' });
  const first = `First reading (${keyword}): the dialogue resumes after five years.`;
  await editor.pressSequentially(first, { delay: 15 });
  await saved(page);
  const revised = `**Revised (${keyword}):** the dialogue resumes; watch the GSOMIA question.\n\n- domestic politics in both capitals\n- the 2025 budget`;
  await editor.fill(revised);
  await saved(page);
  await detail(page).getByRole('button', { name: 'Done' }).click();
  ledger.notes.set(`${keyword}|${word}`, { body: revised, saves: 2 });

  const tag = TAGS[cycle % TAGS.length]!;
  const field = detail(page).getByRole('combobox', { name: 'Add a tag' });
  await field.fill(tag);
  await field.press('Enter');
  await detail(page).getByRole('button', { name: `Remove tag ${tag}` }).waitFor({ timeout: STEP_TIMEOUT });
  ledger.tags.add(`${tag}|${keyword}|${word}`);
  await page.keyboard.press('Escape');
}

export async function readDashboards(page: Page) {
  await screens(page).getByRole('button', { name: 'Dashboards' }).click();
  const country = page.getByRole('combobox', { name: 'Choose a country' });
  await country.waitFor({ timeout: STEP_TIMEOUT });
  // The screen remembers the country from the last visit.
  if ((await page.getByRole('button', { name: 'Remove Japan' }).count()) === 0) await country.fill('Japan');
  await page.getByTestId('country-dashboard').waitFor({ timeout: STEP_TIMEOUT });
}

export async function briefingAndPdf(page: Page, ledger: Ledger, keyword: string, cycle: number, pdfFile: string) {
  await screens(page).getByRole('button', { name: 'Briefings' }).click();
  const events = await bridgeCall<{ rows: Array<{ id: number }> }>(page, 'queryEvents', { filter: { search: keyword }, sort: { column: 'date', direction: 'asc' }, offset: 0, limit: 10 });
  const b = await bridgeCall<{ id: number; sections: Array<{ id: number }> }>(page, 'createBriefing', {
    briefing: { title: `Weekly note ${cycle}`, date: '2024-06-01', subtitle: 'Japan and its neighbours', author: 'Soak analyst', marking: 'INTERNAL', template: 'briefing-book' },
  });
  const section = b.sections[0]!.id;
  let body = '';
  for (const sentence of ['The dialogue resumed.', ' Ministers met in Tokyo.', ` The Quad spoke on maritime security (${keyword}).`]) {
    body += sentence;
    await bridgeCall(page, 'updateBriefingSection', { id: section, body });
  }
  ledger.sections.set(section, body);
  await bridgeCall(page, 'citeEvents', { sectionId: section, target: { ids: events.rows.map((r) => r.id) } });
  const exported = await bridgeCall<{ cancelled: boolean; path?: string; bytes?: number }>(page, 'exportBriefingPdf', { id: b.id });
  if (exported.cancelled || !exported.path) throw new Error(`the PDF export of briefing ${b.id} was cancelled`);
  if (exported.path !== pdfFile && exported.path !== `${pdfFile}.pdf`) throw new Error(`PDF written to ${exported.path}, not ${pdfFile}`);
  ledger.pdfs.push(exported.path);
}

export async function backUp(page: Page, ledger: Ledger) {
  const result = await bridgeCall<{ cancelled: boolean; backup?: { file: string } }>(page, 'backupNow');
  if (result.cancelled || !result.backup) throw new Error('the backup was cancelled');
  ledger.backups.push(result.backup.file);
}

/** The table with every event and nothing open: where the day's samples are taken. */
export async function rest(page: Page) {
  await screens(page).getByRole('button', { name: 'Events' }).click();
  await page.getByRole('searchbox', { name: /Search events/ }).fill('');
  await page.getByTestId('event-count').filter({ hasText: /\d+ events/ }).waitFor({ timeout: STEP_TIMEOUT });
  if (await detail(page).isVisible()) await page.keyboard.press('Escape');
}
