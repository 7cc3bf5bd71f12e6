import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../db/open-store.ts';

/**
 * A store of `count` synthetic events, written in one statement so setup stays quick.
 * Summaries vary in length and text so pages and indexes look like real data.
 */
export async function makeBenchStore(count: number): Promise<{ file: string; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  const store = await openStore(file);
  store.db.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${Math.floor(count)})
    INSERT INTO events (date_start, date_end, summary)
    SELECT date('1990-01-01', '+' || (i % 13000) || ' days'),
           CASE WHEN i % 7 = 0 THEN date('1990-01-01', '+' || (i % 13000 + 2) || ' days') END,
           'Officials of ' || (i % 193) || ' and ' || (i % 57) || ' meet on trade, security and ' ||
             substr('maritime cooperation supply chains export controls climate finance people-to-people exchange', 1 + i % 40, 40 + i % 50)
    FROM n;
  `);
  store.db.close();
  return { file, dir };
}
