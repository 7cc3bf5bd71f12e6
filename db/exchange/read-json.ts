/**
 * Reads events from JSON in the exchange format: `{ format, version, exported_at, events }`
 * or a bare array of events. Text that is not JSON is refused with its line and column; a
 * bad event is reported ("event 3", its line, the field) and left out, the rest are kept.
 */
import type { Problem } from '../import/chronology.ts';
import type { ImportEntry } from '../import/commit.ts';
import { positionFinder, scanJson } from './json-scan.ts';
import { builtInKnownIds, COLUMNS, EXCHANGE_FORMAT, EXCHANGE_VERSION, exchangeSource, stripBom, type ExchangeRead, type ReadOptions } from './schema.ts';
import { eventSchema, toImportEntry, validateEvent } from './validate-event.ts';

const PROBLEM_TEXT_CHARS = 300;
const TOP_LEVEL_KEYS = new Set(['format', 'version', 'exported_at', 'events']);
const FIELDS = new Set<string>(COLUMNS);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v} (${JSON.stringify(v)?.slice(0, 40)})`;
}

/** Fields holding a NUL character anywhere, which SQLite's text functions would cut short. */
function fieldsWithNul(event: Record<string, unknown>): string[] {
  const hasNul = (v: unknown): boolean =>
    typeof v === 'string' ? v.includes('\0') : Array.isArray(v) ? v.some(hasNul) : isObject(v) ? Object.values(v).some(hasNul) : false;
  return Object.keys(event).filter((k) => FIELDS.has(k) && hasNul(event[k]));
}

function lineText(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '').slice(0, PROBLEM_TEXT_CHARS);
}

/** The events array, or why the document holds none. */
function eventsOf(value: unknown, notes: string[]): unknown[] | string {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return `expected an object with "format": "${EXCHANGE_FORMAT}" and "events", or an array of events; found ${describe(value)}`;
  if (value.format === undefined) notes.push(`no "format" field: read as ${EXCHANGE_FORMAT}`);
  else if (value.format !== EXCHANGE_FORMAT) return `"format" is ${JSON.stringify(value.format)}; expected "${EXCHANGE_FORMAT}"`;
  if (value.version === undefined) notes.push(`no "version" field: read as version ${EXCHANGE_VERSION}`);
  else if (typeof value.version === 'number' && value.version > EXCHANGE_VERSION) {
    return `the file is version ${value.version} of the format, written by a newer Briefing Book; this one reads version ${EXCHANGE_VERSION}`;
  } else if (value.version !== EXCHANGE_VERSION) return `"version" is ${JSON.stringify(value.version)}; expected ${EXCHANGE_VERSION}`;
  for (const key of Object.keys(value)) if (!TOP_LEVEL_KEYS.has(key)) notes.push(`unknown top-level field "${key}" is ignored`);
  if (!Array.isArray(value.events)) return `"events" should be an array of events; found ${describe(value.events)}`;
  return value.events;
}

export function readEventsJson(text: string, options: ReadOptions = {}): ExchangeRead {
  const source = exchangeSource(text, options.title ?? 'Imported JSON');
  const problems: Problem[] = [];
  const notes: string[] = [];
  const entries: ImportEntry[] = [];
  const done = () => ({ source, entries, problems, notes });

  const body = stripBom(text);
  if (body.trim() === '') {
    problems.push({ line: 1, text: '', reason: `the file is empty: expected {"format": "${EXCHANGE_FORMAT}", "version": ${EXCHANGE_VERSION}, "events": [...]}` });
    return done();
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    // Our scanner gives a position for every error; V8's message is the fallback.
    const error = scanJson(body).error ?? { offset: Number(/at position (\d+)/.exec((e as Error).message)?.[1] ?? 0), reason: (e as Error).message };
    const { line, column } = positionFinder(body)(error.offset);
    problems.push({ line, text: lineText(body, error.offset), reason: `not valid JSON at line ${line}, column ${column}: ${error.reason}` });
    return done();
  }

  const events = eventsOf(value, notes);
  if (typeof events === 'string') {
    problems.push({ line: 1, text: lineText(body, 0), reason: events });
    return done();
  }
  if (events.length === 0) {
    problems.push({ line: 1, text: lineText(body, 0), reason: 'the file has no events' });
    return done();
  }

  const offsets = scanJson(body).eventOffsets;
  const where = positionFinder(body);
  const schema = eventSchema(options.known ?? builtInKnownIds());
  const firstEventWithId = new Map<number, { index: number; line: number }>();
  const unknownFields = new Set<string>();
  let withSource = false;
  events.forEach((event, index) => {
    const offset = offsets[index];
    const line = offset === undefined ? 1 : where(offset).line;
    const report = (reason: string) =>
      problems.push({ line, text: (JSON.stringify(event) ?? '').slice(0, PROBLEM_TEXT_CHARS), reason: `event ${index + 1}: ${reason}` });
    if (!isObject(event)) return report(`expected an object with the event's fields; found ${describe(event)}`);
    for (const key of Object.keys(event)) if (!FIELDS.has(key)) unknownFields.add(key);
    const withNul = fieldsWithNul(event);
    if (withNul.length > 0) return report(withNul.map((f) => `${f}: contains a NUL character`).join('; '));
    const result = validateEvent(schema, event);
    if (!result.ok) return report(result.reason);
    const { id } = result.event;
    if (id !== null) {
      const first = firstEventWithId.get(id);
      if (first) return report(`id: ${id} is already used by event ${first.index + 1} (line ${first.line})`);
      firstEventWithId.set(id, { index, line });
    }
    if (result.event.source !== null) withSource = true;
    entries.push(toImportEntry(result.event));
  });
  for (const key of unknownFields) notes.push(`unknown event field "${key}" is ignored`);
  if (withSource) notes.push(`the source field is not kept: the imported events are filed under "${source.title}"`);
  return done();
}
