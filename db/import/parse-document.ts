/**
 * From chronology text to import entries: the reader's entries, enriched with who took
 * part (gazetteer), type, category and place, each with its warnings.
 */
import { createHash } from 'node:crypto';
import { findMentions as builtInFinder, type Mentions, type MatchContext } from '../gazetteer/match.ts';
import { countryCodeForName } from '../gazetteer/lookup.ts';
import { splitChronology, type ChronologyDocument, type Problem } from './chronology.ts';
import { classifyCategory, classifyType } from './classify.ts';
import type { ImportEntry, ImportSource } from './commit.ts';
import { findLocation } from './location.ts';

export interface ParsedDocument {
  source: ImportSource;
  entries: ImportEntry[];
  problems: Problem[];
  skipped: ChronologyDocument['skipped'];
  /** Entries that nothing in the document gives a year: the analyst is asked for one (ParseOptions.year). */
  yearNeeded: number;
  /** Those entries as written, held back until the year is given. */
  yearless: Array<{ line: number; dateText: string; summary: string }>;
}

/** Finds who an entry names; the store passes one that also knows the analyst's own people. */
export type MentionFinder = (text: string, onDate: string, context?: MatchContext) => Mentions;

export interface ParseOptions {
  title?: string;
  findMentions?: MentionFinder;
  /** The year the analyst gave for entries that nothing in the document places. */
  year?: number;
}

const YEAR_FROM = {
  period: 'taken from the period',
  neighbours: 'taken from the entries around it',
  title: 'taken from the title',
  analyst: 'as given for this document',
} as const;

/** Said of an entry the reader could not give a year; the preview and the CLI ask for one. */
/** The words a table of trips puts before a row's remarks (table-rows.ts). */
const TRIP_PREFIX = /^.*?\bvisits [^:]*:\s*/;

/** What a row of a table of trips can be besides a visit. */
const TRIP_KINDS = new Set(['summit', 'agreement', 'exercise', 'election', 'incident', 'call']);

export const NEEDS_YEAR = 'no year in the entry or anywhere around it: give the year for this document';

export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  const findMentions = options.findMentions ?? builtInFinder;
  const title = options.title ?? 'Pasted chronology';
  const doc = splitChronology(text, { ...(options.year !== undefined ? { year: options.year } : {}), ...(options.title ? { title: options.title } : {}) });
  const fileCountries = (doc.heading?.file ?? []).map((name) => countryCodeForName(name)).filter((c): c is string => !!c);
  const yearless = doc.entries.filter((e) => e.yearless);
  const problems = [...doc.problems, ...yearless.map((e) => ({ line: e.line, text: `${e.dateText}: ${e.text}`.slice(0, 300), reason: NEEDS_YEAR }))].sort((a, b) => a.line - b.line);
  const subject = subjectOf(doc, findMentions);
  const traveller = doc.entries.some((e) => e.trip) ? titleStates(doc, findMentions) : [];
  const entries = doc.entries.filter((e) => !e.yearless).map((raw): ImportEntry => {
    const mentions = findMentions(raw.text, raw.dateStart, { fileCountries });
    // 'Travels of President Lyndon B. Johnson': each row of the table is a trip of the title's traveller.
    if (raw.trip) for (const code of traveller) if (!mentions.countries.some((c) => c.code === code)) mentions.countries.push({ code, via: 'file', text: doc.title! });
    if (subject && !mentions.countries.some((c) => c.code === subject) && withCounterpart(raw.text, mentions.countries)) {
      // 'Diplomatic relations with the United States are established', in a timeline of Mongolia:
      // the other party of 'with' is the state the timeline is about.
      mentions.countries.push({ code: subject, via: 'file', text: doc.title! });
    }
    if (mentions.countries.length === 0 && subject) {
      // 'The constitution is amended' in a timeline of Mongolian history: Mongolia acts.
      mentions.countries.push({ code: subject, via: 'file', text: doc.title! });
      mentions.warnings = mentions.warnings.filter((w) => w !== 'no country found');
      mentions.warnings.push(`no country named: ${subject}, the subject of the title`);
    }
    const leaderCountries = new Set(mentions.people.filter((p) => p.level === 'leader').map((p) => p.country));
    // A trip row reads 'X visits Paris: Attended …': what the remarks say types it.
    const read = classifyType(raw.trip ? raw.text.replace(TRIP_PREFIX, '') : raw.text, raw.keyVerb, leaderCountries.size);
    // Every row of a table of trips is a trip; only a more specific kind says more.
    const type = raw.trip && !TRIP_KINDS.has(read) ? 'visit' : read;
    const warnings = [...mentions.warnings];
    if (raw.yearFrom) warnings.unshift(`no year in "${raw.dateText}": ${YEAR_FROM[raw.yearFrom]} (${raw.dateStart.slice(0, 4)})`);
    return {
      sourceLine: raw.line,
      dateText: raw.dateText,
      dateStart: raw.dateStart,
      dateEnd: raw.dateEnd,
      precision: raw.precision,
      summary: raw.text,
      type,
      category: classifyCategory(raw.text, type),
      location: findLocation(raw.text),
      countries: mentions.countries.map((c) => ({ code: c.code, via: c.via })),
      people: mentions.people.map((p) => p.id),
      ...(mentions.mentionedCountries.length ? { mentionedCountries: mentions.mentionedCountries } : {}),
      ...(mentions.mentioned.length ? { mentionedPeople: mentions.mentioned.map((p) => p.id).filter((id) => !mentions.people.some((p) => p.id === id)) } : {}),
      groupings: mentions.groupings.map((g) => g.id),
      links: raw.links,
      warnings,
    };
  });
  return {
    source: {
      title: doc.heading?.text ?? title,
      fileCountries,
      periodStart: doc.period?.start ?? null,
      periodEnd: doc.period?.end ?? null,
      contentHash: createHash('sha256').update(text).digest('hex'),
    },
    entries,
    problems,
    skipped: doc.skipped,
    yearNeeded: yearless.length,
    yearless: yearless.map((e) => ({ line: e.line, dateText: e.dateText, summary: e.text })),
  };
}

/**
 * The one state a single-country timeline is about ('Timeline of Mongolian history', 'South
 * Korea profile'), read from its title; null for a relationship or an unnamed document.
 */
function subjectOf(doc: ChronologyDocument, findMentions: MentionFinder): string | null {
  if ((doc.heading?.file.length ?? 0) > 1) return null;
  const states = titleStates(doc, findMentions);
  return states.length === 1 ? states[0]! : null;
}

/** Relations, ties, a treaty or talks 'with' a named state whose other party the entry leaves unsaid. */
function withCounterpart(text: string, named: ReadonlyArray<{ text: string }>): boolean {
  if (named.length !== 1) return false;
  const name = named[0]!.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(relations|ties|treaty|agreement|accord|pact|talks|border|trade) with (the )?${name}\\b`, 'i').test(text);
}

/** The states the document's title names, as of its first entry. */
function titleStates(doc: ChronologyDocument, findMentions: MentionFinder): string[] {
  if (!doc.title) return [];
  const date = doc.entries[0]?.dateStart ?? '2000-01-01';
  return findMentions(doc.title, date).countries.filter((c) => c.via !== 'grouping').map((c) => c.code);
}
