/**
 * Who takes part in a chronology entry: the countries, groupings and officials its text names,
 * as of the entry's date.
 *
 * How it reads a text
 * - Words are matched whole and case-sensitively ('US' but not 'us', 'China' but not
 *   'chinaware'); punctuation is its own token, so 'US-Japan' is 'US' + 'Japan' and
 *   'Japan's' is 'Japan'. At each word the longest known name wins ('Papua New Guinea' over
 *   'Guinea', 'South Sudan' over 'Sudan', 'US-Japan-ROK' — a grouping — over 'US').
 * - Countries count by name ('Japan', 'the Netherlands'), adjective ('Japanese'), capital or
 *   seat of government as an actor ('Pyongyang fired', 'the Kremlin said'), through a named
 *   official (his or her country) and through a grouping (all its members on the date).
 * - A capital is a place, not an actor, after in/to/from/at/near/… ('in Tokyo', 'at the
 *   Pentagon') and when part of a longer name ('Washington Post', 'Tokyo-based'), except as
 *   the destination of a trip, whose host takes part ('travels to Seoul for consultations',
 *   'arrives in Beijing'; not a route, 'flies from Tokyo to Seoul'). A country named as the
 *   qualifier of a place ('in Munich, Germany') or passed through ('via Poland') does not
 *   count. Named outright as a place ('in Germany') or as a topic ('talks on North Korea',
 *   'issues such as Syria') it is settled once the whole entry is read (settleSettings): a
 *   topic drops out when another state takes part, a place when two others do (it is their
 *   venue), and a capital after 'in' counts as the host of a meeting there only when at most
 *   one other state takes part ('holds talks with officials in Tokyo'). A target or addressee
 *   after 'on' still counts ('sanctions on Iran', 'calls on Tokyo'). A country in the remit of
 *   a title ('Special Representative for the DPRK') does not count; an office only one state
 *   has names that state even for a holder we do not know ('Assistant Secretary of State …').
 *   'The Abe Cabinet', 'the Obama administration' is the government acting, not the person.
 * - The setting of a meeting is not a participant: after 'on the sidelines/margins of', 'ahead
 *   of', 'on the eve of', the groupings and countries naming the gathering add nobody ('meet
 *   on the sidelines of the G7 meeting in Germany'), nor does an office held in a grouping
 *   ('the G7 presidency', 'chair of ASEAN') or an organisation's seat ('NATO headquarters').
 * - 'The two sides', 'both governments', 'the two foreign ministries' are the file's two
 *   countries (via 'file') when no other country is named.
 * - Ambiguous aliases (Country.ambiguous) do not count inside a personal name ('Jordan
 *   Peterson', 'Chad Wolf'), nor — for 'Georgia', also a US state — next to US-state words
 *   ('Georgia Gov.', 'Sen.', 'State of Georgia', 'Georgia Democrats') or as a bare place ('a
 *   plant in Georgia'); an ambiguous capital never counts. 'Korea'/'Korean' alone is South
 *   Korea, or North Korea when the file is about North Korea and not South Korea
 *   (context.fileCountries); 'North Korean' is matched as a whole. 'Korean Peninsula',
 *   'inter-Korean', the seas ('South China Sea') and 'Latin America' etc. name no country.
 *   Where the file or the entry is about Korea, 'the North'/'Northern staff' is North Korea and
 *   'the South'/'Southern investors' South Korea. An ambassador's posting ('ambassador to the
 *   UK') is not a party.
 * - Officials: a full name or alias always counts. A bare family name counts after a title
 *   ('Secretary Austin', 'PM Kishida', 'Gov. DeSantis'), or alone when it is not one of the
 *   person's ambiguous aliases (Person.ambiguous) and is not part of a longer name we do not
 *   know ('Hunter Biden'; after a title too: 'President Kim Dae-jung' is not Kim Jong Un,
 *   'Chief Cabinet Secretary Kono Yohei' not Kono Taro); but a given name, one middle name
 *   and the family name of one known person is that person ('Cyrus Roberts Vance'). When several people share the name — after a title: the one in
 *   office on the date whose office fits the title ('Premier Li' in 2022 is Li Keqiang, in
 *   2024 Li Qiang), then one whose office ever fitted it, then one in office; without a title:
 *   the one already named in the entry, then the one in office. Then the most senior ('Biden'
 *   alone in 2023 is the President, not the First Lady). A tie is reported as
 *   'ambiguous person: …' and nothing is added ('Kim' alone: two North Korean leaders).
 * - A person adds his or her country, or the organisation the office acts for (Role.country:
 *   'NATO' for its Secretary General).
 * - A grouping whose alias is an ordinary word ('trilateral') counts only when the file's
 *   countries all belong to it and no country outside it is named.
 *
 * Warnings: 'unknown person: <Title> <Name>' for a title followed by a name not in the
 * gazetteer; 'person out of office on <date>: <name>' when the person matched holds no office
 * on the date (not said after 'former', 'then-', 'late', 'ex-'); 'ambiguous person: <name>';
 * 'no country found'.
 *
 * The lookup tables are built once, at module load; a call tokenises the text once and walks a
 * token trie. createMentionFinder adds the analyst's own people to a copy of the trie that
 * shares all other nodes, so findMentions itself pays nothing for them.
 */
import { countries, SOVIET_UNION_ENDS, type Country } from './countries.ts';
import { groupings, type Grouping } from './groupings.ts';
import { institutionTerms } from './institutions.ts';
import { people, type Person, type Role } from './people.ts';

export interface Mentions {
  /** via 'file': the relationship's two countries, named as 'the two sides' or 'both governments'. */
  countries: Array<{ code: string; via: 'name' | 'adjective' | 'capital' | 'institution' | 'person' | 'grouping' | 'file'; text: string }>;
  /** `country`: whom the person acts for on the date (Role.country, e.g. 'NATO'), else the person's own country. */
  people: Array<{ id: string; text: string; role: string | null; level: 'leader' | 'minister' | 'official' | null; country: string }>;
  groupings: Array<{ id: string; text: string }>;
  /** People named only in a clause that sets the scene ('to prepare Obama's visit'): mentioned, not taking part. */
  mentioned: Array<{ id: string; text: string }>;
  /** States named only as the place, topic or background of the news: mentioned, not taking part. */
  mentionedCountries: string[];
  warnings: string[];
}

export interface MatchContext {
  /** The countries of the relationship file, e.g. ['US', 'JP'] for 'CHRONOLOGY OF US-JAPAN RELATIONS'. */
  fileCountries?: string[];
}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

/** 1 = letter, mark or digit; 2 = not; 0 = not yet known. Filled lazily for the BMP. */
const wordClass = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let k = wordClass[c]!;
  if (k === 0) {
    k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordClass[c] = k;
  }
  return k === 1;
}

function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Apostrophes and dashes in their many forms become "'" and '-'. */
function punct(c: number, ch: string): string {
  if (c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x0060 || c === 0x00b4) return "'";
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d) return '-';
  return ch;
}

interface Tokens {
  tok: string[];
  start: number[];
  end: number[];
  n: number;
}

function tokenize(text: string, into: Tokens): void {
  const { tok, start, end } = into;
  let n = 0;
  const len = text.length;
  let p = 0;
  while (p < len) {
    const c = text.charCodeAt(p);
    if (isSpaceCode(c)) {
      p++;
      continue;
    }
    if (isWordCode(c)) {
      let q = p + 1;
      while (q < len && isWordCode(text.charCodeAt(q))) q++;
      tok[n] = text.slice(p, q);
      start[n] = p;
      end[n] = q;
      n++;
      p = q;
    } else {
      tok[n] = punct(c, text[p]!);
      start[n] = p;
      end[n] = p + 1;
      n++;
      p++;
    }
  }
  into.n = n;
}

function tokensOf(s: string): string[] {
  const t: Tokens = { tok: [], start: [], end: [], n: 0 };
  tokenize(s, t);
  return t.tok.slice(0, t.n);
}

// ---------------------------------------------------------------------------------------------
// Titles and how they fit offices
// ---------------------------------------------------------------------------------------------

const C = {
  PRES: 1 << 0, VP: 1 << 1, PM: 1 << 2, DPM: 1 << 3, FM: 1 << 4, DM: 1 << 5, DEPUTY: 1 << 6,
  SECRETARY: 1 << 7, MINISTER: 1 << 8, CCS: 1 << 9, NSA: 1 << 10, TRADE: 1 << 11, COMMERCE: 1 << 12,
  ENVOY: 1 << 13, AMB: 1 << 14, GOV: 1 << 15, SEN: 1 << 16, CHAIR: 1 << 17, GENSEC: 1 << 18,
  MONARCH: 1 << 19, SPOUSE: 1 << 20, DIRECTOR: 1 << 21, LEGIS: 1 << 22,
} as const;

const FM_CUE = C.FM;
const DM_CUE = C.DM;
const DEP_MIN = C.DEPUTY | C.MINISTER;
const DEP_SEC = C.DEPUTY | C.SECRETARY;

/** Titles that introduce a name, with the offices they fit (all bits must be present in the office). */
const TITLES: Array<[string[], number]> = [
  [['President', 'Acting President', 'president', 'acting president'], C.PRES],
  [['Vice President', 'Vice-President', 'VP', 'vice president'], C.VP],
  [['Prime Minister', 'PM', 'Premier', 'Chancellor', 'State Counsellor', 'State Counselor', 'Acting Prime Minister', 'prime minister', 'premier', 'chancellor'], C.PM],
  [['Deputy Prime Minister', 'DPM', 'Vice Premier', 'Vice-Premier', 'Vice-Prime Minister', 'Vice Prime Minister', 'Vice-Chancellor', 'Vice Chancellor', 'deputy prime minister', 'vice premier', 'vice-premier'], C.DPM],
  [[
    'Foreign Minister', 'FM', 'Minister of Foreign Affairs', 'Minister for Foreign Affairs', 'Foreign Secretary',
    'Minister of External Affairs', 'External Affairs Minister', 'EAM', 'Secretary of State', 'Secretary of Foreign Affairs',
    'Foreign Affairs Minister', 'Acting Foreign Minister', 'foreign minister', 'foreign secretary',
  ], FM_CUE],
  [[
    'Defense Minister', 'Defence Minister', 'DM', 'Minister of Defense', 'Minister of Defence', 'Minister for Defence',
    'Minister of National Defense', 'Minister of National Defence', 'National Defense Minister', 'National Defence Minister',
    'Defense Secretary', 'Defence Secretary', 'Secretary of Defense', 'Secretary of War', 'Secretary of National Defense',
    'Minister of the Armed Forces', 'Armed Forces Minister', 'Acting Secretary of Defense', 'defense minister', 'defence minister',
  ], DM_CUE],
  [['Deputy Secretary', 'Deputy Secretary of State', 'Deputy Secretary of Defense', 'Under Secretary', 'Under Secretary of State',
    'Under Secretary of Defense', 'Assistant Secretary', 'Assistant Secretary of State', 'Assistant Secretary of Defense',
    'Acting Deputy Secretary of State', 'Parliamentary Secretary'], DEP_SEC],
  [['Vice FM', 'VFM', 'Vice Foreign Minister', 'First Vice Foreign Minister', 'Deputy Foreign Minister', 'Deputy FM',
    'Vice Minister', 'Vice-Minister', 'First Vice Minister', 'Vice Minister for Foreign Affairs', 'Vice-Minister for Foreign Affairs',
    'Deputy Minister', 'Vice Defense Minister', 'Vice Defence Minister', 'Deputy Defense Minister', 'Deputy Defence Minister',
    'Vice Minister of Defense', 'Vice-Minister of Defense', 'Vice Minister of National Defense', 'Minister of State',
    'Senior Minister of State', 'Second Minister', 'Senior Deputy Minister', 'Administrative Vice-Minister',
    'Administrative Vice Minister', 'State Minister', 'Deputy Defense Secretary'], DEP_MIN],
  [['Secretary'], C.SECRETARY],
  [['Minister', 'Senior Minister', 'Acting Minister'], C.MINISTER],
  [['Chief Cabinet Secretary', 'CCS'], C.CCS],
  [['National Security Adviser', 'National Security Advisor', 'NSA', 'national security adviser', 'national security advisor'], C.NSA],
  [['Trade Representative', 'USTR'], C.TRADE],
  [['Secretary of Commerce', 'Commerce Secretary'], C.COMMERCE],
  [['Special Presidential Envoy', 'Special Envoy', 'Envoy', 'Special Representative', 'Special Advisor', 'Special Adviser'], C.ENVOY],
  [['Ambassador', 'Amb', 'Amb.', 'ambassador'], C.AMB],
  [['Gov.', 'Governor', 'governor'], C.GOV],
  [['Sen.', 'Senator', 'senator'], C.SEN],
  [['Rep.', 'Congressman', 'Congresswoman', 'Lawmaker', 'lawmaker'], C.LEGIS],
  [['Chairman', 'Chairwoman', 'Chair'], C.CHAIR],
  [['General Secretary', 'Secretary General', 'Secretary-General', 'General-Secretary'], C.GENSEC],
  [['King', 'Queen', 'Emperor', 'Sultan', 'Crown Prince'], C.MONARCH],
  [['First Lady', 'First Gentleman'], C.SPOUSE],
  [['Director-General', 'Director General', 'Director'], C.DIRECTOR],
  // Honorifics and bare 'leader': introduce a name without saying which office.
  [['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Leader', 'leader', 'Supreme Leader'], 0],
];

function roleMask(title: string): number {
  let mask = 0;
  for (const part of title.split(/ and |, /)) {
    const deputy = /\b(Deputy|Vice|Under|Assistant|Undersecretary|Under-Secretary)\b|Vice-|Minister of State|Second Minister|Senior Minister of State|State Secretary|\bII\b/.test(part);
    const deputyHead = /(Deputy|Vice)[- ](Prime Minister|Premier|Chancellor)/.test(part);
    if (/\bPresident\b/.test(part) && !/Vice[- ]President/.test(part)) mask |= C.PRES;
    if (/Vice[- ]President/.test(part)) mask |= C.VP;
    if (/Prime Minister|Premier|Chancellor|State Counsellor/.test(part) && !deputyHead) mask |= C.PM;
    if (deputyHead) mask |= C.DPM;
    if (/Foreign|External Affairs|^Secretary of State$/.test(part) && !deputy) mask |= C.FM;
    if (/Defen[cs]e|Armed Forces|^Secretary of War$/.test(part) && /Minister|Secretary|Officer-in-Charge/.test(part) && !deputy && !/Industry|Policy/.test(part)) mask |= C.DM;
    if (deputy) mask |= C.DEPUTY;
    if (/Secretary/.test(part)) mask |= C.SECRETARY;
    if (/Minister/.test(part)) mask |= C.MINISTER;
    if (/Chief Cabinet Secretary/.test(part)) mask |= C.CCS;
    if (/National Security|Security Council/.test(part)) mask |= C.NSA;
    if (/Trade Representative/.test(part)) mask |= C.TRADE;
    if (/Commerce/.test(part)) mask |= C.COMMERCE;
    if (/Envoy|Special Representative|Advis[eo]r|Coordinator/.test(part)) mask |= C.ENVOY;
    if (/Ambassador/.test(part)) mask |= C.AMB;
    if (/Governor/.test(part)) mask |= C.GOV;
    if (/Senator|Senate/.test(part)) mask |= C.SEN;
    if (/Chairman|\bChair\b/.test(part)) mask |= C.CHAIR;
    if (/General Secretary|Secretary[- ]General|Secretary General/.test(part)) mask |= C.GENSEC;
    if (/\b(King|Queen|Emperor|Sultan|Yang di-Pertuan Agong)\b/.test(part)) mask |= C.MONARCH;
    if (/First Lady|Spouse/.test(part)) mask |= C.SPOUSE;
    if (/Director/.test(part)) mask |= C.DIRECTOR;
    if (/National Assembly|Parliament|Congress/.test(part)) mask |= C.LEGIS;
  }
  return mask;
}

// Weak, so that the roles of analysts' people, computed when first used, go with their finder.
const ROLE_MASK = new WeakMap<Role, number>();
for (const person of people) for (const role of person.roles) ROLE_MASK.set(role, roleMask(role.title));

function maskOf(role: Role): number {
  let mask = ROLE_MASK.get(role);
  if (mask === undefined) {
    mask = roleMask(role.title);
    ROLE_MASK.set(role, mask);
  }
  return mask;
}

function fits(role: Role, cue: number): boolean {
  return cue !== 0 && (maskOf(role) & cue) === cue;
}

const LEVEL_RANK = { leader: 3, minister: 2, official: 1 } as const;

function covers(role: Role, date: string): boolean {
  return role.from <= date && (role.to === null || date < role.to);
}

/** The office the person holds on the date (the one fitting `cue` first, then the most senior, then the latest), or null. */
function roleFor(person: Person, date: string, cue = 0): Role | null {
  let best: Role | null = null;
  let bestScore = -1;
  for (const role of person.roles) {
    if (!covers(role, date)) continue;
    const score = (fits(role, cue) ? 10 : 0) + LEVEL_RANK[role.level];
    if (score > bestScore || (score === bestScore && best !== null && role.from > best.from)) {
      best = role;
      bestScore = score;
    }
  }
  return best;
}

/** The office the person holds on the date (YYYY-MM-DD), the most senior if several; null when out of office. */
export function roleOn(person: Person, date: string): Role | null {
  return roleFor(person, date);
}

// ---------------------------------------------------------------------------------------------
// The term trie
// ---------------------------------------------------------------------------------------------

type Via = 'name' | 'adjective' | 'capital' | 'institution';

interface CountryTerm { k: 'country'; codes: string[]; via: Via; ambiguous: boolean; korea: boolean }
interface GroupingTerm { k: 'grouping'; grouping: Grouping; ambiguous: boolean }
interface PersonCandidate { person: Person; titleOnly: boolean }
interface PersonTerm { k: 'person'; single: boolean; candidates: PersonCandidate[] }
interface TitleTerm { k: 'title'; cue: number }

/**
 * Phrases that change how what follows or the whole entry is read: 'sidelines of' (what
 * follows is the setting, not a participant), 'the two sides' (the relationship's countries).
 */
type Marker = 'setting' | 'pair';

interface TrieNode {
  next: Map<string, TrieNode> | null;
  country: CountryTerm | null;
  grouping: GroupingTerm | null;
  person: PersonTerm | null;
  title: TitleTerm | null;
  block: boolean;
  marker: Marker | null;
}

type Trie = Map<string, TrieNode>;

const builtIn: Trie = new Map();
/** The trie the running call reads: the built-in one, or a finder's copy that also knows the analyst's people. */
let root: Trie = builtIn;

function newNode(): TrieNode {
  return { next: null, country: null, grouping: null, person: null, title: null, block: false, marker: null };
}

function nodeFor(s: string): TrieNode {
  const toks = tokensOf(s);
  if (toks.length === 0) throw new Error(`gazetteer: empty term "${s}"`);
  let map = builtIn;
  let node: TrieNode | undefined;
  for (let i = 0; i < toks.length; i++) {
    node = map.get(toks[i]!);
    if (!node) {
      node = newNode();
      map.set(toks[i]!, node);
    }
    if (i < toks.length - 1) map = node.next ??= new Map();
  }
  return node!;
}

/** Conflicting definitions found while building, for the integrity test. */
export const buildProblems: string[] = [];

const VIA_RANK: Record<Via, number> = { name: 3, adjective: 2, capital: 1, institution: 0 };

function addCountryTerm(s: string, code: string, via: Via, ambiguous: boolean, korea = false): void {
  const node = nodeFor(s);
  const old = node.country;
  if (old && (old.codes.length !== 1 || old.codes[0] !== code)) {
    buildProblems.push(`"${s}" names both ${old.codes.join('+')} and ${code}`);
    return;
  }
  if (old && VIA_RANK[old.via] >= VIA_RANK[via]) {
    old.ambiguous ||= ambiguous;
    return;
  }
  node.country = { k: 'country', codes: [code], via, ambiguous: ambiguous || (old?.ambiguous ?? false), korea: korea || (old?.korea ?? false) };
}

function countryStrings(c: Country): Array<[string, Via]> {
  const out: Array<[string, Via]> = [[c.name, 'name']];
  if (c.shortName) out.push([c.shortName, 'name']);
  for (const a of c.aliases) out.push([a, 'name']);
  for (const a of c.adjectives) out.push([a, 'adjective']);
  if (c.capital) out.push([c.capital, 'capital']);
  for (const a of c.capitalAliases ?? []) out.push([a, 'capital']);
  return out;
}

const KOREA_AMBIGUOUS = new Set(['Korea', 'Korean']);

for (const c of countries) {
  const ambiguous = new Set(c.ambiguous ?? []);
  for (const [s, via] of countryStrings(c)) {
    addCountryTerm(s, c.code, via, ambiguous.has(s), c.code === 'KR' && KOREA_AMBIGUOUS.has(s));
  }
}

// Both Koreas at once.
for (const s of ['North and South Korea', 'South and North Korea', 'two Koreas', 'Koreas']) {
  nodeFor(s).country = { k: 'country', codes: ['KP', 'KR'], via: 'name', ambiguous: false, korea: false };
}

/** Names that contain a country's name but name no country (or name a place, not an actor). */
const BLOCKED = [
  'Korean Peninsula', 'Korean peninsula', 'Korean War', 'inter-Korean', 'Inter-Korean',
  'South China Sea', 'East China Sea', 'Sea of Japan', 'Japan Sea',
  'New Mexico', 'New Guinea', 'New South Wales', 'American Samoa', 'Guinea pig',
  'Latin America', 'Latin American', 'South America', 'South American', 'North America', 'North American',
  'Central America', 'Central American', 'Indian Ocean', 'American Indian', 'Indian Country',
  'Washington Post', 'Washington State', 'Washington state', 'George Washington', 'Georgia Tech',
  'Turkey Day', 'French fries', 'Chinese New Year', 'Lunar New Year',
  // Venues: meeting at an organisation's seat does not make its members take part.
  'NATO headquarters', 'NATO Headquarters', 'NATO HQ', 'UN headquarters', 'UN Headquarters', 'United Nations headquarters',
  'United Nations Headquarters', 'EU headquarters',
];
for (const s of BLOCKED) nodeFor(s).block = true;

/**
 * 'met on the sidelines of the G7 meeting in Germany', 'ahead of the APEC leaders' meeting':
 * what follows is the setting, its grouping and places not participants.
 */
const SETTING = ['sidelines of', 'sideline of', 'margins of', 'margin of', 'fringes of', 'fringe of', 'ahead of', 'eve of', 'run-up to'];
/** 'the two sides', 'both governments': the two countries of the relationship file, when no other country is named. */
const PAIR = [
  'two sides', 'two governments', 'two countries', 'two nations', 'two allies', 'two neighbors', 'two neighbours', 'two leaders',
  'two presidents', 'two foreign ministries', 'two foreign ministers', 'two defense ministers', 'two defence ministers',
  'two defense ministries', 'two defence ministries', 'both sides', 'both governments', 'both countries', 'both nations',
  'both allies', 'Both sides', 'Both governments', 'Both countries',
];
for (const s of SETTING) nodeFor(s).marker = 'setting';
for (const s of PAIR) nodeFor(s).marker = 'pair';

/** 'US-Japan-ROK' is also written 'U.S.-Japan-ROK'. */
function withDottedUS(s: string): string[] {
  return /(^|[^\p{L}.])US(?![\p{L}])/u.test(s) ? [s, s.replace(/(^|[^\p{L}.])US(?![\p{L}])/gu, '$1U.S.')] : [s];
}

for (const g of groupings) {
  const ambiguous = new Set(g.ambiguous ?? []);
  for (const alias of [g.name, ...g.aliases]) {
    for (const s of withDottedUS(alias)) {
      const node = nodeFor(s);
      if (node.grouping && node.grouping.grouping !== g) {
        buildProblems.push(`"${s}" names both groupings ${node.grouping.grouping.id} and ${g.id}`);
        continue;
      }
      node.grouping = { k: 'grouping', grouping: g, ambiguous: ambiguous.has(alias) };
    }
  }
}

/** 'Cho Hyun-dong' is also written 'Cho Hyundong' and 'Cho Hyun Dong'. */
function personVariants(alias: string): string[] {
  if (!/\p{L}-\p{Ll}/u.test(alias)) return [alias];
  const joined = alias.replace(/(\p{L})-(\p{Ll})/gu, '$1$2');
  const spaced = alias.replace(/(\p{L})-(\p{Ll})/gu, (_m, a: string, b: string) => `${a} ${b.toUpperCase()}`);
  return [alias, joined, spaced];
}

/** Every form of every alias of the person, with whether it counts only after a title. */
function personTerms(person: Person): Array<[string, boolean]> {
  const titleOnly = new Set(person.ambiguous ?? []);
  const out = new Map<string, boolean>();
  for (const alias of [person.name, ...person.aliases]) {
    if (!alias.trim()) continue;
    for (const s of personVariants(alias)) if (!out.has(s)) out.set(s, titleOnly.has(alias));
  }
  return [...out];
}

function addPersonTerms(person: Person, nodeAt: (s: string) => TrieNode): void {
  for (const [s, titleOnly] of personTerms(person)) {
    const node = nodeAt(s);
    node.person ??= { k: 'person', single: tokensOf(s).length === 1, candidates: [] };
    if (!node.person.candidates.some((c) => c.person === person)) node.person.candidates.push({ person, titleOnly });
  }
}

for (const person of people) addPersonTerms(person, nodeFor);

// Institutions and companies: a name already known as a country, grouping or person keeps that meaning.
for (const [s, code] of institutionTerms()) {
  const node = nodeFor(s);
  if (!node.country && !node.grouping && !node.person) node.country = { k: 'country', codes: [code], via: 'institution', ambiguous: false, korea: false };
}

for (const [names, cue] of TITLES) {
  for (const s of names) nodeFor(s).title = { k: 'title', cue };
}

/** First words of countries, groupings and titles: a capitalised word that starts one is not part of a personal name. */
const TERM_FIRST = new Set<string>();
for (const [first, node] of builtIn) if (node.country || node.grouping || node.title || hasTermBelow(node)) TERM_FIRST.add(first);

/** A country, grouping or title (not a person or a blocked name) continues from this node. */
function hasTermBelow(node: TrieNode): boolean {
  if (!node.next) return false;
  for (const child of node.next.values()) {
    if (child.country || child.grouping || child.title || hasTermBelow(child)) return true;
  }
  return false;
}

/** Capitalised words that follow or precede a name without being part of it. */
const NOT_NAMES = new Set([
  'Administration', 'Government', 'Cabinet', 'Doctrine', 'Plan', 'Initiative', 'Summit', 'Meeting', 'Meetings', 'Talks',
  'Visit', 'Statement', 'Declaration', 'Policy', 'Era', 'Presidency', 'Campaign', 'Team', 'Office', 'Council', 'Committee',
  'Forum', 'Conference', 'Dialogue', 'Group', 'Residence', 'House', 'Cup', 'Award', 'Day', 'Joint', 'Communique', 'Agreement',
  'Framework', 'Ministry', 'Ministers', 'Ministerial', 'Affairs', 'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'On', 'In',
  'At', 'For', 'With', 'After', 'Before', 'During', 'Both', 'And', 'But', 'Also', 'Then', 'When', 'While', 'As', 'If', 'Once',
  'Yesterday', 'Today', 'Meanwhile', 'However', 'Later', 'Earlier', 'Separately', 'Officials', 'Media', 'Reports', 'Sources',
  'Former', 'Late', 'Incoming', 'Outgoing', 'New', 'Newly',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/** Words that may stand in the name of a setting ('the annual Munich Security Conference in Germany'). */
const SETTING_WORDS = new Set([
  'of', 'the', 'a', 'an', 'and', 'in', 'for', 'on', 'at', 's', 'summit', 'meeting', 'meetings', 'conference', 'forum', 'session',
  'dialogue', 'assembly', 'ministerial', 'foreign', 'defense', 'defence', 'ministers', 'leaders', 'week', 'annual', 'gathering', 'talks',
]);
const SETTING_MARKS = new Set(['-', "'", '(', ')', '+', '&', '/']);
/** A capital after 'travels to', 'arrives in': the host takes part ('Wu travels to Seoul for consultations'). */
const TRAVEL_TO = new Set([
  'travels', 'travel', 'traveled', 'travelled', 'traveling', 'travelling', 'flies', 'fly', 'flew', 'goes', 'go', 'went', 'heads',
  'head', 'headed', 'trip', 'trips', 'visit', 'journey', 'comes', 'come', 'came',
]);
const ARRIVE_IN = new Set(['arrives', 'arrive', 'arrived', 'arriving', 'lands', 'landed']);
/** 'the G7 presidency', 'chair of ASEAN': an office held in the grouping, not a gathering of its members. */
const GROUPING_OFFICES = new Set(['presidency', 'Presidency', 'chairmanship', 'Chairmanship', 'chair', 'chairship']);

/** Words before a place. */
const PLACE_PREPS = new Set(['in', 'to', 'from', 'at', 'near', 'into', 'outside', 'around', 'across', 'toward', 'towards', 'via', 'through', 'within', 'inside', 'In', 'At', 'From', 'Near']);
/** Countries' names that are also US states, and the words around a state ('Georgia Gov. Brian Kemp', 'State of Georgia'). */
const US_STATES = new Set(['Georgia']);
const US_STATE_BEFORE = new Set(['Gov', 'Governor', 'Sen', 'Senator', 'Rep', 'Congressman', 'Congresswoman', 'Atlanta', 'governor', 'senator']);
const US_STATE_AFTER = new Set(['Gov', 'Governor', 'Sen', 'Senator', 'Rep', 'Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic', 'State', 'Tech', 'Legislature', 'Bulldogs', 'governor', 'senator', 'state']);
/** Titles whose remit names a country that is not a participant ('Special Representative for the DPRK'). */
const REMIT_HEADS = new Set(['Representative', 'Envoy', 'Coordinator', 'Commissioner', 'Adviser', 'Advisor', 'Ambassador-at-Large', 'Rapporteur']);
const FORMER = new Set(['former', 'Former', 'then', 'Then', 'late', 'ex', 'Ex', 'previous', 'past', 'onetime']);

// ---------------------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------------------

const countryIndex = new Map(countries.map((c) => [c.code, c]));
const personIndex = new Map(people.map((p) => [p.id, p]));

export function countryByCode(code: string): Country | undefined {
  return countryIndex.get(code);
}

export function personById(id: string): Person | undefined {
  return personIndex.get(id);
}

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

const T: Tokens = { tok: [], start: [], end: [], n: 0 };
/** Ends (exclusive token index) and nodes of the terms starting at one position, shortest first. */
const hitEnd: number[] = [];
const hitNode: TrieNode[] = [];

function collectHits(i: number): number {
  const { tok, n } = T;
  let node = root.get(tok[i]!);
  if (!node) return 0;
  let count = 0;
  let j = i + 1;
  for (;;) {
    if (node.country || node.grouping || node.person || node.title || node.block || node.marker) {
      hitEnd[count] = j;
      hitNode[count] = node;
      count++;
    }
    if (!node.next || j >= n) break;
    const child: TrieNode | undefined = node.next.get(tok[j]!);
    if (!child) break;
    node = child;
    j++;
  }
  return count;
}

function isCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = s[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isWordToken(s: string): boolean {
  return isWordCode(s.charCodeAt(0));
}

/** A capitalised word that is not a known country/grouping/title word or a common noun: probably part of a personal name. */
function nameLike(i: number): boolean {
  if (i < 0 || i >= T.n) return false;
  const s = T.tok[i]!;
  return isWordToken(s) && isCapitalised(s) && !TERM_FIRST.has(s) && !NOT_NAMES.has(s);
}

/** Index of the previous token, skipping one '.' (abbreviations: 'Gov.'). */
function prevSkippingDot(i: number): number {
  let p = i - 1;
  if (p >= 0 && T.tok[p] === '.') p--;
  return p;
}

/** A capital that is the destination of a trip: the host takes part. */
function travelDestination(i: number): boolean {
  let p = i - 1;
  if (p >= 0 && T.tok[p] === 'the') p--;
  if (p < 1) return false;
  if (T.tok[p] === 'to') {
    // The verb may stand a few words back ('travels by train via Poland to Kyiv'); a route
    // ('flies from Tokyo to Seoul') says where someone goes, not whom they meet.
    for (let k = p - 1; k >= 0 && k >= p - 6; k--) {
      const w = T.tok[k]!;
      if (TRAVEL_TO.has(w)) return true;
      if (!isWordToken(w) || w === 'from') return false;
    }
    return false;
  }
  return T.tok[p] === 'in' && ARRIVE_IN.has(T.tok[p - 1]!);
}

function groupingAsOffice(i: number, end: number): boolean {
  if (end < T.n && GROUPING_OFFICES.has(T.tok[end]!)) return true;
  let p = i - 1;
  if (p >= 0 && T.tok[p] === 'the') p--;
  return p >= 1 && T.tok[p] === 'of' && GROUPING_OFFICES.has(T.tok[p - 1]!);
}

/** Where the setting named after 'sidelines of' ends: at a clause break or at a word that cannot be part of its name. */
function settingEnd(j: number): number {
  let k = j;
  while (k < T.n) {
    const s = T.tok[k]!;
    const c = s.charCodeAt(0);
    const ok = isWordToken(s)
      ? isCapitalised(s) || (c >= 48 && c <= 57) || SETTING_WORDS.has(s)
      : SETTING_MARKS.has(s) || (s === '.' && k > 0 && T.tok[k - 1]!.length === 1 && isCapitalised(T.tok[k - 1]!));
    if (!ok) break;
    k++;
  }
  return k;
}

function precededByPlacePrep(i: number): boolean {
  let p = i - 1;
  if (p >= 0 && (T.tok[p] === 'the' || T.tok[p] === 'The')) p--;
  return p >= 0 && PLACE_PREPS.has(T.tok[p]!);
}

/** '…in Munich, Germany': the country qualifies a place. */
function qualifiesPlace(i: number): boolean {
  if (i < 2 || T.tok[i - 1] !== ',') return false;
  let k = i - 2;
  let words = 0;
  while (k >= 0 && words < 6) {
    const s = T.tok[k]!;
    if (isWordToken(s) && isCapitalised(s)) words++;
    else if (s !== '.' && s !== '-' && s !== "'") break;
    k--;
  }
  return words > 0 && k >= 0 && PLACE_PREPS.has(T.tok[k]!);
}

/** 'Special Representative for (the) DPRK': the country is a title's remit. */
function inTitleRemit(i: number): boolean {
  let p = i - 1;
  if (p >= 0 && T.tok[p] === 'the') p--;
  if (p < 1) return false;
  // 'China's ambassador to the UK': the country of posting is where the envoy serves, not a party.
  if (T.tok[p] === 'to') return /^[Aa]mbassadors?$|^[Ee]nvoys?$/.test(T.tok[p - 1]!);
  if (T.tok[p] !== 'for' && T.tok[p] !== 'on') return false;
  return REMIT_HEADS.has(T.tok[p - 1]!);
}

/** What only the two Koreas together do or run: inter-Korean talks, the Kaesong complex. */
const BOTH_KOREAS = /\binter-Korean (?:talks|summits?|dialogue|meetings?|agreements?|accords?|committees?|projects?|exchanges?|cooperation|declarations?|hotlines?|liaison|military talks|family reunions?)\b|\bKaesong Industrial (?:Complex|Zone|Park|Region)\b|\bKIC\b|\bKumgang\b/;

/** Words that make 'the North' and 'the South' the two Koreas. */
const KOREAN_CONTEXT = new Set(['Korea', 'Korean', 'Koreas', 'DPRK', 'ROK', 'Pyongyang', 'Seoul', 'Kaesong', 'DMZ', 'Panmunjom', 'inter']);
const COMPASS = new Map([['North', 'KP'], ['Northern', 'KP'], ['South', 'KR'], ['Southern', 'KR']]);

/**
 * 'aid to the North', 'Southern investors': in a chronology of the two Koreas (or an entry that
 * speaks of Korea), the North and the South are the two states.
 */
function koreanCompass(st: State, text: string): void {
  let first = -1;
  for (let k = 0; k < T.n && first < 0; k++) if (COMPASS.has(T.tok[k]!)) first = k;
  if (first < 0) return;
  let korean = st.fileCountries.includes('KP') || st.fileCountries.includes('KR') || st.out.countries.some((c) => c.code === 'KP' || c.code === 'KR');
  for (let k = 0; k < T.n && !korean; k++) korean = KOREAN_CONTEXT.has(T.tok[k]!);
  if (!korean) return;
  for (let k = first; k < T.n; k++) {
    const code = COMPASS.get(T.tok[k]!);
    if (!code) continue;
    const next = T.tok[k + 1] ?? '';
    const bare = T.tok[k]!.endsWith('ern') ? /^\p{Ll}/u.test(next) : (T.tok[k - 1] === 'the' || T.tok[k - 1] === 'The') && !/^\p{Lu}/u.test(next);
    if (bare) addCountry(st, code, 'name', slice(text, k, k + 1));
  }
}

function ambiguousCountryFails(i: number, end: number): boolean {
  if (end - i === 1 && US_STATES.has(T.tok[i]!)) {
    // 'a plant under construction in Georgia': as a bare place, the state is the likelier reading.
    if (precededByPlacePrep(i)) return true;
    const p = prevSkippingDot(i);
    if (p >= 0 && US_STATE_BEFORE.has(T.tok[p]!)) return true;
    if (i >= 2 && T.tok[i - 1] === 'of' && (T.tok[i - 2] === 'State' || T.tok[i - 2] === 'state')) return true;
    if (end < T.n && US_STATE_AFTER.has(T.tok[end]!)) return true;
  }
  // Inside a personal name ('Michael Jordan', 'Chad Wolf').
  return nameLike(i - 1) || nameLike(end);
}

interface State {
  date: string;
  fileCountries: string[];
  /** Token index where the setting after 'sidelines of' ends (0: none yet). */
  settingEnd: number;
  /** The text of a 'the two sides' phrase, if the entry has one. */
  pair: string | null;
  out: Mentions;
  countrySeen: Set<string>;
  /** States named so far only as a place or a topic of the entry (see settingOf). */
  settingOnly: Map<string, Setting>;
  /** True while reading a clause that only dates the news by something else (sceneRanges). */
  inScene: boolean;
  /** Where the last state named by name or adjective ended, and how it was named. */
  lastCountry: { end: number; setting: Setting | undefined };
  personSeen: Set<string>;
  groupingSeen: Set<string>;
  warningSeen: Set<string>;
  pendingGroupings: Array<{ grouping: Grouping; text: string }>;
}

function warn(st: State, w: string): void {
  if (st.warningSeen.has(w)) return;
  st.warningSeen.add(w);
  st.out.warnings.push(w);
}

function addCountry(st: State, code: string, via: Mentions['countries'][number]['via'], text: string, setting?: Setting): void {
  // 'Moscow' and 'Russia' in the Cold War are the Soviet Union.
  if (code === 'RU' && st.date < SOVIET_UNION_ENDS) code = 'SU';
  if (st.inScene && !setting) setting = 'topic';
  if (!setting) st.settingOnly.delete(code);
  if (st.countrySeen.has(code)) return;
  st.countrySeen.add(code);
  if (setting) st.settingOnly.set(code, setting);
  st.out.countries.push({ code, via, text });
}

function memberOn(g: Grouping, code: string, date: string): boolean {
  const since = g.since?.[code];
  return since === undefined || since <= date;
}

/** The grouping is named, and an organisation acts in its own name, but no member is added. */
function noteGrouping(st: State, g: Grouping, text: string): void {
  if (!st.groupingSeen.has(g.id)) {
    st.groupingSeen.add(g.id);
    st.out.groupings.push({ id: g.id, text });
  }
  if (g.organisation) addCountry(st, g.organisation, 'name', text);
}

function addGrouping(st: State, g: Grouping, text: string): void {
  noteGrouping(st, g, text);
  for (const code of g.members) if (memberOn(g, code, st.date)) addCountry(st, code, 'grouping', text);
}

/** Who acts for a grouping's members: 'G7 foreign ministers', 'Quad leaders', 'ASEAN member states'. */
const MEMBER_ACTORS = new Set([
  'leaders', 'leader', 'ministers', 'minister', 'foreign', 'defense', 'defence', 'finance', 'trade', 'economic', 'energy', 'members', 'member',
  'countries', 'nations', 'states', 'governments', 'partners', 'allies', 'heads', 'navies', 'envoys', 'officials', 'senior', 'sherpas',
  'ambassadors', 'diplomats', 'delegations', 'counterparts', 'militaries', 'forces', 'coast',
]);
/** A gathering or a text of the grouping's own: 'the Quad summit is held…', 'a G7 statement condemns…'. */
const OWN_GATHERINGS = new Set([
  'summit', 'summits', 'meeting', 'ministerial', 'talks', 'dialogue', 'consultations', 'statement', 'communique', 'communiqué', 'declaration',
  'joint', 'leaders', 'conference', 'session', 'working', 'exercise', 'exercises', 'drills',
]);
/** Words before a grouping that make it the backdrop of another act: 'at the G20', 'attends the APEC summit'. */
const BACKDROP = new Set([
  'at', 'At', 'during', 'During', 'in', 'In', 'to', 'for', 'before', 'after', 'After', 'following', 'Following', 'amid', 'into', 'on', 'On',
  'about', 'toward', 'towards', 'within', 'under', 'join', 'joins', 'joined', 'joining',
  'outside', 'beyond', 'than', 'like', 'including', 'over', 'against', 'from', 'by', 'with', 'With', 'between',
]);
/** Words skipped when looking back from a grouping to what governs it ('at the annual 2019 G20'). */
const SKIP_BACK = new Set(['the', 'The', 'a', 'an', 'annual', 'first', 'second', 'third', 'latest', 'next', 'upcoming', 'informal', 'virtual', 'extraordinary', 'emergency', 'special', 's', "'", '’', 'of']);
/** Verbs that follow a grouping acting in its own name: 'the G7 condemns…', 'the Quad agreed…'. */
const ACTS = /^(?:[a-z]+(?:s|ed)|met|meet|agree|issue|hold|held|say|said|vow|urge|condemn|call|warn|pledge|launch|adopt|express|welcome|announce|reaffirm|commit)$/;
const NOT_ACTS = new Set(['is', 'was', 'has', 'as', 'its', 'this', 'plus', 'process', 'status', 'series', 'members', 'countries', 'nations', 'states', 'leaders', 'ministers', 'summits', 'talks', 'partners', 'allies', 'officials']);

/**
 * Whether a grouping named at tokens [i, end) takes part (its members are added) or is only the
 * venue or context ('meets Xi on the sidelines of the APEC meeting', 'at the G20', 'joins
 * the CPTPP'). It takes part when its members' representatives act ('G7 foreign ministers
 * issue…'), when it acts in its own name ('the Quad condemns…'), or when the entry is about its
 * own gathering ('The Quad summit is held in Tokyo'); and not when it is governed by a word that
 * makes it a backdrop ('at', 'during'; but attending its summit is taking part in it). An organisation (ASEAN, NATO) acts in its own
 * name and never stands in for its members: only its members' representatives add them.
 */
function groupingTakesPart(i: number, end: number, g: Grouping): boolean {
  let k = end;
  if (k < T.n && (T.tok[k] === "'" || T.tok[k] === '’') && T.tok[k + 1] === 's') k += 2;
  const after = k < T.n ? T.tok[k]!.toLowerCase() : '';
  if (ownGatheringBefore(i)) return true;
  if (MEMBER_ACTORS.has(after)) {
    // 'attends the G20 leaders' summit' is a backdrop; 'G20 leaders agree…' is the members acting.
    const gathering = T.tok.slice(k + 1, k + 5).some((w) => OWN_GATHERINGS.has(w.toLowerCase()) && w !== 'leaders' && w !== 'joint');
    return !(gathering && backdrop(i));
  }
  if (g.organisation) return false;
  if (backdrop(i)) return false;
  if (ACTS.test(after) && !NOT_ACTS.has(after)) return true;
  return OWN_GATHERINGS.has(after);
}

/** 'a ministerial meeting of the Major Economies Forum': the grouping's own gathering. */
function ownGatheringBefore(i: number): boolean {
  let p = i - 1;
  if (p >= 0 && (T.tok[p] === 'the' || T.tok[p] === 'The')) p--;
  return p >= 1 && T.tok[p] === 'of' && OWN_GATHERINGS.has(T.tok[p - 1]!.toLowerCase()) && !inSetting(p - 1);
}

/** 'on the sidelines of a meeting of …': the setting marker a few words back. */
function inSetting(p: number): boolean {
  for (let k = Math.max(0, p - 4); k < p; k++) if (T.tok[k] === 'sidelines' || T.tok[k] === 'margins' || T.tok[k] === 'sideline' || T.tok[k] === 'margin') return true;
  return false;
}

function backdrop(i: number): boolean {
  let p = i - 1;
  while (p >= 0 && (SKIP_BACK.has(T.tok[p]!) || /^\d+(?:st|nd|rd|th)?$/.test(T.tok[p]!) || nameLike(p))) p--;
  return p >= 0 && BACKDROP.has(T.tok[p]!);
}

function slice(text: string, from: number, to: number): string {
  return text.slice(T.start[from]!, T.end[to - 1]!);
}

function saidAsFormer(i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (FORMER.has(T.tok[k]!)) return true;
  return false;
}

function bestLevel(person: Person): number {
  let best = 0;
  for (const role of person.roles) best = Math.max(best, LEVEL_RANK[role.level]);
  return best;
}

/**
 * Picks the person a name stands for. With a title (cue set, or `titled`), title-only aliases
 * count and the office's fit with the title weighs; without, they do not.
 */
function resolvePerson(st: State, term: PersonTerm, cue: number, titled: boolean): { person: Person; role: Role | null } | 'ambiguous' | null {
  let best: PersonCandidate | null = null;
  let bestRole: Role | null = null;
  let bestScore = -1;
  let tie = false;
  for (const cand of term.candidates) {
    if (cand.titleOnly && !titled) continue;
    const role = roleFor(cand.person, st.date, cue);
    const fit = role ? fits(role, cue) : cand.person.roles.some((r) => fits(r, cue));
    const mentioned = st.personSeen.has(cand.person.id);
    const level = role ? LEVEL_RANK[role.level] : bestLevel(cand.person);
    // With a title: in office and fitting it, then fitting it, then in office. Without: named
    // earlier in the entry, then in office. Then the most senior.
    const score = titled
      ? (fit ? 2000 : 0) + (role ? 1000 : 0) + (mentioned ? 100 : 0) + level
      : (mentioned ? 2000 : 0) + (role ? 1000 : 0) + level;
    if (score > bestScore) {
      best = cand;
      bestRole = role;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && cand.person !== best?.person) {
      tie = true;
    }
  }
  if (!best) return null;
  if (tie) return 'ambiguous';
  return { person: best.person, role: bestRole };
}

function addPerson(st: State, person: Person, role: Role | null, text: string, mentionStart: number): void {
  if (!role && !saidAsFormer(mentionStart)) {
    warn(st, person.knownUntil && st.date >= person.knownUntil ? `office not known since ${person.knownUntil.slice(0, 4)}: ${person.name}` : `person out of office on ${st.date}: ${person.name}`);
  }
  const takingPart = !st.inScene && !st.out.people.some((p) => p.id === person.id);
  if (!st.personSeen.has(person.id) || takingPart) {
    st.personSeen.add(person.id);
    if (st.inScene) st.out.mentioned.push({ id: person.id, text });
    else {
      // Named in the scene first, then acting: taking part after all.
      st.out.mentioned = st.out.mentioned.filter((p) => p.id !== person.id);
      st.out.people.push({ id: person.id, text, role: role?.title ?? null, level: role?.level ?? null, country: role?.country ?? person.country });
    }
  }
  addCountry(st, role?.country ?? person.country, 'person', text);
}

/** Longest person alias starting at i: [end, term] or null. */
function personAt(i: number): [number, PersonTerm] | null {
  const count = collectHits(i);
  for (let h = count - 1; h >= 0; h--) {
    const node = hitNode[h]!;
    if (node.person) return [hitEnd[h]!, node.person];
  }
  return null;
}

/** Longest title starting at i: [end, cue] or null. */
function titleAt(i: number): [number, number] | null {
  const count = collectHits(i);
  for (let h = count - 1; h >= 0; h--) {
    const node = hitNode[h]!;
    if (node.title) return [hitEnd[h]!, node.title.cue];
  }
  return null;
}

const PARTICLES = new Set(['von', 'der', 'van', 'de', 'di', 'da', 'le', 'al', 'bin', 'binti', 'dos', 'del']);

/** End of the personal name starting at j (j itself when none): capitalised words, hyphenated parts, particles, initials. */
function nameRunEnd(j: number): number {
  let k = j;
  while (k < T.n) {
    const s = T.tok[k]!;
    if (isWordToken(s)) {
      if (isCapitalised(s)) {
        if (k === j && (NOT_NAMES.has(s) || TERM_FIRST.has(s))) break;
        k++;
        continue;
      }
      if (k > j && T.tok[k - 1] === '-') {
        k++;
        continue;
      }
      if (k > j && PARTICLES.has(s) && k + 1 < T.n && isCapitalised(T.tok[k + 1]!)) {
        k++;
        continue;
      }
      break;
    }
    // A hyphen or apostrophe inside a name ('Heo Tae-kun', "O'Brien"), or the period of an initial ('J. Kerry').
    if ((s === '-' || s === "'") && k > j && k + 1 < T.n && isWordToken(T.tok[k + 1]!) && T.end[k - 1] === T.start[k]) {
      k++;
      continue;
    }
    if (s === '.' && k > j && T.tok[k - 1]!.length === 1 && isCapitalised(T.tok[k - 1]!)) {
      k++;
      continue;
    }
    break;
  }
  // Do not end on a dangling hyphen or apostrophe.
  while (k > j && (T.tok[k - 1] === '-' || T.tok[k - 1] === "'")) k--;
  return k;
}

/**
 * Offices only one state has, so the title names its state even when the holder is someone the
 * gazetteer does not know ('William Brownfield, Assistant Secretary of State for …' acts for the
 * US; 'Chief Cabinet Secretary' is Japan's). The British 'Secretary of State for …' is not the
 * American one.
 */
const TITLE_STATES = new Map<string, string>([
  ...['Secretary of State', 'Deputy Secretary of State', 'Under Secretary of State', 'Assistant Secretary of State', 'Acting Deputy Secretary of State',
    'Secretary of Defense', 'Deputy Secretary of Defense', 'Under Secretary of Defense', 'Assistant Secretary of Defense', 'Acting Secretary of Defense',
    'Secretary of War', 'Secretary of Commerce', 'Trade Representative', 'USTR'].map((t): [string, string] => [t, 'US']),
  ['Chief Cabinet Secretary', 'JP'],
  ['CCS', 'JP'],
]);

function titleState(title: string, end: number): string | undefined {
  if (title === 'Secretary of State' && T.tok[end] === 'for') return 'GB';
  return TITLE_STATES.get(title);
}

/** Handles a title at [i, j): the person it introduces, or an unknown-person warning. Returns where to continue. */
function handleTitle(st: State, text: string, i: number, j: number, cue: number): number {
  const ownState = titleState(slice(text, i, j), j);
  const titleOnly = () => {
    if (ownState) addCountry(st, ownState, 'person', slice(text, i, j));
  };
  // Titles in a row ('Deputy Prime Minister and …' stops; 'Acting Secretary …' is one title).
  for (;;) {
    const more = j < T.n ? titleAt(j) : null;
    if (!more) break;
    j = more[0];
    if (more[1] !== 0) cue = more[1];
  }
  const runEnd = nameRunEnd(j);
  if (runEnd === j) {
    // Not a name: maybe an alias that TERM_FIRST kept out of the run ('President Xi', 'Sultan Ibrahim').
    const hit = j < T.n ? personAt(j) : null;
    if (!hit) {
      titleOnly();
      return j;
    }
    return takePerson(st, text, i, j, hit[0], hit[1], cue);
  }
  for (let k = j; k < runEnd; k++) {
    const hit = personAt(k);
    if (!hit) continue;
    // 'President Kim Dae-jung' is not Kim Jong Un: a known name followed by more of a name is someone we do not know.
    if (hit[0] < runEnd && nameLike(hit[0])) break;
    return takePerson(st, text, i, k, hit[0], hit[1], cue);
  }
  warn(st, `unknown person: ${slice(text, i, j)} ${slice(text, j, runEnd)}`);
  titleOnly();
  return runEnd;
}

function takePerson(st: State, text: string, titleStart: number, k: number, end: number, term: PersonTerm, cue: number): number {
  const name = slice(text, k, end);
  const res = resolvePerson(st, term, cue, true);
  if (res === 'ambiguous') warn(st, `ambiguous person: ${slice(text, titleStart, end)}`);
  else if (res) addPerson(st, res.person, res.role, name, titleStart);
  return end;
}

/** A bare alias: true when taken (or consumed as ambiguous). */
function tryBarePerson(st: State, text: string, i: number, end: number, term: PersonTerm): boolean {
  if (term.single) {
    if (i > 0 && (T.tok[i - 1] === 'the' || T.tok[i - 1] === 'The')) return governmentOf(st, text, i, end, term);
    // 'Cyrus Roberts Vance': the given name and the family name of one person, a middle name between.
    const full = withMiddleName(i, term);
    if (full) {
      const role = roleOn(full, st.date);
      addPerson(st, full, role, slice(text, i - 2, end), i - 2);
      return true;
    }
    // Part of a longer name we do not know ('Hunter Biden', 'Lee Kuan Yew').
    if (nameLike(end) || nameLike(i - 1)) return false;
  }
  const res = resolvePerson(st, term, 0, false);
  if (res === null) return false;
  // A lone family name of someone out of office on the date is more likely a word ('May 24')
  // or someone else; with a full name or a title the person is still recognised.
  if (term.single && res !== 'ambiguous' && res.role === null && !st.personSeen.has(res.person.id)) return false;
  const name = slice(text, i, end);
  if (res === 'ambiguous') {
    warn(st, `ambiguous person: ${name}`);
    return true;
  }
  addPerson(st, res.person, res.role, name, i);
  return true;
}

const GOVERNMENT_WORDS = new Set(['Cabinet', 'cabinet', 'administration', 'Administration', 'government', 'Government', 'regime', 'White']);

/** 'the Abe Cabinet', 'the Obama administration': the government the leader heads acts, not the person. */
function governmentOf(st: State, text: string, i: number, end: number, term: PersonTerm): boolean {
  if (end >= T.n || !GOVERNMENT_WORDS.has(T.tok[end]!) || (T.tok[end] === 'White' && T.tok[end + 1] !== 'House')) return false;
  const res = resolvePerson(st, term, 0, false);
  if (res === null || res === 'ambiguous') return false;
  addCountry(st, res.role?.country ?? res.person.country, 'person', slice(text, i, end + 1));
  return true;
}

/** The person whose given name stands two words before their family name at i, with one middle name (or initial) between. */
function withMiddleName(i: number, term: PersonTerm): Person | null {
  if (i < 2 || nameLike(i + 1)) return null;
  const middle = T.tok[i - 1]!;
  const given = T.tok[i - 2]!;
  if (!nameLike(i - 1) || !isCapitalised(given)) return null;
  const found = term.candidates.filter((c) => c.person.name.split(' ')[0] === given && c.person.name.split(' ').at(-1) === T.tok[i] && middle.length > 0);
  return found.length === 1 ? found[0]!.person : null;
}

function tryCountry(st: State, text: string, i: number, end: number, term: CountryTerm): boolean {
  let setting: Setting | undefined;
  if (term.via === 'capital' || term.via === 'institution') {
    if (term.ambiguous) return false;
    // 'a former CIA officer', 'ex-Samsung engineer': the person's past, not the body acting.
    if (term.via === 'institution' && saidAsFormer(i)) return false;
    if (precededByPlacePrep(i) && !travelDestination(i)) {
      // 'holds talks with officials in Tokyo': the capital may name the host (see hostCues).
      if (term.via !== 'capital' || T.tok[i - 1] !== 'in') return false;
      setting = 'host';
    }
    if (nameLike(end)) return false;
    if (end + 1 < T.n && T.tok[end] === '-' && !isCapitalised(T.tok[end + 1]!)) return false;
  } else {
    // 'such as Syria and North Korea': a list goes on as it began.
    const listed = (T.tok[i - 1] === 'and' || T.tok[i - 1] === 'or' || T.tok[i - 1] === ',') && st.lastCountry.end === i - 1;
    setting = listed ? st.lastCountry.setting : settingOf(i);
    if (qualifiesPlace(i)) return false;
    // 'by train via Poland to Kyiv': a country passed through does not take part.
    if (T.tok[i - 1] === 'via' || (T.tok[i - 1] === 'the' && T.tok[i - 2] === 'via')) return false;
    if (inTitleRemit(i)) return false;
    if (term.ambiguous && ambiguousCountryFails(i, end)) return false;
  }
  const s = slice(text, i, end);
  if (term.korea) {
    const fc = st.fileCountries;
    addCountry(st, fc.includes('KP') && !fc.includes('KR') ? 'KP' : 'KR', term.via, s);
    return true;
  }
  for (const code of term.codes) addCountry(st, code === 'TW' && st.date < ROC_ON_TAIWAN && ROC_NAMES.test(s) ? 'CN' : code, term.via, s, setting);
  if (term.via === 'name' || term.via === 'adjective') st.lastCountry = { end, setting };
  return true;
}

/** The Republic of China governed the mainland until its government moved to Taipei. */
const ROC_ON_TAIWAN = '1949-12-07';
const ROC_NAMES = /^(Republic of China|ROC|R\.O\.C\.|Nationalist China)$/;

/**
 * How a state named only as where something happened or what it was about is read, once the
 * whole entry is known (the labelling guide: places and topics alone add no state):
 * - 'topic' ('talks on North Korea', 'the situation in Syria', 'issues such as Syria'): dropped
 *   when another state takes part;
 * - 'place' ('a meeting in Singapore'): dropped when two other states take part, the venue of
 *   their meeting; kept otherwise, as the guide's counterpart of a visit or a named place of
 *   an act of its own;
 * - 'host' (a capital after 'in', 'talks with officials in Tokyo'): kept only when at most one
 *   other state takes part and the entry is about meeting someone there.
 */
type Setting = 'place' | 'topic' | 'host';

const PLACE_WORDS = new Set(['in', 'at', 'near', 'off', 'inside', 'outside', 'around', 'across', 'within', 'In', 'At', 'Near', 'Off']);
const TOPIC_WORDS = new Set(['on', 'over', 'about', 'regarding', 'concerning', 'On', 'Over', 'About', 'Regarding']);
/** Nouns and verbs after which 'on X' names a target or addressee, who counts: 'sanctions on Iran', 'calls on Tokyo'. */
const TARGET_ON = new Set([
  'sanctions', 'sanction', 'tariffs', 'tariff', 'duties', 'duty', 'pressure', 'attack', 'attacks', 'strike', 'strikes', 'embargo', 'ban', 'bans',
  'restrictions', 'curbs', 'controls', 'war', 'calls', 'call', 'called', 'calling', 'pressing', 'presses', 'press', 'pressed', 'levies', 'imposes',
  'imposed', 'declares', 'declared', 'raid', 'raids', 'fire', 'fired', 'fires', 'crackdown', 'limits', 'measures',
]);
/** Words of a place or subject between the preposition and the state: 'the situation in Syria', 'in the Republic of'. */
const TOPIC_NOUNS = new Set(['situation', 'crisis', 'conflict', 'war', 'unrest', 'developments', 'events', 'fighting', 'violence', 'issue', 'issues', 'question']);

function settingOf(i: number): Setting | undefined {
  let p = i - 1;
  if (p >= 0 && (T.tok[p] === 'the' || T.tok[p] === 'The')) p--;
  if (p < 0) return undefined;
  const w = T.tok[p]!;
  if (w === 'as' && T.tok[p - 1] === 'such') return 'topic';
  if (TOPIC_WORDS.has(w)) return p > 0 && TARGET_ON.has(T.tok[p - 1]!) ? undefined : 'topic';
  if (PLACE_WORDS.has(w)) {
    if (w === 'in' && p > 0 && (TOPIC_NOUNS.has(T.tok[p - 1]!) || ARRIVE_IN.has(T.tok[p - 1]!))) return T.tok[p - 1] && TOPIC_NOUNS.has(T.tok[p - 1]!) ? 'topic' : undefined;
    return 'place';
  }
  return undefined;
}

/** Words that make an entry about meeting someone: the host of the place then takes part. */
const HOST_CUES = /\b(?:talks|meets?|met|meeting|meetings|consultations?|officials|counterparts?|dialogue|visits?|visited|visiting|discussions?|negotiations?|calls? on)\b/i;

function settleSettings(st: State, text: string): void {
  if (st.settingOnly.size === 0) return;
  const actors = st.out.countries.filter((c) => !st.settingOnly.has(c.code) && countryIndex.has(c.code)).length;
  const hosted = HOST_CUES.test(text);
  const drop = new Set<string>();
  for (const [code, setting] of st.settingOnly) {
    if (setting === 'topic' ? actors >= 1 : setting === 'place' ? actors >= 2 : actors >= 2 || !hosted) drop.add(code);
  }
  if (drop.size) {
    st.out.countries = st.out.countries.filter((c) => !drop.has(c.code));
    st.out.mentionedCountries = [...drop].filter((code) => countryIndex.has(code));
  }
}

/**
 * The countries, groupings and people `text` names, as of `onDate` (YYYY-MM-DD). Countries,
 * people and groupings are listed once each, in order of first mention.
 */
export function findMentions(text: string, onDate: string, context: MatchContext = {}): Mentions {
  return match(text, onDate, context);
}

/**
 * A findMentions that also knows `extraPeople` (the analyst's own) and `extraTerms` (names the
 * analyst taught the reader, each standing for a state). A person whose id is a built-in one
 * replaces it. The built-in trie is not touched: the finder reads a copy that
 * shares every node except those on the paths of the changed names.
 */
export function createMentionFinder(extraPeople: readonly Person[], extraTerms: ReadonlyArray<{ term: string; country: string }> = []): typeof findMentions {
  if (extraPeople.length === 0 && extraTerms.length === 0) return findMentions;
  const trie: Trie = new Map(builtIn);
  const own = new Set<TrieNode>();
  const nodeAt = (s: string): TrieNode => {
    const toks = tokensOf(s);
    if (toks.length === 0) throw new Error(`gazetteer: empty term "${s}"`);
    let map = trie;
    let node: TrieNode | undefined;
    for (let i = 0; i < toks.length; i++) {
      node = map.get(toks[i]!);
      if (!node) node = newNode();
      else if (!own.has(node)) {
        node = { ...node, next: node.next && new Map(node.next), person: node.person && { ...node.person, candidates: [...node.person.candidates] } };
      }
      own.add(node);
      map.set(toks[i]!, node);
      if (i < toks.length - 1) map = node.next ??= new Map();
    }
    return node!;
  };
  const replaced = new Set(extraPeople.map((p) => p.id));
  for (const old of people) {
    if (!replaced.has(old.id)) continue;
    for (const [s] of personTerms(old)) {
      const node = nodeAt(s);
      const left = node.person!.candidates.filter((c) => c.person.id !== old.id);
      node.person = left.length ? { ...node.person!, candidates: left } : null;
    }
  }
  for (const person of extraPeople) addPersonTerms(person, nodeAt);
  // What the analyst taught wins over what the gazetteer says of the same words.
  for (const { term, country } of extraTerms) {
    if (tokensOf(term).length === 0) continue;
    const node = nodeAt(term);
    node.country = { k: 'country', codes: [country], via: 'name', ambiguous: false, korea: false };
    node.person = null;
    node.grouping = null;
  }
  return (text, onDate, context = {}) => {
    root = trie;
    try {
      return match(text, onDate, context);
    } finally {
      root = builtIn;
    }
  };
}

/**
 * Token ranges of clauses that only place the news in time by another event: 'a week after
 * Kim's first summit with Trump', 'ahead of the expected summit between Kim and Trump', 'on the
 * eve of a meeting between Trump and Xi', 'to prepare Obama's visit'. States and people named
 * there are context: the states drop out when another state takes part (settleSettings), the
 * people are listed as mentioned, not taking part. A clause runs to the next comma, semicolon,
 * dash or full stop.
 */
const SCENE_OPENERS: ReadonlyArray<readonly string[]> = [
  ['ahead', 'of'], ['eve', 'of'], ['run', '-', 'up', 'to'], ['in', 'the', 'wake', 'of'], ['weeks', 'after'], ['days', 'after'], ['months', 'after'],
  ['week', 'after'], ['day', 'after'], ['month', 'after'], ['weeks', 'before'], ['days', 'before'], ['week', 'before'], ['day', 'before'],
  ['Ahead', 'of'],
  // Purpose: 'travel to Beijing to prepare Obama's visit'.
  ['to', 'prepare'], ['in', 'preparation', 'for'], ['to', 'lay', 'the', 'groundwork'], ['to', 'pave', 'the', 'way'], ['to', 'arrange'],
];
const SCENE_ENDS = new Set([',', ';', '—', '–', '.', '(', ')']);

/** A clause break; the full stop of an abbreviation ('U.S.', 'Mr.') is not one. */
function sceneEndsAt(e: number): boolean {
  const t = T.tok[e]!;
  if (t === '.') return !(e > 0 && /^\p{L}{1,2}$/u.test(T.tok[e - 1]!));
  return SCENE_ENDS.has(t) || (t === '-' && T.tok[e + 1] === '-');
}

function sceneRanges(): Uint8Array {
  const inside = new Uint8Array(T.n);
  for (let k = 0; k < T.n; k++) {
    const opener = SCENE_OPENERS.find((o) => o.every((w, x) => T.tok[k + x] === w));
    if (!opener) continue;
    let e = k + opener.length;
    while (e < T.n && !sceneEndsAt(e)) inside[e++] = 1;
    k = e;
  }
  return inside;
}

function match(text: string, onDate: string, context: MatchContext): Mentions {
  const st: State = {
    date: onDate,
    fileCountries: context.fileCountries ?? [],
    settingEnd: 0,
    pair: null,
    out: { countries: [], people: [], groupings: [], mentioned: [], mentionedCountries: [], warnings: [] },
    countrySeen: new Set(),
    settingOnly: new Map(),
    lastCountry: { end: -1, setting: undefined },
    inScene: false,
    personSeen: new Set(),
    groupingSeen: new Set(),
    warningSeen: new Set(),
    pendingGroupings: [],
  };
  tokenize(text, T);
  const n = T.n;
  const scene = sceneRanges();
  let i = 0;
  while (i < n) {
    st.inScene = scene[i] === 1;
    const count = collectHits(i);
    if (count === 0) {
      i++;
      continue;
    }
    let next = -1;
    // Longest first; at one length: blocked name, person, grouping, country, title.
    for (let h = count - 1; h >= 0 && next < 0; h--) {
      const node = hitNode[h]!;
      const end = hitEnd[h]!;
      if (node.block) {
        next = end;
        break;
      }
      if (node.person && tryBarePerson(st, text, i, end, node.person)) {
        next = end;
        break;
      }
      if (node.marker) {
        if (node.marker === 'setting') st.settingEnd = settingEnd(end);
        else st.pair ??= slice(text, i, end);
        next = end;
        break;
      }
      if ((i < st.settingEnd && (node.grouping || node.country)) || (node.grouping && groupingAsOffice(i, end))) {
        next = end;
        break;
      }
      if (node.grouping) {
        const g = node.grouping;
        const s = slice(text, i, end);
        if (g.ambiguous) st.pendingGroupings.push({ grouping: g.grouping, text: s });
        else if (groupingTakesPart(i, end, g.grouping)) addGrouping(st, g.grouping, s);
        else noteGrouping(st, g.grouping, s);
        next = end;
        break;
      }
      if (node.country && tryCountry(st, text, i, end, node.country)) {
        next = end;
        break;
      }
      if (node.title) {
        next = handleTitle(st, text, i, end, node.title.cue);
        break;
      }
    }
    i = next > i ? next : i + 1;
  }

  for (const { grouping, text: s } of st.pendingGroupings) {
    const members = new Set(grouping.members);
    const fc = st.fileCountries;
    const fileFits = fc.length > 0 && fc.every((c) => members.has(c));
    const noOutsider = st.out.countries.every((c) => c.via === 'grouping' || members.has(c.code));
    if (fileFits && noOutsider) addGrouping(st, grouping, s);
  }

  st.inScene = false;
  koreanCompass(st, text);
  if (BOTH_KOREAS.test(text)) for (const code of ['KP', 'KR']) addCountry(st, code, 'name', BOTH_KOREAS.exec(text)![0]);
  settleSettings(st, text);
  const fc = st.fileCountries;
  if (st.pair !== null && fc.length === 2 && st.out.countries.every((c) => fc.includes(c.code))) {
    for (const code of fc) addCountry(st, code, 'file', st.pair);
  }

  if (st.out.countries.length === 0) warn(st, 'no country found');
  return st.out;
}
