/**
 * Institutions through which a state acts — ministries and agencies, legislatures, courts,
 * armed forces, state media, parties, leaders' offices — and companies headquartered there:
 * 'the CIA names…', 'Xinhua reports…', 'Samsung opens a plant…' (data/institutions.json).
 *
 * Only distinctive names are read. Generic ones ('Foreign Ministry', 'National Assembly') are
 * listed with `generic` and no country: they count through the country word before them
 * ('China's Ministry of Commerce'), which the matcher already reads. Names that are also
 * ordinary words, places or names of people ('Apple', 'Shell', 'Congress') are marked
 * `ambiguous` and not read.
 */
import data from './data/institutions.json' with { type: 'json' };

export interface Institution {
  name: string;
  aliases?: string[];
  country: string | null;
  kind: 'ministry' | 'agency' | 'legislature' | 'court' | 'military' | 'state-media' | 'party' | 'company' | 'office';
  generic?: boolean;
  ambiguous?: boolean;
}

export const institutions: readonly Institution[] = (data as { institutions: Institution[] }).institutions;

/** Every distinctive name or alias with the state it stands for. */
export function institutionTerms(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const i of institutions) {
    if (i.generic || i.ambiguous || !i.country) continue;
    for (const s of [i.name, ...(i.aliases ?? [])]) if (s.trim()) out.push([s, i.country]);
  }
  return out;
}
