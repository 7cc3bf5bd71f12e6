/**
 * Stored briefings: a titled document with key points and sections, each section holding the
 * analyst's text, the events it cites (each kept as a snapshot, so an event edited later does
 * not change what the briefing says) and an optional dashboard chart.
 */
import { z } from 'zod';
import { Subject } from './annotations.ts';
import { IsoDate } from './events.ts';
import { CountryCode } from './imports.ts';
import { EventFilter } from './query.ts';

/** Most citations one briefing may hold; a larger request is refused with this number in the message. */
export const MAX_CITATIONS_PER_BRIEFING = 2_000;
export const MAX_KEY_POINTS = 12;
export const MAX_SECTIONS = 50;
export const MAX_SECTION_BODY_CHARS = 200_000;

export const citationLimitMessage = (room: number): string =>
  `A briefing can cite at most ${MAX_CITATIONS_PER_BRIEFING.toLocaleString('en-US')} events; ` +
  (room > 0 ? `this one has room for ${room.toLocaleString('en-US')} more. ` : 'this one is full. ') +
  'Narrow the filter, or cite fewer events; nothing was added.';

/** Today's date on this computer's calendar, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The sections a new briefing starts with, in order. */
export const DEFAULT_SECTIONS = ['Diplomacy', 'Security and defence', 'Economy and trade', 'Politics'] as const;

export const BriefingTemplate = z.enum(['client-note', 'briefing-book']);
export type BriefingTemplate = z.infer<typeof BriefingTemplate>;

export const Paper = z.enum(['a4', 'letter']);
export type Paper = z.infer<typeof Paper>;

export const BriefingPeriod = z
  .object({ from: IsoDate, to: IsoDate })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'the period ends before it starts', path: ['to'] });
export type BriefingPeriod = z.infer<typeof BriefingPeriod>;

export const BriefingTitle = z.string().trim().min(1, 'a briefing needs a title').max(200, 'a title is limited to 200 characters');
export const SectionTitle = z.string().trim().min(1, 'a section needs a title').max(120, 'a section title is limited to 120 characters');
export const SectionBody = z
  .string()
  .max(MAX_SECTION_BODY_CHARS, `a section's text is limited to ${MAX_SECTION_BODY_CHARS.toLocaleString('en-US')} characters`);
export const KeyPoints = z
  .array(z.string().max(500, 'a key point is limited to 500 characters'))
  .max(MAX_KEY_POINTS, `a briefing has at most ${MAX_KEY_POINTS} key points`);

/** The fields an analyst sets, all optional: the shape of an update. */
const briefingFields = {
  title: BriefingTitle,
  subtitle: z.string().max(300, 'a subtitle is limited to 300 characters'),
  /** The marking line printed on every page, e.g. "UNCLASSIFIED", "CLIENT CONFIDENTIAL". */
  marking: z.string().trim().max(80, 'the marking line is limited to 80 characters'),
  author: z.string().trim().min(1, 'the author name cannot be empty').max(120),
  date: IsoDate,
  subject: Subject.nullable(),
  period: BriefingPeriod.nullable(),
  template: BriefingTemplate,
  paper: Paper,
  keyPoints: KeyPoints,
};

export const BriefingInput = z
  .object({
    ...briefingFields,
    subtitle: briefingFields.subtitle.default(''),
    marking: briefingFields.marking.default('UNCLASSIFIED'),
    /** The preferences' author when absent. */
    author: briefingFields.author.optional(),
    /** Today (the computer's calendar) when absent. */
    date: briefingFields.date.default(() => localToday()),
    subject: briefingFields.subject.default(null),
    period: briefingFields.period.default(null),
    template: briefingFields.template.default('client-note'),
    paper: briefingFields.paper.default('a4'),
    keyPoints: briefingFields.keyPoints.default([]),
  })
  .strict();
export type BriefingInput = z.input<typeof BriefingInput>;

export const BriefingPatch = z
  .object(briefingFields)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'nothing to change' });
export type BriefingPatch = z.infer<typeof BriefingPatch>;

export const SectionChart = z
  .object({
    kind: z.enum(['country-per-month', 'pair-intensity', 'pair-per-month']),
    countries: z.array(CountryCode).min(1).max(6),
    period: BriefingPeriod,
  })
  .strict()
  .refine((c) => (c.kind === 'country-per-month' ? c.countries.length === 1 : c.countries.length >= 2), {
    message: 'a country chart shows one country; a pair chart two or more',
    path: ['countries'],
  });
export type SectionChart = z.infer<typeof SectionChart>;

/** What a briefing keeps of an event when it is cited. */
export const CitationSnapshot = z.object({
  dateStart: z.string(),
  dateEnd: z.string().nullable(),
  precision: z.enum(['day', 'month', 'year']),
  dateText: z.string().nullable(),
  summary: z.string(),
  location: z.string().nullable(),
  countries: z.array(z.string()),
  /** The source document's title. */
  source: z.string().nullable(),
  sourceLine: z.number().int().nullable(),
  /** The source document, for the briefing's list of sources. */
  sourceDocument: z
    .object({ title: z.string(), publication: z.string().nullable(), issue: z.string().nullable(), url: z.string().nullable() })
    .nullable(),
  links: z.array(z.object({ label: z.string(), url: z.string().nullable() })),
  /** The event's notes when cited with them; empty otherwise. */
  notes: z.array(z.object({ body: z.string(), author: z.string(), updatedAt: z.string() })),
});
export type CitationSnapshot = z.infer<typeof CitationSnapshot>;

export const Citation = z.object({
  id: z.number().int().positive(),
  sectionId: z.number().int().positive(),
  /** Null once the event has been deleted: the citation stays, as its snapshot. */
  eventId: z.number().int().nullable(),
  position: z.number().int().min(0),
  withNote: z.boolean(),
  snapshot: CitationSnapshot,
  /** The live event's date, summary or place now differs from the snapshot. */
  edited: z.boolean(),
});
export type Citation = z.infer<typeof Citation>;

export const Section = z.object({
  id: z.number().int().positive(),
  briefingId: z.number().int().positive(),
  position: z.number().int().min(0),
  title: z.string(),
  /** The analyst's text, markdown. */
  body: z.string(),
  chart: SectionChart.nullable(),
  citations: z.array(Citation),
});
export type Section = z.infer<typeof Section>;

export const Briefing = z.object({
  id: z.number().int().positive(),
  title: z.string(),
  subtitle: z.string(),
  marking: z.string(),
  author: z.string(),
  date: z.string(),
  subject: z.array(z.string()).nullable(),
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  template: BriefingTemplate,
  paper: Paper,
  keyPoints: z.array(z.string()),
  sections: z.array(Section),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set while the briefing is in the trash. */
  deletedAt: z.string().nullable(),
});
export type Briefing = z.infer<typeof Briefing>;

export const BriefingListing = z.object({
  id: z.number().int().positive(),
  title: z.string(),
  template: BriefingTemplate,
  subject: z.array(z.string()).nullable(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  sections: z.number().int().min(0),
  citations: z.number().int().min(0),
});
export type BriefingListing = z.infer<typeof BriefingListing>;

/** The events to cite: the table's selection, everything a filter or saved view matches, or the events marked "add to briefing". */
export const CiteTarget = z.union([
  z.object({ ids: z.array(z.number().int().positive()).min(1).max(100_000) }).strict(),
  z.object({ filter: EventFilter }).strict(),
  z.object({ inBriefing: z.literal(true) }).strict(),
]);
export type CiteTarget = z.infer<typeof CiteTarget>;

/** A briefing citing an event: what deleting the event would change. */
export const EventCitation = z.object({
  briefingId: z.number().int().positive(),
  briefingTitle: z.string(),
  /** Set when the briefing is in the trash. */
  deletedAt: z.string().nullable(),
  sectionId: z.number().int().positive(),
  sectionTitle: z.string(),
  citationId: z.number().int().positive(),
});
export type EventCitation = z.infer<typeof EventCitation>;

export const BriefingSource = z.object({
  title: z.string(),
  publication: z.string().nullable(),
  issue: z.string().nullable(),
  url: z.string().nullable(),
  /** Citations drawn from it. */
  citations: z.number().int().min(1),
});
export type BriefingSource = z.infer<typeof BriefingSource>;

export const ChronologyEntry = z.object({ eventId: z.number().int().nullable(), snapshot: CitationSnapshot });
export type ChronologyEntry = z.infer<typeof ChronologyEntry>;

const Id = z.number().int().positive();

/** Request and response schemas of the briefing channels (spread into `channels`). */
export const briefingChannels = {
  'briefings:list': {
    request: z.object({ includeTrashed: z.boolean().default(false) }).strict().default({ includeTrashed: false }),
    response: z.array(BriefingListing),
  },
  'briefings:get': { request: z.object({ id: Id }).strict(), response: Briefing },
  'briefings:create': { request: z.object({ briefing: BriefingInput }).strict(), response: Briefing },
  'briefings:update': { request: z.object({ id: Id, patch: BriefingPatch }).strict(), response: Briefing },
  'briefings:duplicate': { request: z.object({ id: Id }).strict(), response: Briefing },
  'briefings:trash': { request: z.object({ id: Id }).strict(), response: Briefing },
  'briefings:untrash': { request: z.object({ id: Id }).strict(), response: Briefing },
  'briefings:delete': { request: z.object({ id: Id }).strict(), response: z.object({ deleted: z.boolean() }) },
  'briefings:section-add': {
    request: z.object({ briefingId: Id, title: SectionTitle, position: z.number().int().min(0).optional() }).strict(),
    response: Section,
  },
  'briefings:section-update': {
    request: z.object({ id: Id, title: SectionTitle.optional(), body: SectionBody.optional(), chart: SectionChart.nullable().optional() }).strict(),
    response: Section,
  },
  'briefings:section-move': { request: z.object({ id: Id, position: z.number().int().min(0) }).strict(), response: Briefing },
  'briefings:section-remove': { request: z.object({ id: Id }).strict(), response: Briefing },
  'briefings:cite': {
    request: z.object({ sectionId: Id, target: CiteTarget, withNotes: z.boolean().default(false) }).strict(),
    response: z.object({ added: z.number().int().min(0), skipped: z.number().int().min(0), section: Section }),
  },
  'briefings:uncite': { request: z.object({ citationId: Id }).strict(), response: Section },
  'briefings:citation-move': {
    request: z.object({ citationId: Id, position: z.number().int().min(0), sectionId: Id.optional() }).strict(),
    response: Briefing,
  },
  'briefings:citation-note': { request: z.object({ citationId: Id, withNote: z.boolean() }).strict(), response: Citation },
  'briefings:citation-refresh': { request: z.object({ citationId: Id }).strict(), response: Citation },
  'briefings:citing-event': { request: z.object({ eventId: Id }).strict(), response: z.array(EventCitation) },
  'briefings:sources': { request: z.object({ id: Id }).strict(), response: z.array(BriefingSource) },
  'briefings:chronology': { request: z.object({ id: Id }).strict(), response: z.array(ChronologyEntry) },
} as const;
