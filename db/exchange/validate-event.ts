/**
 * One exchanged event, checked field by field and turned into an ImportEntry. Both readers
 * bring their rows here in JSON's shape (the CSV reader splits its list cells first), so
 * the rules — and the messages, which name the field — are the same for both formats.
 */
import { z } from 'zod';
import { CATEGORIES, EVENT_TYPES } from '../import/classify.ts';
import type { ImportEntry } from '../import/commit.ts';
import { lastDayOfMonth, MAX_YEAR, MIN_YEAR } from '../import/dates.ts';
import { IMPORTED_VIA, PRECISIONS, type KnownIds } from './schema.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why `text` is not a calendar date the store accepts, or null if it is one. */
export function dateProblem(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return `"${text}" is not a date written YYYY-MM-DD`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) return `year ${year} in "${text}" is outside ${MIN_YEAR}–${MAX_YEAR}`;
  if (month < 1 || month > 12) return `month ${month} in "${text}" does not exist`;
  if (day < 1 || day > lastDayOfMonth(year, month)) return `${MONTHS[month - 1]} ${year} has no day ${day} ("${text}")`;
  return null;
}

const blankToNull = (v: unknown) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v);
const blankToUndefined = (v: unknown) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v);
const token = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v);

const oneOf = <T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.preprocess(
    (v) => blankToUndefined(token(v)),
    z.enum(values, { error: (issue) => `${JSON.stringify(issue.input)} is not one of ${values.join(', ')}` }).default(fallback),
  );

const date = z
  .string()
  .transform((s) => s.trim())
  .check((ctx) => {
    const problem = dateProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

/** JSON.parse has already rounded such a number (…993 reads as …992), hence "about". */
export const beyondSafe = (n: number | string): string => `${typeof n === 'number' ? 'about ' : ''}${n} is beyond 2^53 − 1, the largest whole number kept exactly`;

const wholeNumber = z.preprocess(
  blankToNull,
  z
    .number()
    .nullable()
    .refine((n) => n === null || (Number.isSafeInteger(n) && n >= 1), {
      error: (issue) => (typeof issue.input === 'number' && issue.input > Number.MAX_SAFE_INTEGER ? beyondSafe(issue.input) : `${String(issue.input)} is not a whole number from 1 to 2^53 − 1`),
    }),
);

const optionalText = z.preprocess(blankToNull, z.string().nullable());
const requiredText = z.string().refine((s) => s.trim() !== '', 'is empty');
const ids = (normalise: (s: string) => string) =>
  z.preprocess(blankToUndefined, z.array(z.string()).default([])).transform((list) => [...new Set(list.map(normalise).filter((s) => s !== ''))]);

const httpUrl = z.preprocess(
  blankToNull,
  z
    .string()
    .nullable()
    .transform((s, ctx) => {
      if (s === null) return null;
      try {
        const url = new URL(s.trim());
        if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
      } catch {
        // reported below
      }
      ctx.issues.push({ code: 'custom', message: `"${s}" is not an http(s) URL`, input: s });
      return z.NEVER;
    }),
);

const link = z.object({
  label: z.string().transform((s) => s.trim()).refine((s) => s !== '', 'a link needs a label'),
  url: httpUrl,
  kind: oneOf(['source', 'document'] as const, 'source'),
});

const eventShape = z.object({
  id: wholeNumber,
  date_start: date,
  date_end: z.preprocess(blankToNull, date.nullable()),
  precision: oneOf(PRECISIONS, 'day'),
  date_text: optionalText,
  summary: requiredText,
  type: oneOf(EVENT_TYPES, 'other'),
  category: oneOf(CATEGORIES, 'other'),
  location: optionalText,
  countries: ids((s) => s.trim().toUpperCase()),
  people: ids((s) => s.trim()),
  groupings: ids((s) => s.trim()),
  links: z.preprocess(blankToUndefined, z.array(link).default([])),
  source: optionalText,
  source_line: wholeNumber,
  warnings: z.preprocess(blankToUndefined, z.array(z.string()).default([])),
});

export type ValidEvent = z.output<typeof eventShape>;

function unknownIds(list: readonly string[], known: ReadonlySet<string>): string[] {
  return list.filter((id) => !known.has(id));
}

export function eventSchema(known: KnownIds) {
  return eventShape.superRefine((e, ctx) => {
    if (e.date_end !== null && e.date_end < e.date_start) {
      ctx.addIssue({ code: 'custom', path: ['date_end'], message: `${e.date_end} is before date_start ${e.date_start}` });
    }
    const checks = [
      ['countries', 'country code', known.countries],
      ['people', 'person id', known.people],
      ['groupings', 'grouping id', known.groupings],
    ] as const;
    for (const [field, what, set] of checks) {
      const unknown = unknownIds(e[field], set);
      if (unknown.length > 0) {
        ctx.addIssue({ code: 'custom', path: [field], message: `unknown ${what}${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} (not in this store)` });
      }
    }
  });
}

/** `links[0].url` rather than zod's array of keys. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') || 'event';
}

export type Validated = { ok: true; event: ValidEvent } | { ok: false; reason: string };

export function validateEvent(schema: ReturnType<typeof eventSchema>, candidate: Record<string, unknown>): Validated {
  const result = schema.safeParse(candidate);
  if (result.success) return { ok: true, event: result.data };
  return { ok: false, reason: result.error.issues.map((issue) => `${fieldName(issue.path)}: ${issue.message}`).join('; ') };
}

export function toImportEntry(e: ValidEvent): ImportEntry {
  return {
    sourceLine: e.source_line,
    dateText: e.date_text,
    dateStart: e.date_start,
    dateEnd: e.date_end,
    precision: e.precision,
    summary: e.summary,
    type: e.type,
    category: e.category,
    location: e.location,
    countries: e.countries.map((code) => ({ code, via: IMPORTED_VIA })),
    people: e.people,
    groupings: e.groupings,
    links: e.links.map((l) => ({ label: l.label, url: l.url, kind: l.kind })),
    warnings: e.warnings,
  };
}
