import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countries, NON_UN_STATES } from './countries.ts';
import { groupings } from './groupings.ts';
import { countryCodeForName } from './lookup.ts';
import { buildProblems, findMentions, roleOn } from './match.ts';
import { people, type Person, type Role } from './people.ts';

const codes = new Set(countries.map((c) => c.code));
const regionName = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function monthStarts(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const d = `${y}-${String(m).padStart(2, '0')}-01`;
    if (d > to) return out;
    out.push(d);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
}

// -------------------------------------------------------------------------------------------
// Countries
// -------------------------------------------------------------------------------------------

test('country codes are unique and well-formed', () => {
  assert.equal(codes.size, countries.length);
  for (const c of countries) {
    if (c.kind === 'state') assert.match(c.code, /^[A-Z]{2}$/, c.name);
    else assert.match(c.code, /^[A-Z]{2,5}$/, c.name);
  }
});

test('the 193 UN member states, the six others and three former states, each a real ISO 3166 region', () => {
  const states = countries.filter((c) => c.kind === 'state');
  const former = ['DD', 'SU', 'YU'];
  assert.deepEqual([...NON_UN_STATES].sort(), ['HK', 'MO', 'PS', 'TW', 'VA', 'XK']);
  assert.deepEqual(states.filter((c) => former.includes(c.code)).map((c) => c.code).sort(), former);
  assert.equal(states.length - NON_UN_STATES.length - former.length, 193);
  for (const c of states) {
    if (former.includes(c.code)) continue;
    const name = regionName.of(c.code);
    assert.ok(name && name !== c.code, `${c.code} (${c.name}) is not an ISO region`);
  }
});

test('alpha-3 codes are unique three-letter codes; organisations have none', () => {
  const seen = new Set<string>();
  for (const c of countries) {
    if (c.kind === 'organisation') {
      assert.equal(c.alpha3, '', c.code);
      continue;
    }
    assert.match(c.alpha3, /^[A-Z]{3}$/, c.code);
    assert.ok(!seen.has(c.alpha3), `duplicate alpha-3 ${c.alpha3}`);
    seen.add(c.alpha3);
  }
  assert.equal(countries.find((c) => c.code === 'XK')?.alpha3, 'XKX');
  assert.equal(countries.find((c) => c.code === 'KP')?.alpha3, 'PRK');
  assert.equal(countries.find((c) => c.code === 'KR')?.alpha3, 'KOR');
});

test('organisation codes do not clash with ISO codes; the African Union is not AU', () => {
  assert.deepEqual(countries.filter((c) => c.kind === 'organisation').map((c) => c.code), ['EU', 'UN', 'NATO', 'ASEAN', 'AFU']);
  assert.equal(countries.find((c) => c.code === 'AU')?.name, 'Australia');
  assert.equal(countries.find((c) => c.code === 'AFU')?.name, 'African Union');
});

test('no name, alias, adjective or capital stands for two countries; ambiguous strings are the country’s own', () => {
  assert.deepEqual(buildProblems, []);
  for (const c of countries) {
    const own = new Set([c.name, c.shortName, ...c.aliases, ...c.adjectives, c.capital, ...(c.capitalAliases ?? [])]);
    for (const a of c.ambiguous ?? []) assert.ok(own.has(a), `${c.code}: ambiguous "${a}" is not one of its names`);
  }
});

test('the Koreas, China and Japan carry the names chronologies use', () => {
  const kr = countries.find((c) => c.code === 'KR')!;
  for (const a of ['ROK', 'Republic of Korea', 'S. Korea', 'Korea']) assert.ok(kr.aliases.includes(a), a);
  assert.ok(kr.adjectives.includes('South Korean'));
  assert.ok(kr.ambiguous?.includes('Korea'));
  const kp = countries.find((c) => c.code === 'KP')!;
  for (const a of ['DPRK', 'N. Korea', "Democratic People's Republic of Korea"]) assert.ok(kp.aliases.includes(a), a);
  assert.ok(kp.adjectives.includes('North Korean'));
  assert.equal(kp.capital, 'Pyongyang');
  const cn = countries.find((c) => c.code === 'CN')!;
  assert.ok(cn.aliases.includes('PRC') && cn.aliases.includes("People's Republic of China"));
  assert.ok(cn.adjectives.includes('Chinese'));
  assert.equal(cn.capital, 'Beijing');
  assert.ok(countries.find((c) => c.code === 'JP')!.adjectives.includes('Japanese'));
  const us = countries.find((c) => c.code === 'US')!;
  for (const a of ['U.S.', 'USA', 'United States of America', 'America']) assert.ok(us.aliases.includes(a), a);
  for (const a of ['American', 'US', 'U.S.']) assert.ok(us.adjectives.includes(a), a);
});

test('risky aliases are marked ambiguous', () => {
  const amb = (code: string) => countries.find((c) => c.code === code)!.ambiguous ?? [];
  assert.ok(amb('GE').includes('Georgia'));
  assert.ok(amb('JO').includes('Jordan'));
  assert.ok(amb('TD').includes('Chad'));
  assert.ok(amb('TR').includes('Turkey'));
  assert.ok(amb('GN').includes('Guinea'));
  assert.ok(amb('CG').includes('Congo'));
});

test('heading names resolve to codes', () => {
  assert.equal(countryCodeForName('US'), 'US');
  assert.equal(countryCodeForName('U.S.'), 'US');
  assert.equal(countryCodeForName('JAPAN'), 'JP');
  assert.equal(countryCodeForName('South Korea'), 'KR');
  assert.equal(countryCodeForName('Korea'), 'KR');
  assert.equal(countryCodeForName('china'), 'CN');
  assert.equal(countryCodeForName('the Philippines'), 'PH');
  assert.equal(countryCodeForName('Southeast Asia'), undefined);
});

// -------------------------------------------------------------------------------------------
// Groupings
// -------------------------------------------------------------------------------------------

test('grouping ids are unique and every member is a known code', () => {
  assert.equal(new Set(groupings.map((g) => g.id)).size, groupings.length);
  for (const g of groupings) {
    assert.equal(g.kind, 'grouping');
    assert.equal(new Set(g.members).size, g.members.length, `${g.id}: duplicate member`);
    for (const m of g.members) assert.ok(codes.has(m), `${g.id}: unknown member ${m}`);
    for (const [m, since] of Object.entries(g.since ?? {})) {
      assert.ok(g.members.includes(m), `${g.id}: since for non-member ${m}`);
      assert.ok(isDate(since), `${g.id}: bad date ${since}`);
    }
    if (g.organisation) assert.ok(codes.has(g.organisation), g.id);
    for (const a of g.ambiguous ?? []) assert.ok(g.aliases.includes(a), `${g.id}: ambiguous "${a}" is not an alias`);
  }
});

test('grouping memberships', () => {
  const members = (id: string) => groupings.find((g) => g.id === id)!.members;
  assert.deepEqual(members('QUAD'), ['AU', 'IN', 'JP', 'US']);
  assert.deepEqual(members('AUKUS'), ['AU', 'GB', 'US']);
  assert.deepEqual(members('JUSROK'), ['US', 'JP', 'KR']);
  assert.deepEqual(members('G7'), ['US', 'JP', 'DE', 'FR', 'GB', 'IT', 'CA']);
  assert.equal(members('G20').length, 21);
  assert.ok(members('G20').includes('AFU') && members('G20').includes('AU'));
  assert.equal(members('IPEF').length, 14);
  assert.equal(members('APEC').length, 21);
  assert.ok(members('APEC').includes('TW') && members('APEC').includes('HK'));
  assert.equal(members('NATO').length, 32);
  assert.deepEqual(members('JUMPP'), ['JP', 'US', 'KH', 'LA', 'MM', 'TH', 'VN']);
  assert.equal(groupings.find((g) => g.id === 'ASEAN')!.since?.['TL'], '2025-10-26');
});

// -------------------------------------------------------------------------------------------
// People
// -------------------------------------------------------------------------------------------

test('person ids are unique slugs; countries are known; aliases are not titles', () => {
  const ids = new Set<string>();
  for (const p of people) {
    assert.match(p.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, p.id);
    assert.ok(!ids.has(p.id), `duplicate id ${p.id}`);
    ids.add(p.id);
    assert.ok(codes.has(p.country), `${p.id}: unknown country ${p.country}`);
    assert.ok(p.roles.length > 0, `${p.id}: no roles`);
    for (const a of p.ambiguous ?? []) assert.ok(p.aliases.includes(a), `${p.id}: ambiguous "${a}" is not an alias`);
    for (const a of p.aliases) {
      assert.doesNotMatch(a, /^(President|Prime Minister|Secretary|Minister|FM|PM|Gov\.|Sen\.) /, `${p.id}: alias "${a}" starts with a title`);
    }
  }
});

test('tenures are well-formed', () => {
  for (const p of people) {
    for (const r of p.roles) {
      assert.ok(r.title.length > 0, p.id);
      assert.ok(['leader', 'minister', 'official'].includes(r.level), `${p.id}: level ${r.level}`);
      assert.ok(isDate(r.from), `${p.id} ${r.title}: from ${r.from}`);
      if (r.to !== null) {
        assert.ok(isDate(r.to), `${p.id} ${r.title}: to ${r.to}`);
        assert.ok(r.from <= r.to, `${p.id} ${r.title}: ${r.from} after ${r.to}`);
      }
      assert.ok(r.to === null || r.to <= '2026-12-31', `${p.id}: ends in the future`);
      if (r.country) assert.ok(codes.has(r.country), `${p.id}: unknown role country ${r.country}`);
    }
  }
});

test('no person holds the same title twice at once', () => {
  for (const p of people) {
    const byTitle = new Map<string, Role[]>();
    for (const r of p.roles) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), r]);
    for (const [title, roles] of byTitle) {
      const sorted = [...roles].sort((a, b) => a.from.localeCompare(b.from));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1]!;
        assert.ok(prev.to !== null && prev.to <= sorted[i]!.from, `${p.id}: overlapping "${title}" roles`);
      }
    }
  }
});

const FOREIGN = /Foreign|External Affairs|^Secretary of State$/;
const DEFENCE = /Defen[cs]e|Armed Forces|People's Armed Forces/;
const DEPUTY = /Deputy(?! Prime Minister and)|Vice|Under|Assistant|Minister of State|Second Minister|Senior Minister of State|State Secretary|\bII\b|Industry|Policy|Director/;

function holders(country: string, date: string, ok: (r: Role) => boolean): Person[] {
  return people.filter((p) => p.roles.some((r) => (r.country ?? p.country) === country && r.from <= date && (r.to === null || date < r.to) && ok(r)));
}

const COVERED = ['US', 'JP', 'DE', 'FR', 'GB', 'IT', 'CA', 'CN', 'KR', 'KP', 'AU', 'IN', 'RU', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'];
/** Head of state/government of AU and CA is the monarch, listed under GB. */
const MONARCH_REALMS = new Set(['AU', 'CA']);
/** Months that really had no foreign/defence minister in office on the 1st. */
const KNOWN_GAPS = new Set([
  'CN defence 2023-11-01', 'CN defence 2023-12-01', // Li Shangfu removed, Dong Jun not yet appointed
  'FR defence 2025-10-01', // Lecornu moved to prime minister; no new Armed Forces minister until Vautrin (caretaker not listed)
  // Malaysia: no cabinet between Mahathir's resignation and Muhyiddin's cabinet (2020-03-10), nor before Anwar's (2022-12-03).
  'MY foreign 2020-03-01', 'MY defence 2020-03-01', 'MY foreign 2022-12-01', 'MY defence 2022-12-01',
]);

test('coverage: a leader, a foreign minister and a defence minister for every covered state, every month 2020-01 to 2026-11', () => {
  const missing: string[] = [];
  for (const date of monthStarts('2020-01-01', '2026-11-01')) {
    for (const c of COVERED) {
      if (holders(c, date, (r) => r.level === 'leader').length === 0 && !MONARCH_REALMS.has(c)) missing.push(`${c} leader ${date}`);
      if (holders(c, date, (r) => FOREIGN.test(r.title) && !DEPUTY.test(r.title)).length === 0) missing.push(`${c} foreign ${date}`);
      if (holders(c, date, (r) => DEFENCE.test(r.title) && !DEPUTY.test(r.title) && r.level !== 'official').length === 0) missing.push(`${c} defence ${date}`);
    }
  }
  assert.deepEqual(missing.filter((m) => !KNOWN_GAPS.has(m)), []);
});

test('coverage: US cabinet extras and Japan’s Chief Cabinet Secretary, 2020-01 to 2026-11', () => {
  const missing: string[] = [];
  for (const date of monthStarts('2020-01-01', '2026-11-01')) {
    const need: Array<[string, string, RegExp]> = [
      ['US', 'commerce', /^Secretary of Commerce$/],
      ['US', 'USTR', /^Trade Representative$/],
      ['US', 'NSA', /National Security Adviser/],
      ['JP', 'CCS', /^Chief Cabinet Secretary$/],
    ];
    for (const [c, what, re] of need) if (holders(c, date, (r) => re.test(r.title)).length === 0) missing.push(`${c} ${what} ${date}`);
  }
  // Commerce and USTR were vacant in the first weeks of each administration (acting officials not listed).
  const allowed = new Set(['US commerce 2021-02-01', 'US commerce 2021-03-01', 'US USTR 2021-02-01', 'US USTR 2021-03-01', 'US commerce 2025-02-01', 'US USTR 2025-02-01']);
  assert.deepEqual(missing.filter((m) => !allowed.has(m)), []);
  const climate = people.find((p) => p.id === 'kerry-john')!;
  assert.equal(roleOn(climate, '2023-03-14')?.title, 'Special Presidential Envoy for Climate');
});

test('one person, several offices: Hayashi', () => {
  const hayashi = people.find((p) => p.id === 'hayashi-yoshimasa')!;
  assert.equal(roleOn(hayashi, '2023-01-11')?.title, 'Foreign Minister');
  assert.equal(roleOn(hayashi, '2023-10-01'), null);
  assert.equal(roleOn(hayashi, '2024-06-01')?.title, 'Chief Cabinet Secretary');
});

/**
 * Everyone named in the US–Japan seed chronology (Jan–Apr 2023), as written there, with the
 * date of the entry: each must resolve to the right person, in office on that date.
 */
const SEED_OFFICIALS: Array<[written: string, date: string, id: string]> = [
  ['Secretary of State Antony Blinken', '2023-01-11', 'blinken-antony'],
  ['Secretary of Defense Lloyd Austin', '2023-01-11', 'austin-lloyd'],
  ['Foreign Minister Hayashi Yoshimasa', '2023-01-11', 'hayashi-yoshimasa'],
  ['Defense Minister Yasukazu Hamada', '2023-01-11', 'hamada-yasukazu'],
  ['Secretary Blinken', '2023-01-11', 'blinken-antony'],
  ['FM Hayashi', '2023-01-11', 'hayashi-yoshimasa'],
  ['President Biden', '2023-01-13', 'biden-joe'],
  ['Prime Minister Kishida', '2023-01-13', 'kishida-fumio'],
  ['Deputy Secretary of State Wendy Sherman', '2023-02-13', 'sherman-wendy'],
  ['Vice Minister for Foreign Affairs Mori Takeo', '2023-02-13', 'mori-takeo'],
  ['South Korean First Vice Minister Cho Hyundong', '2023-02-13', 'cho-hyun-dong'],
  ['Deputy Secretary Sherman', '2023-02-14', 'sherman-wendy'],
  ['Vice FM Mori', '2023-02-14', 'mori-takeo'],
  ['South Korean Minister of Foreign Affairs Park Jin', '2023-02-18', 'park-jin'],
  ['US Sen. Tammy Duckworth', '2023-02-21', 'duckworth-tammy'],
  ['Australian Minister for Foreign Affairs Penny Wong', '2023-03-03', 'wong-penny'],
  ['Indian Minister of External Affairs Subrahmanyam Jaishankar', '2023-03-03', 'jaishankar-subrahmanyam'],
  ['Special Presidential Envoy for Climate John Kerry', '2023-03-14', 'kerry-john'],
  ['VFM Affairs Mori', '2023-03-15', 'mori-takeo'],
  ['Korean President Yoon Suk Yeol', '2023-03-16', 'yoon-suk-yeol'],
  ['President Volodymyr Zelenskyy', '2023-03-21', 'zelenskyy-volodymyr'],
  ['Colorado Gov. Jared Polis', '2023-03-29', 'polis-jared'],
  ['Chief Cabinet Secretary Matsuno Hirokazu', '2023-04-05', 'matsuno-hirokazu'],
  ['US Special Representative for the DPRK Sung Kim', '2023-04-07', 'kim-sung'],
  ['Director-General of the Asian and Oceanian Affairs Bureau Takehiro Funakoshi', '2023-04-07', 'funakoshi-takehiro'],
  ['Special Representative for Korean Peninsula Peace and Security Affairs Kim Gunn', '2023-04-07', 'kim-gunn'],
  ['Assistant Secretary of Defense for Indo-Pacific Security Affairs Ely Ratner', '2023-04-14', 'ratner-ely'],
  ['Director General for Defense Policy Masuda Kazuo', '2023-04-14', 'masuda-kazuo'],
  ['Korean Deputy Minister for National Defense Policy Heo Tae-kun', '2023-04-14', 'heo-tae-keun'],
  ['US First Lady Jill Biden', '2023-04-18', 'biden-jill'],
  ['Japanese First Lady Kishida Yuko', '2023-04-18', 'kishida-yuko'],
  ['US Trade Representative Katherine Tai', '2023-04-19', 'tai-katherine'],
  ['Florida Gov. Ron DeSantis', '2023-04-24', 'desantis-ron'],
  ['DeSantis', '2023-04-24', 'desantis-ron'],
  ['Deputy Secretary of Defense Kathleen Hicks', '2023-04-26', 'hicks-kathleen'],
  ['Under Secretary of Defense for Policy Colin Kahl', '2023-04-26', 'kahl-colin'],
  ['Vice-Minister of Defense Suzuki Atsuo', '2023-04-26', 'suzuki-atsuo'],
  ['Virginia Gov. Glenn Youngkin', '2023-04-27', 'youngkin-glenn'],
  ['South Korean President Yoon', '2023-04-27', 'yoon-suk-yeol'],
  ['Secretary of Commerce Gina Raimondo', '2023-04-28', 'raimondo-gina'],
];

test('every official named in the seed chronology resolves, in office on the entry’s date', () => {
  for (const [written, date, id] of SEED_OFFICIALS) {
    const m = findMentions(written, date);
    assert.deepEqual(m.people.map((p) => p.id), [id], written);
    assert.notEqual(m.people[0]!.role, null, `${written}: not in office on ${date}`);
    assert.deepEqual(m.warnings, [], written);
  }
});
