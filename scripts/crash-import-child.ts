/**
 * The process scripts/crash-import.ts kills: opens a store as the app does and commits a
 * prepared import, saying on stdout when the commit starts and when it has landed (the
 * parent times its kill and names its phase by these lines), then stays alive with the store
 * open, as the app does after an import, until it is killed.
 *
 *   node scripts/crash-import-child.ts STORE IMPORT.json
 */
import fs from 'node:fs';
import { commitImport } from '../db/import/commit.ts';
import type { ParsedDocument } from '../db/import/parse-document.ts';
import { openStore } from '../db/open-store.ts';

const [storePath, importPath] = process.argv.slice(2);
if (!storePath || !importPath) throw new Error('usage: crash-import-child.ts STORE IMPORT.json');

const parsed = JSON.parse(fs.readFileSync(importPath, 'utf8')) as Pick<ParsedDocument, 'source' | 'entries'>;
const store = await openStore(storePath);
// Writes to a pipe are synchronous on POSIX, so the parent has this line before the commit starts.
process.stdout.write('committing\n');
const outcome = commitImport(store.db, parsed.source, parsed.entries);
process.stdout.write(`committed ${outcome.added}\n`);
setInterval(() => {}, 60_000);
