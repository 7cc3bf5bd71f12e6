/**
 * A briefing's subject is stored as a set (JP-US and US-JP are one subject, so standing notes
 * on the pair are found either way round); the title says the order the analyst reads it in.
 * "US–China" prints its subject as "United States – China", not alphabetically.
 */

/** Short forms titles use that are neither a country's code nor its name. */
const SHORT_FORMS: Record<string, readonly string[]> = {
  US: ['U.S.', 'USA', 'America', 'American'],
  GB: ['UK', 'U.K.', 'Britain', 'British'],
  KR: ['ROK', 'Korea'],
  KP: ['DPRK'],
  CN: ['PRC', 'Chinese'],
  JP: ['Japanese'],
  RU: ['Russian'],
  IN: ['Indian'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the title first names the country, or -1. Codes match in capitals only ("IN" is not "in"). */
function firstMention(title: string, code: string, name: string | undefined): number {
  const found: number[] = [];
  const at = (pattern: RegExp) => {
    const m = pattern.exec(title);
    if (m) found.push(m.index);
  };
  at(new RegExp(`(?<![\\p{L}\\p{N}])${escape(code)}(?![\\p{L}\\p{N}])`, 'u'));
  for (const term of [name, ...(SHORT_FORMS[code] ?? [])]) {
    if (term) at(new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'iu'));
  }
  return found.length ? Math.min(...found) : -1;
}

/** The subject's countries in the order the title names them; those it does not name follow, as stored. */
export function subjectInTitleOrder(codes: readonly string[], title: string, names: ReadonlyMap<string, string>): string[] {
  const placed = codes.map((code, i) => ({ code, i, at: firstMention(title, code, names.get(code)) }));
  return placed
    .sort((a, b) => (a.at < 0 ? Infinity : a.at) - (b.at < 0 ? Infinity : b.at) || a.i - b.i)
    .map((p) => p.code);
}

/** The subject as the sheet prints it: "United States – China". */
export function subjectLine(codes: readonly string[], title: string, names: ReadonlyMap<string, string>): string {
  return subjectInTitleOrder(codes, title, names)
    .map((c) => names.get(c) ?? c)
    .join(' – ');
}
