/**
 * Everything the store worker can be asked to do. The worker looks operations up by
 * name in this table; the client is typed from it.
 */
import type { Database } from 'better-sqlite3';
import { addEvents, listEvents } from './events.ts';

export function checkIntegrity(db: Database): { ok: boolean; messages: string[] } {
  const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  const messages = rows.map((r) => r.integrity_check);
  return { ok: messages.length === 1 && messages[0] === 'ok', messages };
}

export const operations = {
  listEvents,
  addEvents,
  checkIntegrity,
} satisfies Record<string, (db: Database, args: never) => unknown>;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationArgs<K extends OperationName> = Parameters<Operations[K]>[1];
export type OperationResult<K extends OperationName> = ReturnType<Operations[K]>;
