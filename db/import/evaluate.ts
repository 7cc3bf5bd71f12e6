/**
 * How well the importer reads a chronology, measured against a hand-made truth file: one
 * JSON object per expected entry, in document order (see parseTruth). Parsed entries are
 * aligned to the truth by their dates as written and their order, never by their summaries,
 * so that a misread summary cannot hide a misread date.
 */
import { countries } from '../gazetteer/countries.ts';
import { CATEGORIES, EVENT_TYPES, type Category, type EventType } from './classify.ts';

export interface TruthEntry {
  /** 1-based line of the truth file. */
  line: number;
  dateText: string;
  dateStart: string;
  /** Equal to dateStart for a single day, whichever way the truth file wrote it. */
  dateEnd: string;
  countries: string[];
  type: EventType;
  altCountries: string[][];
  altTypes: EventType[];
  /** Optional in a truth file; scored where given. */
  category: Category | null;
}

/** What evaluate needs of a parsed entry (an ImportEntry has all of it). */
export interface EvaluatedEntry {
  sourceLine: number | null;
  dateText: string | null;
  dateStart: string;
  dateEnd: string | null;
  countries: ReadonlyArray<{ code: string }>;
  type: string;
  category?: string;
}

export interface Mismatch {
  kind: 'date' | 'countries' | 'type' | 'missed' | 'spurious';
  /** Line in the chronology (date, countries, type, spurious) or in the truth file (missed). */
  line: number | null;
  dateText: string;
  expected: string;
  got: string;
}

export interface CountryCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Figures {
  /** Entries in the truth file. */
  expected: number;
  /** Entries the importer read. */
  parsed: number;
  datesExact: number;
  countries: CountryCounts & { precision: number; recall: number; f1: number };
  typesRight: number;
  /** Expected type → type read → how many entries (alternatives accepted count as the expected type). */
  confusion: Record<string, Record<string, number>>;
  /** Entries whose truth gives a category, and how many of those were read right. */
  categoriesLabelled: number;
  categoriesRight: number;
  missed: number;
  spurious: number;
  mismatches: Mismatch[];
}

export class TruthError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'TruthError';
    this.line = line;
  }
}

// ---------------------------------------------------------------------------------------------
// Truth files
// ---------------------------------------------------------------------------------------------

const KNOWN_CODES = new Set(countries.map((c) => c.code));
const ORGANISATIONS = new Set(countries.filter((c) => c.kind === 'organisation').map((c) => c.code));
const TYPES = new Set<string>(EVENT_TYPES);
const FIELDS = new Set(['date_text', 'date_start', 'date_end', 'countries', 'type', 'alt_countries', 'alt_type', 'category']);
const CATEGORY_SET = new Set<string>(CATEGORIES);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.toISOString().slice(0, 10) === s;
}

function codeList(value: unknown, line: number, field: string): string[] {
  if (!Array.isArray(value)) throw new TruthError(line, `${field} must be an array of country codes, e.g. ["JP", "US"]`);
  for (const c of value) {
    if (typeof c !== 'string' || !KNOWN_CODES.has(c)) throw new TruthError(line, `${field}: unknown country code ${JSON.stringify(c)}`);
  }
  const codes = value as string[];
  if (new Set(codes).size !== codes.length) throw new TruthError(line, `${field}: a country code is listed twice`);
  // Sorted lists keep truth files diffable and make a doubled or missing code easy to see.
  const sorted = [...codes].sort();
  if (sorted.some((c, i) => c !== codes[i])) throw new TruthError(line, `${field} must be sorted: ${JSON.stringify(sorted)}`);
  return codes;
}

function eventType(value: unknown, line: number, field: string): EventType {
  if (typeof value !== 'string' || !TYPES.has(value)) {
    throw new TruthError(line, `${field} must be one of ${EVENT_TYPES.join(', ')}; got ${JSON.stringify(value)}`);
  }
  return value as EventType;
}

/** Reads a truth file (JSON Lines; blank lines ignored). Throws TruthError naming the line and what is wrong. */
export function parseTruth(text: string): TruthEntry[] {
  const out: TruthEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    let o: unknown;
    try {
      o = JSON.parse(raw);
    } catch (e) {
      throw new TruthError(line, `not valid JSON (${(e as Error).message})`);
    }
    if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new TruthError(line, 'each line must be one JSON object');
    const r = o as Record<string, unknown>;
    const unknown = Object.keys(r).filter((k) => !FIELDS.has(k));
    if (unknown.length) throw new TruthError(line, `unknown field ${unknown.map((k) => JSON.stringify(k)).join(', ')} (allowed: ${[...FIELDS].join(', ')})`);
    if (typeof r['date_text'] !== 'string' || !r['date_text'].trim()) throw new TruthError(line, 'date_text must be the date as written, e.g. "March 6-7, 2023"');
    if (!validDate(r['date_start'])) throw new TruthError(line, `date_start must be a real date written YYYY-MM-DD; got ${JSON.stringify(r['date_start'])}`);
    const end = r['date_end'] ?? null;
    if (end !== null && !validDate(end)) throw new TruthError(line, `date_end must be null or a real date written YYYY-MM-DD; got ${JSON.stringify(end)}`);
    if (end !== null && end < r['date_start']) throw new TruthError(line, `date_end ${end} is before date_start ${r['date_start']}`);
    const alts = r['alt_countries'] ?? [];
    if (!Array.isArray(alts)) throw new TruthError(line, 'alt_countries must be an array of code arrays, e.g. [["CN", "JP", "US"]]');
    const altTypes = r['alt_type'] ?? [];
    if (!Array.isArray(altTypes)) throw new TruthError(line, 'alt_type must be an array of types, e.g. ["meeting"]');
    const category = r['category'] ?? null;
    if (category !== null && (typeof category !== 'string' || !CATEGORY_SET.has(category))) {
      throw new TruthError(line, `category must be one of ${CATEGORIES.join(', ')}; got ${JSON.stringify(category)}`);
    }
    out.push({
      line,
      dateText: r['date_text'],
      dateStart: r['date_start'],
      dateEnd: end ?? r['date_start'],
      countries: codeList(r['countries'], line, 'countries'),
      type: eventType(r['type'], line, 'type'),
      altCountries: alts.map((a, k) => codeList(a, line, `alt_countries[${k}]`)),
      altTypes: altTypes.map((t, k) => eventType(t, line, `alt_type[${k}]`)),
      category: category as Category | null,
    });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Alignment
// ---------------------------------------------------------------------------------------------

/** 'Oct. 29–Nov. 2, 2009' and 'Oct 29 - Nov 2 2009' are the same date as written. */
export function normaliseDateText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s*(?:--|[-‐‑‒–—―])\s*/g, '-')
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Larger inputs would need more memory than an evaluation is worth; split the file. */
const MAX_CELLS = 50_000_000;

/**
 * Pairs of [truth index, parsed index], in order, maximising agreement: the same date as
 * written weighs most; the same start date with different wording (a misread range) still
 * pairs, so that it counts as a wrong date rather than as one missed and one spurious entry.
 */
export function align(truth: readonly TruthEntry[], parsed: ReadonlyArray<Pick<EvaluatedEntry, 'dateText' | 'dateStart'>>): Array<[number, number]> {
  const n = truth.length;
  const m = parsed.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) throw new Error(`too many entries to align (${n} expected × ${m} parsed); evaluate smaller files`);
  const tKey = truth.map((t) => normaliseDateText(t.dateText));
  const pKey = parsed.map((p) => normaliseDateText(p.dateText ?? ''));
  const score = (i: number, j: number): number => {
    if (tKey[i] === pKey[j]) return 3;
    return truth[i]!.dateStart === parsed[j]!.dateStart ? 1 : 0;
  };
  const w = m + 1;
  const best = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = score(i, j);
      const take = s > 0 ? s + best[(i + 1) * w + j + 1]! : -1;
      best[i * w + j] = Math.max(take, best[(i + 1) * w + j]!, best[i * w + j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = score(i, j);
    if (s > 0 && best[i * w + j] === s + best[(i + 1) * w + j + 1]!) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (best[i * w + j] === best[(i + 1) * w + j]) i++;
    else j++;
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

const states = (codes: Iterable<string>): Set<string> => new Set([...codes].filter((c) => !ORGANISATIONS.has(c)));

function compare(got: Set<string>, want: Set<string>): CountryCounts {
  let tp = 0;
  for (const c of got) if (want.has(c)) tp++;
  return { truePositives: tp, falsePositives: got.size - tp, falseNegatives: want.size - tp };
}

const errors = (c: CountryCounts) => c.falsePositives + c.falseNegatives;

function ratios(c: CountryCounts): Figures['countries'] {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = c;
  // Nothing expected and nothing found is a perfect score, not a division by zero.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
  return { ...c, precision, recall, f1 };
}

const range = (start: string, end: string | null) => (end && end !== start ? `${start}..${end}` : start);
const codesText = (codes: Iterable<string>) => [...codes].sort().join(',') || '(none)';

export function evaluate(parsed: readonly EvaluatedEntry[], truth: readonly TruthEntry[]): Figures {
  const pairs = align(truth, parsed);
  const mismatches: Mismatch[] = [];
  const counts: CountryCounts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  let datesExact = 0;
  let typesRight = 0;
  let categoriesLabelled = 0;
  let categoriesRight = 0;
  const confusion: Figures['confusion'] = {};
  const pairedTruth = new Set<number>();
  const pairedParsed = new Set<number>();

  for (const [ti, pi] of pairs) {
    pairedTruth.add(ti);
    pairedParsed.add(pi);
    const t = truth[ti]!;
    const p = parsed[pi]!;
    const at = { line: p.sourceLine, dateText: p.dateText ?? t.dateText };
    const pEnd = p.dateEnd ?? p.dateStart;
    if (p.dateStart === t.dateStart && pEnd === t.dateEnd) datesExact++;
    else mismatches.push({ kind: 'date', ...at, expected: range(t.dateStart, t.dateEnd), got: range(p.dateStart, pEnd) });

    // The accepted set closest to what was found.
    const got = states(p.countries.map((c) => c.code));
    let chosen = compare(got, states(t.countries));
    for (const alt of t.altCountries) {
      const c = compare(got, states(alt));
      if (errors(c) < errors(chosen)) chosen = c;
    }
    counts.truePositives += chosen.truePositives;
    counts.falsePositives += chosen.falsePositives;
    counts.falseNegatives += chosen.falseNegatives;
    if (errors(chosen) > 0) {
      const expected = [t.countries, ...t.altCountries].map((s) => codesText(states(s))).join(' or ');
      mismatches.push({ kind: 'countries', ...at, expected, got: codesText(got) });
    }

    const typeRight = p.type === t.type || (t.altTypes as string[]).includes(p.type);
    if (typeRight) typesRight++;
    else mismatches.push({ kind: 'type', ...at, expected: [t.type, ...t.altTypes].join(' or '), got: p.type });
    const row = (confusion[t.type] ??= {});
    const read = typeRight ? t.type : p.type;
    row[read] = (row[read] ?? 0) + 1;

    if (t.category !== null && p.category !== undefined) {
      categoriesLabelled++;
      if (p.category === t.category) categoriesRight++;
    }
  }

  truth.forEach((t, i) => {
    if (!pairedTruth.has(i)) mismatches.push({ kind: 'missed', line: t.line, dateText: t.dateText, expected: range(t.dateStart, t.dateEnd), got: '' });
  });
  parsed.forEach((p, i) => {
    if (!pairedParsed.has(i)) mismatches.push({ kind: 'spurious', line: p.sourceLine, dateText: p.dateText ?? '', expected: '', got: range(p.dateStart, p.dateEnd) });
  });

  return {
    expected: truth.length,
    parsed: parsed.length,
    datesExact,
    countries: ratios(counts),
    typesRight,
    confusion,
    categoriesLabelled,
    categoriesRight,
    missed: truth.length - pairs.length,
    spurious: parsed.length - pairs.length,
    mismatches,
  };
}

/** Figures over several files: counts add up, country scores are micro-averaged again. */
export function combine(all: readonly Figures[]): Figures {
  const sum = (f: (x: Figures) => number) => all.reduce((n, x) => n + f(x), 0);
  return {
    expected: sum((x) => x.expected),
    parsed: sum((x) => x.parsed),
    datesExact: sum((x) => x.datesExact),
    countries: ratios({
      truePositives: sum((x) => x.countries.truePositives),
      falsePositives: sum((x) => x.countries.falsePositives),
      falseNegatives: sum((x) => x.countries.falseNegatives),
    }),
    typesRight: sum((x) => x.typesRight),
    confusion: mergeConfusion(all.map((x) => x.confusion)),
    categoriesLabelled: sum((x) => x.categoriesLabelled),
    categoriesRight: sum((x) => x.categoriesRight),
    missed: sum((x) => x.missed),
    spurious: sum((x) => x.spurious),
    mismatches: all.flatMap((x) => x.mismatches),
  };
}

function mergeConfusion(all: ReadonlyArray<Figures['confusion']>): Figures['confusion'] {
  const out: Figures['confusion'] = {};
  for (const c of all) {
    for (const [want, row] of Object.entries(c)) {
      const into = (out[want] ??= {});
      for (const [got, n] of Object.entries(row)) into[got] = (into[got] ?? 0) + n;
    }
  }
  return out;
}

/** The confusion matrix as text: one row per expected type, one column per type read. */
export function confusionTable(c: Figures['confusion']): string {
  const types = EVENT_TYPES.filter((t) => c[t] || Object.values(c).some((row) => row[t]));
  const w = Math.max(...types.map((t) => t.length), 'expected \\ read'.length);
  const head = ['expected \\ read'.padEnd(w), ...types.map((t) => t.slice(0, 5).padStart(5))].join(' ');
  const rows = types.map((want) => [want.padEnd(w), ...types.map((got) => String(c[want]?.[got] ?? '·').padStart(5))].join(' '));
  return [head, ...rows].join('\n');
}

/** Two decimals, rounded down, so that 1.00 is shown only for a perfect score. */
export const twoDecimals = (x: number): string => (Math.floor(x * 100 + 1e-9) / 100).toFixed(2);

/** 'dates 57/57, countries F1 0.98, types 52/57, missed 0, spurious 0' */
export function summaryLine(f: Figures): string {
  return `dates ${f.datesExact}/${f.expected}, countries F1 ${twoDecimals(f.countries.f1)}, types ${f.typesRight}/${f.expected}, missed ${f.missed}, spurious ${f.spurious}`;
}
