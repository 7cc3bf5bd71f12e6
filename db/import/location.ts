/**
 * Where an entry happened: the last "in <Place>" or "at <Place>" naming a capitalised
 * place ("in Washington, DC", "at the Pentagon", "in Karuizawa, Nagano").
 */
const WORD = String.raw`[A-Z][\p{L}'’.\-]*`;
const NAME = String.raw`${WORD}(?:\s+(?:of\s+|de\s+)?${WORD})*`;
const PLACE = new RegExp(String.raw`(?<![\p{L}])([Ii]n|[Aa]t)\s+(the\s+)?(${NAME})(?:,\s*(${NAME}))?`, 'gu');
const NOT_PLACES = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Spring', 'Summer', 'Autumn', 'Fall', 'Winter']);
/** 'an explosive thrown at Prime Minister Kishida': a person is not a place. */
const TITLES = /^(?:President|Prime|Premier|Chancellor|Minister|Foreign|Defen[cs]e|Secretary|Deputy|Vice|Under|Assistant|Chief|Ambassador|Special|Gov\.?|Governor|Sen\.?|Senator|Rep\.|King|Queen|Emperor|Crown|Chairman|Chairwoman|General|Director|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|First|Supreme)$/;

export function findLocation(text: string): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(PLACE)) {
    const first = m[3]!.replace(/[.]$/, '');
    const head = first.split(/\s+/)[0]!;
    if (NOT_PLACES.has(head) || TITLES.test(head)) continue;
    // "In Tokyo, the ministers…": a sentence-opening place takes no second part.
    const second = m.index === 0 ? undefined : m[4]?.replace(/[.]$/, '');
    // A place written with its article keeps it: 'the Pentagon', 'the White House'.
    const place = m[2] ? `the ${first}` : first;
    found = second ? `${place}, ${second}` : place;
  }
  return found;
}
