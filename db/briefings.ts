/**
 * Stored briefings: create, edit, duplicate, trash and delete them; add, rename, reorder and
 * remove their sections; cite events in a section (a selection, a filter or saved view, or the
 * events marked "add to briefing"). A citation keeps a snapshot of the event as cited, so the
 * briefing does not change when the event is edited later; `edited` says the live event now
 * differs, and refreshing a citation takes the new text, at the analyst's choice. Each change
 * and its activity entry commit together.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { subjectKey } from '../contract/annotations.ts';
import {
  BriefingInput,
  BriefingPatch,
  DEFAULT_SECTIONS,
  MAX_CITATIONS_PER_BRIEFING,
  MAX_SECTIONS,
  SectionBody,
  SectionChart,
  SectionTitle,
  citationLimitMessage,
  type Briefing,
  type BriefingListing,
  type BriefingSource,
  type ChronologyEntry,
  type Citation,
  type CitationSnapshot,
  type CiteTarget,
  type EventCitation,
  type Section,
} from '../contract/briefings.ts';
import { logActivity } from './activity.ts';
import { StoreError } from './errors.ts';
import { filterSql } from './event-filter-sql.ts';
import { getEvent } from './event-queries.ts';
import { currentAuthor } from './preferences.ts';
import { prepareCached } from './statement-cache.ts';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/** Edits of one briefing by one author closer together than this make one activity entry. */
const COALESCE_MINUTES = 10;

/** Checks a value against its contract schema here too: the store is also called directly (tests, scripts). */
function checked<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    throw new StoreError('INVALID_INPUT', `${where}${issue.message}`);
  }
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------
// Reading

interface BriefingRecord {
  id: number;
  title: string;
  subtitle: string;
  marking: string;
  author: string;
  date: string;
  subject: string | null;
  period_from: string | null;
  period_to: string | null;
  template: Briefing['template'];
  paper: Briefing['paper'];
  key_points: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface SectionRecord {
  id: number;
  briefing_id: number;
  position: number;
  title: string;
  body: string;
  chart: string | null;
}

interface CitationRecord {
  id: number;
  section_id: number;
  event_id: number | null;
  position: number;
  with_note: number;
  snapshot: string;
  live_start: string | null;
  live_end: string | null;
  live_summary: string | null;
  live_location: string | null;
}

const CITATION_SELECT = `
  SELECT c.id, c.section_id, c.event_id, c.position, c.with_note, c.snapshot,
         e.date_start AS live_start, e.date_end AS live_end, e.summary AS live_summary, e.location AS live_location
    FROM briefing_citations AS c
    JOIN briefing_sections AS s ON s.id = c.section_id
    LEFT JOIN events AS e ON e.id = c.event_id`;

function toCitation(r: CitationRecord): Citation {
  const snapshot = JSON.parse(r.snapshot) as CitationSnapshot;
  const edited =
    r.event_id !== null &&
    r.live_summary !== null &&
    (r.live_summary !== snapshot.summary || r.live_start !== snapshot.dateStart || r.live_end !== snapshot.dateEnd || r.live_location !== snapshot.location);
  return { id: r.id, sectionId: r.section_id, eventId: r.event_id, position: r.position, withNote: r.with_note === 1, snapshot, edited };
}

function briefingRecord(db: Database, id: number): BriefingRecord {
  const row = prepareCached(db, 'SELECT * FROM briefings WHERE id = ?').get(id) as BriefingRecord | undefined;
  if (!row) throw new StoreError('NOT_FOUND', 'That briefing no longer exists (the trash may have been emptied).');
  return row;
}

/** A briefing that may be changed: one in the trash must be restored first. */
function editableBriefing(db: Database, id: number): BriefingRecord {
  const row = briefingRecord(db, id);
  if (row.deleted_at !== null) throw new StoreError('INVALID_INPUT', `“${row.title}” is in the trash; restore it before editing it.`);
  return row;
}

function sectionRecord(db: Database, id: number): SectionRecord {
  const row = prepareCached(db, 'SELECT id, briefing_id, position, title, body, chart FROM briefing_sections WHERE id = ?').get(id) as SectionRecord | undefined;
  if (!row) throw new StoreError('NOT_FOUND', 'That section no longer exists.');
  return row;
}

function citationRecord(db: Database, id: number): CitationRecord & { briefing_id: number } {
  const row = prepareCached(db, CITATION_SELECT.replace('SELECT c.id,', 'SELECT s.briefing_id, c.id,') + ' WHERE c.id = ?').get(id) as
    | (CitationRecord & { briefing_id: number })
    | undefined;
  if (!row) throw new StoreError('NOT_FOUND', 'That citation is no longer in the briefing.');
  return row;
}

const citationById = (db: Database, id: number): Citation => toCitation(citationRecord(db, id));

function toSection(r: SectionRecord, citations: Citation[]): Section {
  return {
    id: r.id,
    briefingId: r.briefing_id,
    position: r.position,
    title: r.title,
    body: r.body,
    chart: r.chart === null ? null : (JSON.parse(r.chart) as Section['chart']),
    citations,
  };
}

function sectionById(db: Database, id: number): Section {
  const section = sectionRecord(db, id);
  const citations = (prepareCached(db, `${CITATION_SELECT} WHERE c.section_id = ? ORDER BY c.position, c.id`).all(id) as CitationRecord[]).map(toCitation);
  return toSection(section, citations);
}

function briefingById(db: Database, id: number): Briefing {
  const r = briefingRecord(db, id);
  const sections = prepareCached(db, 'SELECT id, briefing_id, position, title, body, chart FROM briefing_sections WHERE briefing_id = ? ORDER BY position, id').all(
    id,
  ) as SectionRecord[];
  const bySection = new Map<number, Citation[]>(sections.map((s) => [s.id, []]));
  const citations = prepareCached(db, `${CITATION_SELECT} WHERE s.briefing_id = ? ORDER BY c.section_id, c.position, c.id`).all(id) as CitationRecord[];
  for (const c of citations) bySection.get(c.section_id)?.push(toCitation(c));
  return {
    id: r.id,
    title: r.title,
    subtitle: r.subtitle,
    marking: r.marking,
    author: r.author,
    date: r.date,
    subject: r.subject ? r.subject.split('-') : null,
    period: r.period_from !== null && r.period_to !== null ? { from: r.period_from, to: r.period_to } : null,
    template: r.template,
    paper: r.paper,
    keyPoints: JSON.parse(r.key_points) as string[],
    sections: sections.map((s) => toSection(s, bySection.get(s.id) ?? [])),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export function listBriefings(db: Database, args: { includeTrashed?: boolean } = {}): BriefingListing[] {
  const rows = db
    .prepare(
      `SELECT b.id, b.title, b.template, b.subject, b.updated_at, b.deleted_at,
              (SELECT count(*) FROM briefing_sections AS s WHERE s.briefing_id = b.id) AS sections,
              (SELECT count(*) FROM briefing_citations AS c JOIN briefing_sections AS s ON s.id = c.section_id WHERE s.briefing_id = b.id) AS citations
         FROM briefings AS b
        WHERE ? OR b.deleted_at IS NULL
        ORDER BY b.updated_at DESC, b.id DESC`,
    )
    .all(args.includeTrashed ? 1 : 0) as Array<{
    id: number;
    title: string;
    template: Briefing['template'];
    subject: string | null;
    updated_at: string;
    deleted_at: string | null;
    sections: number;
    citations: number;
  }>;
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    template: r.template,
    subject: r.subject ? r.subject.split('-') : null,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
    sections: r.sections,
    citations: r.citations,
  }));
}

export function getBriefing(db: Database, args: { id: number }): Briefing {
  return briefingById(db, args.id);
}

// ---------------------------------------------------------------------------------------------
// Writing helpers

function touch(db: Database, briefingId: number): void {
  prepareCached(db, `UPDATE briefings SET updated_at = ${NOW} WHERE id = ?`).run(briefingId);
}

/**
 * One activity entry. With `coalesce`, a repeat of the same action by the same author within
 * a few minutes replaces the previous entry (typing in a section saves often), so the log says
 * "edited" once per sitting and stays in id order.
 */
function logBriefing(db: Database, entry: { author: string; action: string; eventId?: number | null; coalesce?: boolean }): void {
  if (entry.coalesce) {
    const recent = prepareCached(
      db,
      `SELECT id FROM activity
        WHERE id = (SELECT max(id) FROM activity) AND kind = 'briefing' AND author = ? AND action = ?
          AND at >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-${COALESCE_MINUTES} minutes')`,
    )
      .pluck()
      .get(entry.author, entry.action) as number | undefined;
    if (recent !== undefined) prepareCached(db, 'DELETE FROM activity WHERE id = ?').run(recent);
  }
  logActivity(db, { kind: 'briefing', action: entry.action, author: entry.author, eventId: entry.eventId ?? null });
}

function checkSubject(db: Database, codes: readonly string[] | null): string | null {
  if (codes === null) return null;
  const known = db.prepare(`SELECT count(*) FROM countries WHERE code IN (${codes.map(() => '?').join(', ')})`).pluck().get(...codes) as number;
  const key = subjectKey(codes);
  if (known !== codes.length) throw new StoreError('INVALID_INPUT', `A briefing's subject needs known countries; ${key} includes a code Briefing Book does not know.`);
  return key;
}

/** Puts `id` at `position` (clamped) among `ids` and writes positions 0…n−1. */
function reorder(db: Database, table: 'briefing_sections' | 'briefing_citations', ids: number[], id: number | null, position: number): void {
  const order = ids.filter((x) => x !== id);
  if (id !== null) order.splice(Math.min(position, order.length), 0, id);
  const update = prepareCached(db, `UPDATE ${table} SET position = ? WHERE id = ? AND position IS NOT ?`);
  order.forEach((x, i) => update.run(i, x, i));
}

const sectionIds = (db: Database, briefingId: number) =>
  prepareCached(db, 'SELECT id FROM briefing_sections WHERE briefing_id = ? ORDER BY position, id').pluck().all(briefingId) as number[];

const citationIds = (db: Database, sectionId: number) =>
  prepareCached(db, 'SELECT id FROM briefing_citations WHERE section_id = ? ORDER BY position, id').pluck().all(sectionId) as number[];

const citationCount = (db: Database, briefingId: number) =>
  prepareCached(db, 'SELECT count(*) FROM briefing_citations AS c JOIN briefing_sections AS s ON s.id = c.section_id WHERE s.briefing_id = ?')
    .pluck()
    .get(briefingId) as number;

/** The event as a briefing keeps it: its text, dates, place, countries, provenance and (if asked) notes. */
function snapshotOf(db: Database, eventId: number, withNote: boolean): CitationSnapshot {
  const e = getEvent(db, { id: eventId });
  const source = prepareCached(db, 'SELECT s.title, s.publication, s.issue, s.url FROM events AS e JOIN sources AS s ON s.id = e.source_id WHERE e.id = ?').get(eventId) as
    | { title: string; publication: string | null; issue: string | null; url: string | null }
    | undefined;
  return {
    dateStart: e.dateStart,
    dateEnd: e.dateEnd,
    precision: e.precision,
    dateText: e.dateText,
    summary: e.summary,
    location: e.location,
    countries: e.countries,
    source: e.source,
    sourceLine: e.provenance.line,
    sourceDocument: source ? { title: source.title, publication: source.publication, issue: source.issue, url: source.url } : null,
    links: e.links.map((l) => ({ label: l.label, url: l.url })),
    notes: withNote ? e.notes.map((n) => ({ body: n.body, author: n.author, updatedAt: n.updatedAt })) : [],
  };
}

// ---------------------------------------------------------------------------------------------
// Briefings

export function createBriefing(db: Database, args: { briefing: BriefingInput }): Briefing {
  const input = checked(BriefingInput, args.briefing);
  const author = currentAuthor(db);
  return db.transaction(() => {
    const subject = checkSubject(db, input.subject);
    const id = Number(
      db
        .prepare(
          `INSERT INTO briefings (title, subtitle, marking, author, date, subject, period_from, period_to, template, paper, key_points)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.title,
          input.subtitle,
          input.marking,
          input.author ?? author,
          input.date,
          subject,
          input.period?.from ?? null,
          input.period?.to ?? null,
          input.template,
          input.paper,
          JSON.stringify(input.keyPoints),
        ).lastInsertRowid,
    );
    const insertSection = db.prepare('INSERT INTO briefing_sections (briefing_id, position, title) VALUES (?, ?, ?)');
    DEFAULT_SECTIONS.forEach((title, i) => insertSection.run(id, i, title));
    logBriefing(db, { author, action: `created the briefing “${input.title}”` });
    return briefingById(db, id);
  })();
}

export function updateBriefing(db: Database, args: { id: number; patch: BriefingPatch }): Briefing {
  const patch = checked(BriefingPatch, args.patch);
  const author = currentAuthor(db);
  return db.transaction(() => {
    const old = editableBriefing(db, args.id);
    const columns: Record<string, unknown> = {};
    if (patch.title !== undefined) columns.title = patch.title;
    if (patch.subtitle !== undefined) columns.subtitle = patch.subtitle;
    if (patch.marking !== undefined) columns.marking = patch.marking;
    if (patch.author !== undefined) columns.author = patch.author;
    if (patch.date !== undefined) columns.date = patch.date;
    if (patch.subject !== undefined) columns.subject = checkSubject(db, patch.subject);
    if (patch.period !== undefined) {
      columns.period_from = patch.period?.from ?? null;
      columns.period_to = patch.period?.to ?? null;
    }
    if (patch.template !== undefined) columns.template = patch.template;
    if (patch.paper !== undefined) columns.paper = patch.paper;
    if (patch.keyPoints !== undefined) columns.key_points = JSON.stringify(patch.keyPoints);
    const changed = Object.entries(columns).filter(([column, value]) => old[column as keyof BriefingRecord] !== value);
    if (changed.length === 0) return briefingById(db, args.id);
    db.prepare(`UPDATE briefings SET ${changed.map(([column]) => `${column} = ?`).join(', ')}, updated_at = ${NOW} WHERE id = ?`).run(
      ...changed.map(([, value]) => value),
      args.id,
    );
    if (patch.title !== undefined && patch.title !== old.title) {
      logBriefing(db, { author, action: `renamed the briefing “${old.title}” to “${patch.title}”` });
    }
    if (changed.some(([column]) => column !== 'title')) {
      logBriefing(db, { author, action: `edited the briefing “${patch.title ?? old.title}”`, coalesce: true });
    }
    return briefingById(db, args.id);
  })();
}

export function duplicateBriefing(db: Database, args: { id: number }): Briefing {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const old = briefingRecord(db, args.id);
    const title = `Copy of ${old.title}`.slice(0, 200).trim();
    const id = Number(
      db
        .prepare(
          `INSERT INTO briefings (title, subtitle, marking, author, date, subject, period_from, period_to, template, paper, key_points)
           SELECT ?, subtitle, marking, author, date, subject, period_from, period_to, template, paper, key_points FROM briefings WHERE id = ?`,
        )
        .run(title, args.id).lastInsertRowid,
    );
    const copySection = db.prepare('INSERT INTO briefing_sections (briefing_id, position, title, body, chart) SELECT ?, position, title, body, chart FROM briefing_sections WHERE id = ?');
    const copyCitations = db.prepare(
      'INSERT INTO briefing_citations (section_id, position, event_id, with_note, snapshot) SELECT ?, position, event_id, with_note, snapshot FROM briefing_citations WHERE section_id = ? ORDER BY position, id',
    );
    for (const sectionId of sectionIds(db, args.id)) {
      const copy = Number(copySection.run(id, sectionId).lastInsertRowid);
      copyCitations.run(copy, sectionId);
    }
    logBriefing(db, { author, action: `duplicated the briefing “${old.title}” as “${title}”` });
    return briefingById(db, id);
  })();
}

export function trashBriefing(db: Database, args: { id: number }): Briefing {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const old = briefingRecord(db, args.id);
    if (old.deleted_at !== null) return briefingById(db, args.id);
    db.prepare(`UPDATE briefings SET deleted_at = ${NOW} WHERE id = ?`).run(args.id);
    logBriefing(db, { author, action: `moved the briefing “${old.title}” to the trash` });
    return briefingById(db, args.id);
  })();
}

export function untrashBriefing(db: Database, args: { id: number }): Briefing {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const old = briefingRecord(db, args.id);
    if (old.deleted_at === null) return briefingById(db, args.id);
    db.prepare('UPDATE briefings SET deleted_at = NULL WHERE id = ?').run(args.id);
    logBriefing(db, { author, action: `restored the briefing “${old.title}” from the trash` });
    return briefingById(db, args.id);
  })();
}

/** Deletes a briefing for good, with its sections and citations. Only a briefing already in the trash. */
export function deleteBriefingForGood(db: Database, args: { id: number }): { deleted: boolean } {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const old = briefingRecord(db, args.id);
    if (old.deleted_at === null) throw new StoreError('INVALID_INPUT', `Move “${old.title}” to the trash first; only a briefing in the trash can be deleted for good.`);
    db.prepare('DELETE FROM briefings WHERE id = ?').run(args.id);
    logBriefing(db, { author, action: `deleted the briefing “${old.title}” for good` });
    return { deleted: true };
  })();
}

// ---------------------------------------------------------------------------------------------
// Sections

export function addSection(db: Database, args: { briefingId: number; title: string; position?: number }): Section {
  const title = checked(SectionTitle, args.title);
  const author = currentAuthor(db);
  return db.transaction(() => {
    const briefing = editableBriefing(db, args.briefingId);
    const ids = sectionIds(db, args.briefingId);
    if (ids.length >= MAX_SECTIONS) throw new StoreError('INVALID_INPUT', `A briefing has at most ${MAX_SECTIONS} sections.`);
    const id = Number(db.prepare('INSERT INTO briefing_sections (briefing_id, position, title) VALUES (?, ?, ?)').run(args.briefingId, ids.length, title).lastInsertRowid);
    reorder(db, 'briefing_sections', [...ids, id], id, args.position ?? ids.length);
    touch(db, args.briefingId);
    logBriefing(db, { author, action: `added the section “${title}” to “${briefing.title}”` });
    return sectionById(db, id);
  })();
}

export function updateSection(db: Database, args: { id: number; title?: string; body?: string; chart?: Section['chart'] }): Section {
  const title = args.title === undefined ? undefined : checked(SectionTitle, args.title);
  const body = args.body === undefined ? undefined : checked(SectionBody, args.body);
  const chart = args.chart === undefined || args.chart === null ? args.chart : checked(SectionChart, args.chart);
  const author = currentAuthor(db);
  return db.transaction(() => {
    const old = sectionRecord(db, args.id);
    const briefing = editableBriefing(db, old.briefing_id);
    let changed = false;
    if (title !== undefined && title !== old.title) {
      db.prepare('UPDATE briefing_sections SET title = ? WHERE id = ?').run(title, args.id);
      logBriefing(db, { author, action: `renamed the section “${old.title}” to “${title}” in “${briefing.title}”` });
      changed = true;
    }
    const chartJson = chart === undefined ? undefined : chart === null ? null : JSON.stringify(chart);
    const textChanged = body !== undefined && body !== old.body;
    const chartChanged = chartJson !== undefined && chartJson !== old.chart;
    if (textChanged) db.prepare('UPDATE briefing_sections SET body = ? WHERE id = ?').run(body, args.id);
    if (chartChanged) db.prepare('UPDATE briefing_sections SET chart = ? WHERE id = ?').run(chartJson, args.id);
    if (textChanged || chartChanged) {
      logBriefing(db, { author, action: `edited the section “${title ?? old.title}” in “${briefing.title}”`, coalesce: true });
      changed = true;
    }
    if (changed) touch(db, old.briefing_id);
    return sectionById(db, args.id);
  })();
}

export function moveSection(db: Database, args: { id: number; position: number }): Briefing {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const section = sectionRecord(db, args.id);
    const briefing = editableBriefing(db, section.briefing_id);
    const ids = sectionIds(db, section.briefing_id);
    const target = Math.min(args.position, ids.length - 1);
    if (ids.indexOf(args.id) !== target) {
      reorder(db, 'briefing_sections', ids, args.id, target);
      touch(db, section.briefing_id);
      logBriefing(db, { author, action: `moved the section “${section.title}” in “${briefing.title}”` });
    }
    return briefingById(db, section.briefing_id);
  })();
}

export function removeSection(db: Database, args: { id: number }): Briefing {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const section = sectionRecord(db, args.id);
    const briefing = editableBriefing(db, section.briefing_id);
    const cited = citationIds(db, args.id).length;
    db.prepare('DELETE FROM briefing_sections WHERE id = ?').run(args.id);
    reorder(db, 'briefing_sections', sectionIds(db, section.briefing_id), null, 0);
    touch(db, section.briefing_id);
    const what = cited ? ` and its ${cited} ${cited === 1 ? 'citation' : 'citations'}` : '';
    logBriefing(db, { author, action: `removed the section “${section.title}”${what} from “${briefing.title}”` });
    return briefingById(db, section.briefing_id);
  })();
}

// ---------------------------------------------------------------------------------------------
// Citations

/** The SQL condition over `events AS e` choosing a target's events. */
function targetSql(db: Database, target: CiteTarget): { where: string; params: unknown[] } {
  if ('ids' in target) return { where: 'e.id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(target.ids)] };
  if ('filter' in target) {
    const { where, params } = filterSql(db, target.filter, 'count');
    return { where, params };
  }
  return { where: 'e.in_briefing = 1', params: [] };
}

/**
 * Cites the target's events at the end of a section, in date order, each as a snapshot of
 * the event now. Events the section already cites are skipped. More than the briefing has
 * room for (MAX_CITATIONS_PER_BRIEFING in all) is refused, and nothing is added: the count
 * stops at the first event past the limit, so a filter matching a million events is refused
 * as quickly as one matching 2,001.
 */
export function citeEvents(
  db: Database,
  args: { sectionId: number; target: CiteTarget; withNotes?: boolean },
): { added: number; skipped: number; section: Section } {
  const author = currentAuthor(db);
  const withNotes = args.withNotes ?? false;
  return db.transaction(() => {
    const section = sectionRecord(db, args.sectionId);
    const briefing = editableBriefing(db, section.briefing_id);
    const room = MAX_CITATIONS_PER_BRIEFING - citationCount(db, section.briefing_id);
    const { where, params } = targetSql(db, args.target);
    const fresh = `FROM events AS e WHERE (${where})
      AND e.id NOT IN (SELECT event_id FROM briefing_citations WHERE section_id = ? AND event_id IS NOT NULL)`;
    const wanted = db.prepare(`SELECT count(*) FROM (SELECT 1 ${fresh} LIMIT ?)`).pluck().get(...params, args.sectionId, Math.max(room, 0) + 1) as number;
    if (wanted > room) throw new StoreError('INVALID_INPUT', citationLimitMessage(Math.max(room, 0)));
    const skipped = db
      .prepare(`SELECT count(*) FROM briefing_citations AS c JOIN events AS e ON e.id = c.event_id WHERE c.section_id = ? AND (${where})`)
      .pluck()
      .get(args.sectionId, ...params) as number;
    if (wanted === 0) return { added: 0, skipped, section: sectionById(db, args.sectionId) };
    const ids = db.prepare(`SELECT e.id ${fresh} ORDER BY e.date_start, coalesce(e.date_end, e.date_start), e.id`).pluck().all(...params, args.sectionId) as number[];
    let position = db.prepare('SELECT coalesce(max(position) + 1, 0) FROM briefing_citations WHERE section_id = ?').pluck().get(args.sectionId) as number;
    const insert = db.prepare('INSERT INTO briefing_citations (section_id, position, event_id, with_note, snapshot) VALUES (?, ?, ?, ?, ?)');
    const action = `cited in the briefing “${briefing.title}” (${section.title})`;
    for (const id of ids) {
      insert.run(args.sectionId, position++, id, withNotes ? 1 : 0, JSON.stringify(snapshotOf(db, id, withNotes)));
      logBriefing(db, { author, action, eventId: id });
    }
    touch(db, section.briefing_id);
    return { added: ids.length, skipped, section: sectionById(db, args.sectionId) };
  })();
}

export function uncite(db: Database, args: { citationId: number }): Section {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const citation = citationRecord(db, args.citationId);
    const briefing = editableBriefing(db, citation.briefing_id);
    db.prepare('DELETE FROM briefing_citations WHERE id = ?').run(args.citationId);
    reorder(db, 'briefing_citations', citationIds(db, citation.section_id), null, 0);
    touch(db, citation.briefing_id);
    logBriefing(db, { author, action: `no longer cited in the briefing “${briefing.title}”`, eventId: citation.event_id });
    return sectionById(db, citation.section_id);
  })();
}

/** Moves a citation within its section, or to another section of the same briefing (given `sectionId`). */
export function moveCitation(db: Database, args: { citationId: number; position: number; sectionId?: number }): Briefing {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const citation = citationRecord(db, args.citationId);
    const briefing = editableBriefing(db, citation.briefing_id);
    const to = args.sectionId ?? citation.section_id;
    if (to !== citation.section_id) {
      const target = sectionRecord(db, to);
      if (target.briefing_id !== citation.briefing_id) throw new StoreError('INVALID_INPUT', 'A citation can only move to a section of the same briefing.');
      if (citation.event_id !== null && db.prepare('SELECT 1 FROM briefing_citations WHERE section_id = ? AND event_id = ?').get(to, citation.event_id) !== undefined) {
        throw new StoreError('INVALID_INPUT', `The section “${target.title}” already cites this event.`);
      }
      db.prepare('UPDATE briefing_citations SET section_id = ? WHERE id = ?').run(to, args.citationId);
      reorder(db, 'briefing_citations', citationIds(db, citation.section_id), null, 0);
    }
    const ids = citationIds(db, to);
    if (to !== citation.section_id || ids.indexOf(args.citationId) !== Math.min(args.position, ids.length - 1)) {
      reorder(db, 'briefing_citations', ids, args.citationId, args.position);
      touch(db, citation.briefing_id);
      logBriefing(db, { author, action: `moved a citation in the briefing “${briefing.title}”`, eventId: citation.event_id });
    }
    return briefingById(db, citation.briefing_id);
  })();
}

/** Shows or leaves out the event's notes under a citation; turning them on takes the notes as they are now. */
export function setCitationWithNote(db: Database, args: { citationId: number; withNote: boolean }): Citation {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const citation = citationRecord(db, args.citationId);
    const briefing = editableBriefing(db, citation.briefing_id);
    if ((citation.with_note === 1) === args.withNote) return toCitation(citation);
    const snapshot = JSON.parse(citation.snapshot) as CitationSnapshot;
    if (!args.withNote) snapshot.notes = [];
    else if (citation.event_id !== null) snapshot.notes = snapshotOf(db, citation.event_id, true).notes;
    db.prepare('UPDATE briefing_citations SET with_note = ?, snapshot = ? WHERE id = ?').run(args.withNote ? 1 : 0, JSON.stringify(snapshot), args.citationId);
    touch(db, citation.briefing_id);
    const action = args.withNote ? `cited with its notes in the briefing “${briefing.title}”` : `cited without its notes in the briefing “${briefing.title}”`;
    logBriefing(db, { author, action, eventId: citation.event_id });
    return citationById(db, args.citationId);
  })();
}

/** Takes the event as it is now into the citation (the analyst's choice after an edit). */
export function refreshCitation(db: Database, args: { citationId: number }): Citation {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const citation = citationRecord(db, args.citationId);
    const briefing = editableBriefing(db, citation.briefing_id);
    if (citation.event_id === null) throw new StoreError('INVALID_INPUT', 'The event was deleted; the citation keeps the text it had when it was cited.');
    const snapshot = JSON.stringify(snapshotOf(db, citation.event_id, citation.with_note === 1));
    if (snapshot !== citation.snapshot) {
      db.prepare('UPDATE briefing_citations SET snapshot = ? WHERE id = ?').run(snapshot, args.citationId);
      touch(db, citation.briefing_id);
      logBriefing(db, { author, action: `updated its citation in the briefing “${briefing.title}”`, eventId: citation.event_id });
    }
    return citationById(db, args.citationId);
  })();
}

/** The briefings and sections citing an event (trashed briefings too): what deleting it would touch. */
export function citationsOfEvent(db: Database, args: { eventId: number }): EventCitation[] {
  return db
    .prepare(
      `SELECT b.id AS briefingId, b.title AS briefingTitle, b.deleted_at AS deletedAt, s.id AS sectionId, s.title AS sectionTitle, c.id AS citationId
         FROM briefing_citations AS c
         JOIN briefing_sections AS s ON s.id = c.section_id
         JOIN briefings AS b ON b.id = s.briefing_id
        WHERE c.event_id = ?
        ORDER BY b.deleted_at IS NOT NULL, b.updated_at DESC, b.id, s.position, c.position`,
    )
    .all(args.eventId) as EventCitation[];
}

/** Every citation's snapshot in document order (section, then position). */
function snapshotsInOrder(db: Database, briefingId: number): Array<{ eventId: number | null; snapshot: CitationSnapshot }> {
  briefingRecord(db, briefingId);
  const rows = db
    .prepare(
      `SELECT c.event_id AS eventId, c.snapshot FROM briefing_citations AS c JOIN briefing_sections AS s ON s.id = c.section_id
        WHERE s.briefing_id = ? ORDER BY s.position, s.id, c.position, c.id`,
    )
    .all(briefingId) as Array<{ eventId: number | null; snapshot: string }>;
  return rows.map((r) => ({ eventId: r.eventId, snapshot: JSON.parse(r.snapshot) as CitationSnapshot }));
}

/** The distinct source documents of the cited events, for the briefing's sources list. */
export function briefingSources(db: Database, args: { id: number }): BriefingSource[] {
  const sources = new Map<string, BriefingSource>();
  for (const { snapshot } of snapshotsInOrder(db, args.id)) {
    const doc = snapshot.sourceDocument;
    if (!doc) continue;
    const key = JSON.stringify([doc.title, doc.publication, doc.issue, doc.url]);
    const known = sources.get(key);
    if (known) known.citations++;
    else sources.set(key, { ...doc, citations: 1 });
  }
  return [...sources.values()].sort(
    (a, b) => a.title.localeCompare(b.title, 'en') || (a.publication ?? '').localeCompare(b.publication ?? '', 'en') || (a.issue ?? '').localeCompare(b.issue ?? '', 'en'),
  );
}

/**
 * The chronology appendix: every cited event once, in date order. An event cited in several
 * sections appears once, as its first citation in the document has it; a deleted event's
 * citations are told apart by their date, text and place.
 */
export function briefingChronology(db: Database, args: { id: number }): ChronologyEntry[] {
  const seen = new Set<string>();
  const entries: ChronologyEntry[] = [];
  for (const entry of snapshotsInOrder(db, args.id)) {
    const s = entry.snapshot;
    const key = entry.eventId !== null ? `#${entry.eventId}` : JSON.stringify([s.dateStart, s.dateEnd, s.summary, s.location]);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(entry);
  }
  // Array.prototype.sort is stable: events of the same dates keep their order in the document.
  return entries.sort(
    (a, b) =>
      a.snapshot.dateStart.localeCompare(b.snapshot.dateStart) || (a.snapshot.dateEnd ?? a.snapshot.dateStart).localeCompare(b.snapshot.dateEnd ?? b.snapshot.dateStart),
  );
}
