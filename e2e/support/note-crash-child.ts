/**
 * One side of the note crash trial, run as its own process: opens the app (Chromium shell,
 * real service and store) on a store holding events, writes a note on the first event by
 * typing it, prints TYPED when the last key is down, and then waits to be killed.
 * argv: <store path> <text to type>
 */
import { launchChromiumShell } from './chromium-shell.ts';

const [storePath, text] = process.argv.slice(2);
if (!storePath || text === undefined) throw new Error('usage: note-crash-child.ts <store> <text>');

const shell = await launchChromiumShell({ storePath, colorScheme: 'light' });
const { page } = shell;
const firstRow = page.getByRole('grid', { name: 'Events' }).locator('[data-event-id]').first();
await firstRow.waitFor();
await firstRow.dblclick();
const detail = page.getByRole('complementary', { name: 'Event detail' });
await detail.getByRole('button', { name: 'Add a note' }).click();
// The first note in a store asks whose it is; later trials on the same store do not.
const askName = page.getByLabel('Your name');
await askName.or(detail.getByRole('textbox', { name: 'New note text' })).waitFor();
if (await askName.isVisible()) {
  await askName.fill('R. Analyst');
  await page.getByRole('button', { name: 'Sign notes with this name' }).click();
}
await detail.getByRole('textbox', { name: 'New note text' }).pressSequentially(text, { delay: 15 });
process.stdout.write(`TYPED ${Date.now()}\n`);
// Stay alive, as an app would, until the trial kills the whole process group.
setInterval(() => {}, 60_000);
