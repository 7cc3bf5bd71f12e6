/**
 * Where an entry happened: the last "in <Place>" or "at <Place>" naming a capitalised
 * place ("in Washington, DC", "at the Pentagon", "in Karuizawa, Nagano").
 */
const WORD = String.raw`[A-Z][\p{L}'’.\-]*`;
const NAME = String.raw`${WORD}(?:\s+(?:of\s+|de\s+)?${WORD})*`;
const PLACE = new RegExp(String.raw`(?<![\p{L}])([Ii]n|[Aa]t)\s+(?:the\s+)?(${NAME})(?:,\s*(${NAME}))?`, 'gu');
const NOT_PLACES = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Spring', 'Summer', 'Autumn', 'Fall', 'Winter']);

export function findLocation(text: string): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(PLACE)) {
    const first = m[2]!.replace(/[.]$/, '');
    if (NOT_PLACES.has(first.split(/\s+/)[0]!)) continue;
    // "In Tokyo, the ministers…": a sentence-opening place takes no second part.
    const second = m.index === 0 ? undefined : m[3]?.replace(/[.]$/, '');
    found = second ? `${first}, ${second}` : first;
  }
  return found;
}
