/**
 * The process the annotation-save trials kill: opens the store through StoreClient and the
 * store worker as the app does (a writer and a read-only reader), then saves annotations in
 * a tight loop until it is killed: new notes, new revisions of existing ones (the autosave
 * path), tags and importance marks. Several lanes run at once, as an analyst's open editors
 * do, so the worker always has a request waiting; each lane waits for its own answer before
 * its next request and owns its own events and notes, so the trial knows what each lane's
 * last answered save was. Reports every request and answer on stdout (crash-saves-protocol.ts).
 *
 *   node scripts/crash-saves-child.ts STORE SEED LAYOUT.json
 */
import fs from 'node:fs';
import type { NoteTarget } from '../contract/annotations.ts';
import { StoreClient } from '../db/store-client.ts';
import { between, pick, seededRandom, type Random } from './crash-random.ts';
import { bodyHash, laneOfEvent, laneOfNote, type SaveAck, type SaveRequest, type SavesLayout } from './crash-saves-protocol.ts';

const [storePath, seedText, layoutPath] = process.argv.slice(2);
if (!storePath || !seedText || !layoutPath) throw new Error('usage: crash-saves-child.ts STORE SEED LAYOUT.json');
const layout = JSON.parse(fs.readFileSync(layoutPath, 'utf8')) as SavesLayout;
const seed = Number(seedText);

const workerFile = new URL('../db/worker.ts', import.meta.url);
const store = await StoreClient.open({ storePath, workerFile });
const reader = await StoreClient.open({ storePath, workerFile, readOnly: true });

const say = (kind: 'send' | 'ack', message: SaveRequest | SaveAck) => process.stdout.write(`${kind} ${JSON.stringify(message)}\n`);

const WORDS = [
  'Tokyo', 'Washington', 'Seoul', 'Beijing', 'alliance', 'extended', 'deterrence', 'the', 'of', 'and', 'reads', 'signal',
  '“don’t', 'over-read”', '2+2', 'Kishida', 'Yoon', 'trilateral', 'Camp David', 'Ōsaka', 'Tōkyō', 'naïve', '—', 'GSOMIA',
  'semiconductors', 'export', 'controls', 'Taiwan', 'Strait', 'Senkaku', 'coast guard', '€', '漢字', 'ミサイル', '한국', '🇯🇵',
  '**bold**', '_aside_', '[source](https://example.org/a?b=1&c=2)', '\n\n- ', '\n> ', '`code`', '#', '|', "'", '"', '\\',
];

/** Mostly a paragraph or a page; now and then a long paper, so some commits take a while. */
function makeBody(random: Random, lane: number, n: number): string {
  const r = random();
  const words = r < 0.8 ? between(random, 5, 400) : r < 0.96 ? between(random, 1000, 5000) : between(random, 20_000, 60_000);
  const parts = [`[lane ${lane}, save ${n}]`];
  for (let i = 0; i < words; i++) parts.push(pick(random, WORDS));
  return parts.join(' ');
}

async function lane(index: number): Promise<never> {
  const random = seededRandom(seed + 7919 * (index + 1));
  const events = layout.events.filter((id) => laneOfEvent(layout, id) === index);
  const notes = layout.notes.filter((n) => laneOfNote(layout, n) === index).map((n) => n.id);
  const subjects: string[][] = [['US', 'JP'], ['JP'], ['US', 'JP', 'KR'], ['CN', 'JP']];
  for (let n = 1; ; n++) {
    const r = random();
    if (r < 0.15 || notes.length === 0) {
      const body = makeBody(random, index, n);
      const target: NoteTarget = random() < 0.8 ? { eventId: pick(random, events) } : { subject: pick(random, subjects) };
      say('send', { op: 'create', lane: index, target, hash: bodyHash(body) });
      const note = await store.call('createNote', { target, body });
      notes.push(note.id);
      say('ack', { op: 'create', lane: index, note: note.id, rev: note.revisionId, hash: bodyHash(note.body) });
    } else if (r < 0.8) {
      const id = pick(random, notes);
      const body = makeBody(random, index, n);
      say('send', { op: 'save', lane: index, note: id, hash: bodyHash(body) });
      const note = await store.call('saveNote', { id, body });
      say('ack', { op: 'save', lane: index, note: note.id, rev: note.revisionId, hash: bodyHash(note.body) });
    } else if (r < 0.9) {
      const event = pick(random, events);
      const tag = `lane ${index} ${pick(random, ['follow-up', 'watch', 'cable', 'brief the minister'])}`;
      say('send', { op: 'tag', lane: index, event, tag });
      await store.call('tagEvents', { target: { ids: [event] }, add: [], addNew: [tag], remove: [] });
      say('ack', { op: 'tag', lane: index, event, tag });
    } else {
      const event = pick(random, events);
      const value = pick(random, [1, 2, 3, null]);
      say('send', { op: 'importance', lane: index, event, value });
      await store.call('setImportance', { ids: [event], importance: value });
      say('ack', { op: 'importance', lane: index, event, value });
    }
    // The app reads while it writes (lists, revision history) through the second connection.
    if (random() < 0.2) await reader.call('noteRevisions', { noteId: pick(random, notes) });
  }
}

process.stdout.write('ready\n');
for (let i = 0; i < layout.lanes; i++) {
  lane(i).catch((e: unknown) => {
    process.stderr.write(`lane ${i} failed: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
}
