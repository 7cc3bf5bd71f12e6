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
}

/** Finds who an entry names; the store passes one that also knows the analyst's own people. */
export type MentionFinder = (text: string, onDate: string, context?: MatchContext) => Mentions;

export interface ParseOptions {
  title?: string;
  findMentions?: MentionFinder;
}

export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  const findMentions = options.findMentions ?? builtInFinder;
  const title = options.title ?? 'Pasted chronology';
  const doc = splitChronology(text);
  const fileCountries = (doc.heading?.file ?? []).map((name) => countryCodeForName(name)).filter((c): c is string => !!c);
  const entries = doc.entries.map((raw): ImportEntry => {
    const mentions = findMentions(raw.text, raw.dateStart, { fileCountries });
    const leaderCountries = new Set(mentions.people.filter((p) => p.level === 'leader').map((p) => p.country));
    const type = classifyType(raw.text, raw.keyVerb, leaderCountries.size);
    const warnings = [...mentions.warnings];
    if (raw.yearInferred) warnings.unshift(`no year in "${raw.dateText}": taken from the period`);
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
    problems: doc.problems,
    skipped: doc.skipped,
  };
}
