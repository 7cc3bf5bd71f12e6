/**
 * The countries of a preview entry as the analyst writes them: names or codes, separated by
 * commas ("Japan, South Korea", "JP, KR", or codes separated by spaces, "JP KR").
 */

export interface CountryName {
  code: string;
  name: string;
}

/** "Japan, United States" for ['JP', 'US']; a code the list does not name stays a code. */
export function countriesText(codes: readonly string[], countries: readonly CountryName[]): string {
  const byCode = new Map(countries.map((c) => [c.code, c.name]));
  return codes.map((c) => byCode.get(c) ?? c).join(', ');
}

/** The codes the text names, in its order and without repeats, and the parts that name no country. */
export function readCountries(text: string, countries: readonly CountryName[]): { codes: string[]; unknown: string[] } {
  const byKey = new Map<string, string>();
  for (const c of countries) {
    byKey.set(c.code.toLowerCase(), c.code);
    byKey.set(c.name.toLowerCase(), c.code);
  }
  const codes: string[] = [];
  const unknown: string[] = [];
  const take = (code: string) => codes.includes(code) || codes.push(code);
  for (const part of text.split(/[,;\n]+/)) {
    const wanted = part.trim().replace(/\s+/g, ' ');
    if (!wanted) continue;
    const whole = byKey.get(wanted.toLowerCase());
    if (whole) {
      take(whole);
      continue;
    }
    // Codes written with spaces between them, as the box used to take them: "JP KR".
    const words = wanted.split(' ');
    const each = words.map((w) => byKey.get(w.toLowerCase()));
    if (words.length > 1 && each.every(Boolean)) each.forEach((code) => take(code!));
    else unknown.push(wanted);
  }
  return { codes, unknown };
}
