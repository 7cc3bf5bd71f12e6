import type { Database, Statement } from 'better-sqlite3';

/**
 * Prepared statements by SQL text. A filter's SQL depends only on its shape (which filters,
 * how many countries), so the table's repeated page requests reuse a handful of statements.
 */
const statements = new WeakMap<Database, Map<string, Statement>>();
const STATEMENTS_KEPT = 64;

export function prepareCached(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    if (cache.size >= STATEMENTS_KEPT) cache.delete(cache.keys().next().value!);
    cache.set(sql, statement);
  }
  return statement;
}

