/**
 * Country codes for the names in a chronology's title ('CHRONOLOGY OF US-JAPAN RELATIONS' →
 * 'US', 'JAPAN'): any name, short name or alias from countries.ts, in any letter case, with or
 * without the dots of an abbreviation ('U.S.').
 */
import { countries } from './countries.ts';

function key(name: string): string {
  return name.normalize('NFC').replace(/[’‘]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

const byName = new Map<string, string>();
for (const c of countries) {
  for (const name of [c.name, c.shortName, ...c.aliases]) {
    if (name && !byName.has(key(name))) byName.set(key(name), c.code);
  }
}

/** The country code for a name as written, e.g. 'JAPAN' → 'JP', 'U.S.' → 'US', 'Korea' → 'KR'; undefined when unknown. */
export function countryCodeForName(name: string): string | undefined {
  return byName.get(key(name.replace(/^the\s+/i, '')));
}
