import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryByCode, findMentions, personById, roleOn, type Mentions } from './match.ts';

const codes = (m: Mentions) => m.countries.map((c) => c.code);
const ids = (m: Mentions) => m.people.map((p) => p.id);
const groupingIds = (m: Mentions) => m.groupings.map((g) => g.id);

const G7 = ['US', 'JP', 'DE', 'FR', 'GB', 'IT', 'CA'];

// -------------------------------------------------------------------------------------------
// Countries, people and groupings in typical entries
// -------------------------------------------------------------------------------------------

test('two ministers meeting in a capital: their countries, not the capital', () => {
  const m = findMentions('Secretary of State Antony Blinken and Foreign Minister Hayashi Yoshimasa hold talks in Washington, DC.', '2023-01-11');
  assert.deepEqual(m.countries, [
    { code: 'US', via: 'person', text: 'Antony Blinken' },
    { code: 'JP', via: 'person', text: 'Hayashi Yoshimasa' },
  ]);
  assert.deepEqual(m.people, [
    { id: 'blinken-antony', text: 'Antony Blinken', role: 'Secretary of State', level: 'minister', country: 'US' },
    { id: 'hayashi-yoshimasa', text: 'Hayashi Yoshimasa', role: 'Foreign Minister', level: 'minister', country: 'JP' },
  ]);
  assert.deepEqual(m.groupings, []);
  assert.deepEqual(m.warnings, []);
});

test('countries by name, in order of first mention', () => {
  const m = findMentions('Japan and the Netherlands agree to curb chip-tool exports to China.', '2023-01-27');
  assert.deepEqual(m.countries, [
    { code: 'JP', via: 'name', text: 'Japan' },
    { code: 'NL', via: 'name', text: 'Netherlands' },
    { code: 'CN', via: 'name', text: 'China' },
  ]);
});

test('a grouping adds itself and its members, after the countries already named', () => {
  const m = findMentions('US, Japan, Australia, and India launch the Quad Cyber Challenge.', '2023-02-08');
  assert.deepEqual(codes(m), ['US', 'JP', 'AU', 'IN']);
  assert.deepEqual(m.groupings, [{ id: 'QUAD', text: 'Quad' }]);
  assert.deepEqual(m.countries.map((c) => c.via), ['name', 'name', 'name', 'name']);
});

test('a leader visiting another leader', () => {
  const m = findMentions('Prime Minister Kishida visits Ukraine to meet President Volodymyr Zelenskyy.', '2023-03-21');
  assert.deepEqual(codes(m), ['JP', 'UA']);
  assert.deepEqual(ids(m), ['kishida-fumio', 'zelenskyy-volodymyr']);
  assert.deepEqual(m.people.map((p) => p.level), ['leader', 'leader']);
});

test('a US governor counts as the US; the state does not count at all', () => {
  const m = findMentions('Prime Minister Kishida meets Florida Gov. Ron DeSantis in Tokyo.', '2023-04-24');
  assert.deepEqual(m.countries, [
    { code: 'JP', via: 'person', text: 'Kishida' },
    { code: 'US', via: 'person', text: 'Ron DeSantis' },
  ]);
  assert.deepEqual(m.people[1], { id: 'desantis-ron', text: 'Ron DeSantis', role: 'Governor of Florida', level: 'official', country: 'US' });
  assert.deepEqual(m.warnings, []);
});

test('a capital acting stands for its country', () => {
  assert.deepEqual(findMentions('Pyongyang launches an ICBM.', '2023-04-13').countries, [{ code: 'KP', via: 'capital', text: 'Pyongyang' }]);
  assert.deepEqual(codes(findMentions('Tokyo and Seoul agree to resume shuttle diplomacy.', '2023-03-16')), ['JP', 'KR']);
  assert.deepEqual(codes(findMentions('Beijing protests a US warship transit of the Taiwan Strait.', '2023-04-16')), ['CN', 'US', 'TW']);
  assert.deepEqual(findMentions('The Kremlin rejects the G7 statement.', '2023-05-20').countries[0], { code: 'RU', via: 'capital', text: 'Kremlin' });
});

test('a capital as a place does not count', () => {
  const m = findMentions('US and Japanese officials meet in Vientiane.', '2023-04-06');
  assert.deepEqual(codes(m), ['US', 'JP']);
  assert.deepEqual(codes(findMentions('Deputy Secretary Sherman flies from Tokyo to Seoul.', '2023-02-14')), ['US']);
  assert.deepEqual(codes(findMentions('Defense chiefs meet at the Pentagon.', '2023-04-26')), []);
  assert.deepEqual(codes(findMentions('The Washington Post reports that Tokyo-based firms will invest in Japan.', '2023-04-26')), ['JP']);
});

test('a country qualifying a place does not count; a grouping still adds its members', () => {
  const g7 = findMentions('The G7 foreign ministers meet in Munich, Germany.', '2023-02-18');
  assert.deepEqual(codes(g7), G7);
  assert.equal(g7.countries.find((c) => c.code === 'DE')?.via, 'grouping');
  assert.deepEqual(groupingIds(g7), ['G7']);
  const quad = findMentions('Quad foreign ministers meet in New Delhi, India.', '2023-03-03');
  assert.deepEqual(codes(quad), ['AU', 'IN', 'JP', 'US']);
  assert.equal(quad.countries.find((c) => c.code === 'IN')?.via, 'grouping');
});

test('a country in the remit of a title does not count', () => {
  const m = findMentions('US Special Representative for the DPRK Sung Kim meets South Korean officials in Seoul.', '2023-04-07');
  assert.deepEqual(codes(m), ['US', 'KR']);
  assert.deepEqual(ids(m), ['kim-sung']);
});

// -------------------------------------------------------------------------------------------
// Word boundaries, case and ambiguous names
// -------------------------------------------------------------------------------------------

test('whole words, case-sensitive: not "us", not "chinaware"', () => {
  const m = findMentions('A chinaware exhibition lets us see how turkey was served in colonial times.', '2023-01-01');
  assert.deepEqual(m.countries, []);
  assert.deepEqual(m.warnings, ['no country found']);
  assert.deepEqual(codes(findMentions("Japan's and the U.S.'s positions", '2023-01-01')), ['JP', 'US']);
});

test('hyphenated pairs are split into their countries', () => {
  assert.deepEqual(codes(findMentions('US-Japan Economic 2+2 meets.', '2023-01-13')), ['US', 'JP']);
  assert.deepEqual(codes(findMentions('Japan-US Economic Policy Consultative Committee', '2023-01-13')), ['JP', 'US']);
  assert.deepEqual(codes(findMentions('A Japan-ROK summit is held.', '2023-03-16')), ['JP', 'KR']);
  assert.deepEqual(codes(findMentions('U.S.-Japan ties and US–Philippines drills', '2023-03-13')), ['US', 'JP', 'PH']);
});

test('longest name wins', () => {
  assert.deepEqual(codes(findMentions('Papua New Guinea, Equatorial Guinea and Guinea-Bissau', '2023-01-01')), ['PG', 'GQ', 'GW']);
  assert.deepEqual(codes(findMentions('South Sudan and Sudan; Niger and Nigeria; Dominica and the Dominican Republic', '2023-01-01')), ['SS', 'SD', 'NE', 'NG', 'DM', 'DO']);
  assert.deepEqual(codes(findMentions('the Democratic Republic of the Congo and the Republic of the Congo', '2023-01-01')), ['CD', 'CG']);
});

test('ambiguous names need their context', () => {
  const kemp = findMentions('Georgia Gov. Brian Kemp meets Japanese investors.', '2023-05-01');
  assert.deepEqual(codes(kemp), ['JP']);
  assert.deepEqual(kemp.warnings, ['unknown person: Gov. Brian Kemp']);
  assert.deepEqual(codes(findMentions('The State of Georgia hosts a Korean battery maker.', '2023-05-01')), ['KR']);
  assert.deepEqual(codes(findMentions('Georgia and Armenia sign a transit deal.', '2023-05-01')), ['GE', 'AM']);
  assert.deepEqual(codes(findMentions('Former DHS head Chad Wolf and commentator Jordan Peterson speak in Tokyo.', '2023-05-01')), []);
  assert.deepEqual(codes(findMentions('Jordan, Chad and Turkey join the statement.', '2023-05-01')), ['JO', 'TD', 'TR']);
});

test('Korea and Korean: South Korea unless North precedes or the file is about North Korea', () => {
  assert.deepEqual(codes(findMentions('Korean and Japanese officials meet.', '2023-04-17')), ['KR', 'JP']);
  assert.deepEqual(codes(findMentions('A North Korean envoy arrives.', '2023-04-17')), ['KP']);
  assert.deepEqual(codes(findMentions('Korean state media criticise the drills.', '2023-04-17', { fileCountries: ['KP', 'CN'] })), ['KP']);
  assert.deepEqual(codes(findMentions('Korean state media criticise the drills.', '2023-04-17', { fileCountries: ['JP', 'KR'] })), ['KR']);
  assert.deepEqual(codes(findMentions('North and South Korea exchange fire.', '2023-04-17')), ['KP', 'KR']);
  assert.deepEqual(codes(findMentions('Tension on the Korean Peninsula; patrols in the South China Sea.', '2023-04-17')), []);
  // Talks between the two Koreas are theirs, whoever else is named.
  assert.deepEqual(codes(findMentions('Inter-Korean relations sour; inter-Korean talks stall.', '2023-04-17')), ['KP', 'KR']);
});

// -------------------------------------------------------------------------------------------
// People: titles, family names, tenure
// -------------------------------------------------------------------------------------------

test('a family name after a title, on the date', () => {
  const yoon = findMentions('President Yoon arrives for a state visit.', '2023-04-27');
  assert.deepEqual(yoon.countries, [{ code: 'KR', via: 'person', text: 'Yoon' }]);
  assert.deepEqual(yoon.people, [{ id: 'yoon-suk-yeol', text: 'Yoon', role: 'President', level: 'leader', country: 'KR' }]);
  const ishiba = findMentions('Prime Minister Ishiba meets the president at the White House.', '2025-02-07');
  assert.deepEqual(codes(ishiba), ['JP']);
  assert.deepEqual(ids(ishiba), ['ishiba-shigeru']);
  const rubio = findMentions('Secretary Rubio calls his counterpart.', '2025-03-01');
  assert.deepEqual(rubio.people, [{ id: 'rubio-marco', text: 'Rubio', role: 'Secretary of State', level: 'minister', country: 'US' }]);
  assert.deepEqual(codes(rubio), ['US']);
});

test('tenure decides between people with one family name', () => {
  assert.deepEqual(ids(findMentions('Premier Li opens the session.', '2022-06-01')), ['li-keqiang']);
  assert.deepEqual(ids(findMentions('Premier Li opens the session.', '2024-06-01')), ['li-qiang']);
  assert.deepEqual(ids(findMentions('Defense Minister Li skips the dialogue.', '2023-06-01')), ['li-shangfu']);
  const kimKp = findMentions('President Kim inspects a missile unit.', '2023-03-01');
  assert.deepEqual(ids(kimKp), ['kim-jong-un']);
  assert.deepEqual(codes(kimKp), ['KP']);
  const kimKr = findMentions('Defense Minister Kim orders a review.', '2024-10-15');
  assert.deepEqual(ids(kimKr), ['kim-yong-hyun']);
  assert.deepEqual(codes(kimKr), ['KR']);
  assert.deepEqual(ids(findMentions('President Biden and First Lady Biden host a dinner.', '2023-04-26')), ['biden-joe', 'biden-jill']);
  const motegi2021 = findMentions('Foreign Minister Motegi', '2021-03-01');
  const motegi2025 = findMentions('Foreign Minister Motegi', '2025-11-01');
  assert.deepEqual([ids(motegi2021), motegi2021.people[0]!.role], [['motegi-toshimitsu'], 'Foreign Minister']);
  assert.deepEqual([ids(motegi2025), motegi2025.people[0]!.role], [['motegi-toshimitsu'], 'Foreign Minister']);
});

test('out of office: matched, with a warning, unless said as former', () => {
  const austin = findMentions('Secretary Austin visits Tokyo.', '2020-06-01');
  assert.deepEqual(austin.people, [{ id: 'austin-lloyd', text: 'Austin', role: null, level: null, country: 'US' }]);
  assert.deepEqual(austin.warnings, ['person out of office on 2020-06-01: Lloyd Austin']);
  assert.deepEqual(findMentions('Secretary Austin visits Tokyo.', '2023-01-12').warnings, []);
  assert.deepEqual(findMentions('Prime Minister Abe visits Washington.', '2019-04-26').warnings, []);
  assert.deepEqual(findMentions('Prime Minister Abe is remembered.', '2023-07-08').warnings, ['person out of office on 2023-07-08: Shinzo Abe']);
  assert.deepEqual(findMentions('Former Prime Minister Abe is remembered.', '2023-07-08').warnings, []);
  assert.deepEqual(findMentions('Donald Trump, then-candidate, rallies.', '2016-09-01').warnings, ['person out of office on 2016-09-01: Donald Trump']);
  assert.deepEqual(findMentions('President Trump meets Prime Minister Takaichi.', '2025-10-28').warnings, []);
});

test('family names alone: unique, senior on the date, or not at all', () => {
  const m = findMentions('Biden and Kishida look to their domestic calendars.', '2023-05-01');
  assert.deepEqual(ids(m), ['biden-joe', 'kishida-fumio']);
  assert.deepEqual(codes(m), ['US', 'JP']);
  assert.deepEqual(ids(findMentions('Hayashi meets with DeSantis.', '2023-04-24')), ['hayashi-yoshimasa', 'desantis-ron']);
  // Title-only aliases ('Austin', the city) and longer names we do not know ('Hunter Biden').
  assert.deepEqual(ids(findMentions('A delegation visits Austin, Texas.', '2023-05-01')), []);
  assert.deepEqual(ids(findMentions('Hunter Biden testifies.', '2023-05-01')), []);
  // Two leaders named Kim in office: nothing added, and said so.
  const kim = findMentions('Kim oversees a launch.', '2023-05-01');
  assert.deepEqual(ids(kim), []);
  assert.deepEqual(kim.warnings, ['ambiguous person: Kim', 'no country found']);
  // A full name first makes the family name unambiguous.
  assert.deepEqual(ids(findMentions('Penny Wong meets Marles; Wong says the talks went well.', '2023-05-01')), ['wong-penny', 'marles-richard']);
});

test('name variants: romanisation, hyphens, diacritics', () => {
  assert.deepEqual(ids(findMentions('Cho Hyundong briefs reporters.', '2023-02-13')), ['cho-hyun-dong']);
  assert.deepEqual(ids(findMentions('Cho Hyun-dong briefs reporters.', '2023-02-13')), ['cho-hyun-dong']);
  assert.deepEqual(ids(findMentions('Heo Tae-keun and Heo Tae-kun are one person.', '2023-04-14')), ['heo-tae-keun']);
  assert.deepEqual(codes(findMentions('Phạm Minh Chính receives the delegation.', '2023-09-11')), ['VN']);
  assert.deepEqual(ids(findMentions('Tony Blinken lands.', '2023-09-11')), ['blinken-antony']);
});

test('unknown person after a title', () => {
  const m = findMentions('Minister Zzyzx Quill inspects a shipyard.', '2023-05-01');
  assert.deepEqual(m.people, []);
  assert.deepEqual(m.warnings, ['unknown person: Minister Zzyzx Quill', 'no country found']);
  const k = findMentions('Japanese Minister Zzyzx Quill and FM Hayashi meet.', '2023-05-01');
  assert.deepEqual(codes(k), ['JP']);
  assert.deepEqual(k.warnings, ['unknown person: Minister Zzyzx Quill']);
  // A title not followed by a name says nothing.
  assert.deepEqual(findMentions("The Prime Minister's Office and the Foreign Minister of Japan comment.", '2023-05-01').warnings, []);
});

test('no country found', () => {
  const m = findMentions('Heavy rain delays the ceremony.', '2023-05-01');
  assert.deepEqual(m, { countries: [], people: [], groupings: [], mentioned: [], mentionedCountries: [], warnings: ['no country found'] });
});

// -------------------------------------------------------------------------------------------
// Groupings
// -------------------------------------------------------------------------------------------

test('a grouping alias spelt as a hyphenated list', () => {
  const m = findMentions('US-Japan-Australia-India foreign ministers meet.', '2023-03-03');
  assert.deepEqual(codes(m), ['AU', 'IN', 'JP', 'US']);
  assert.deepEqual(m.countries.map((c) => c.via), ['grouping', 'grouping', 'grouping', 'grouping']);
  assert.deepEqual(groupingIds(findMentions('A US-Japan-ROK trilateral summit at Camp David.', '2023-08-18')), ['JUSROK']);
  assert.deepEqual(groupingIds(findMentions('The U.S.-Japan-ROK partnership', '2023-08-18')), ['JUSROK']);
});

test('members as of the date', () => {
  const before = findMentions('ASEAN foreign ministers meet.', '2025-07-01');
  assert.deepEqual(codes(before), ['ASEAN', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN']);
  assert.equal(before.countries[0]!.via, 'name');
  const after = findMentions('ASEAN foreign ministers meet.', '2025-11-01');
  assert.deepEqual(codes(after), ['ASEAN', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL']);
  assert.ok(!codes(findMentions('NATO leaders meet.', '2023-01-01')).includes('FI'));
  assert.ok(codes(findMentions('NATO leaders meet.', '2023-05-01')).includes('FI'));
  assert.ok(!codes(findMentions('NATO leaders meet.', '2023-05-01')).includes('SE'));
});

test('"trilateral" is the US-Japan-ROK trilateral only in context', () => {
  const withContext = findMentions('US, Japanese and Korean defense officials hold trilateral talks.', '2023-04-14', { fileCountries: ['US', 'JP'] });
  assert.deepEqual(groupingIds(withContext), ['JUSROK']);
  assert.deepEqual(codes(withContext), ['US', 'JP', 'KR']);
  const outsider = findMentions('The US, Japan, and the Philippines plan a trilateral framework.', '2023-03-28', { fileCountries: ['US', 'JP'] });
  assert.deepEqual(groupingIds(outsider), []);
  assert.deepEqual(codes(outsider), ['US', 'JP', 'PH']);
  assert.deepEqual(groupingIds(findMentions('US and Japanese officials hold trilateral talks.', '2023-04-14')), []);
});

test('organisations', () => {
  assert.deepEqual(codes(findMentions('The EU and Japan sign a digital partnership; the UN welcomes it.', '2023-05-01')), ['EU', 'JP', 'UN']);
  const rutte = findMentions('NATO Secretary General Mark Rutte visits Tokyo.', '2025-01-01');
  assert.equal(rutte.countries[0]!.code, 'NATO');
  assert.deepEqual(ids(rutte), ['rutte-mark']);
});

// -------------------------------------------------------------------------------------------
// Lookups
// -------------------------------------------------------------------------------------------

test('countryByCode, personById, roleOn', () => {
  assert.equal(countryByCode('JP')?.name, 'Japan');
  assert.equal(countryByCode('AFU')?.kind, 'organisation');
  assert.equal(countryByCode('XX'), undefined);
  const blinken = personById('blinken-antony')!;
  assert.equal(blinken.name, 'Antony Blinken');
  assert.equal(personById('nobody'), undefined);
  assert.equal(roleOn(blinken, '2023-01-11')?.title, 'Secretary of State');
  assert.equal(roleOn(blinken, '2021-01-26')?.title, 'Secretary of State');
  assert.equal(roleOn(blinken, '2025-01-20'), null);
  assert.equal(roleOn(personById('hun-sen')!, '2023-08-22')?.title, undefined);
  assert.equal(roleOn(personById('hun-manet')!, '2023-08-22')?.title, 'Prime Minister');
});

test('a state named only as the venue of two others, or as the topic of their talks, does not take part', () => {
  const codes = (text: string, date = '2013-09-05') => findMentions(text, date).countries.map((c) => c.code);
  assert.deepEqual(codes('Negotiators from Taiwan and China hold a meeting in Singapore.', '1993-04-27'), ['TW', 'CN']);
  assert.deepEqual(codes('Obama and Abe talk over security questions such as Syria and North Korea.'), ['US', 'JP']);
  assert.deepEqual(codes('Japan and the US agree to cooperate on improving the situation in Syria.'), ['JP', 'US']);
  // A target or addressee still counts, and a place of one state's own act stays.
  assert.deepEqual(codes('Japan and the US impose sanctions on Iran.'), ['JP', 'US', 'IR']);
  assert.deepEqual(codes('The US opens a consulate in Vietnam.'), ['US', 'VN']);
});

test('a capital after "in" names the host when one state meets someone there', () => {
  const codes = (text: string) => findMentions(text, '2013-09-10').countries.map((c) => c.code);
  assert.deepEqual(codes('Assistant Secretary Daniel Russel holds talks with officials in Tokyo.'), ['US', 'JP']);
  assert.deepEqual(codes('A US carrier docks in Tokyo.'), ['US']);
});

test('an office only one state has names the state of a holder the gazetteer does not know', () => {
  const m = findMentions('William Brownfield, Assistant Secretary of State for International Narcotics, meets officials.', '2013-09-10');
  assert.deepEqual(m.countries.map((c) => c.code), ['US']);
  assert.equal(findMentions('Secretary of State for Foreign Affairs Jane Doe speaks.', '2013-09-10').countries[0]?.code, 'GB');
});

test("'the Abe Cabinet' is the government acting, and a country's newspaper acts for it", () => {
  const m = findMentions('A Yomiuri Shimbun poll puts approval of the Abe Cabinet at 62 percent.', '2014-01-13');
  assert.deepEqual(m.countries.map((c) => c.code), ['JP']);
  assert.deepEqual(m.people, []);
});

test('a clause that only dates the news by another event names no participant', () => {
  const m = findMentions('North Korean leader Kim Jong-un and Chinese President Xi Jinping meet again in Beijing, a week after Kim’s first summit with U.S. President Donald Trump in Singapore.', '2018-06-19');
  assert.deepEqual(m.countries.map((c) => c.code).sort(), ['CN', 'KP']);
  assert.deepEqual(m.people.map((p) => p.id).sort(), ['kim-jong-un', 'xi-jinping']);
});

test('the Republic of China before its government moved to Taipei is China', () => {
  assert.deepEqual(findMentions('The Republic of China occupies Mongolia.', '1919-01-01').countries.map((c) => c.code), ['CN', 'MN']);
  assert.deepEqual(findMentions('The Republic of China holds elections.', '1996-03-23').countries.map((c) => c.code), ['TW']);
});

test('an official whose lists end in 2019 is still recognised later, with the office said to be unknown', () => {
  const m = findMentions('Abbas Araghchi meets envoys in Tehran.', '2024-09-01');
  assert.ok(m.countries.some((c) => c.code === 'IR'));
  assert.deepEqual(m.people.map((p) => [p.id.includes('araghchi'), p.role]), [[true, null]]);
  assert.ok(m.warnings.some((w) => /^office not known since 2020: Abbas Araghchi/.test(w)), m.warnings.join());
  assert.equal(findMentions('Abbas Araghchi meets envoys.', '2015-01-10').people[0]?.role, 'Deputy Foreign Minister');
});

test('a leader named only in the purpose of someone else’s trip is mentioned, not taking part', () => {
  const m = findMentions("Assistant Secretary of State Kurt Campbell travels to Beijing to prepare Obama's visit.", '2009-11-01');
  assert.deepEqual(m.people.map((p) => p.id), ['campbell-kurt']);
  assert.deepEqual(m.mentioned.map((p) => p.id), ['obama-barack']);
  assert.deepEqual(m.countries.map((c) => c.code).sort(), ['CN', 'US']);
  const both = findMentions('Ahead of the Obama visit, Obama and Hu Jintao speak by phone.', '2009-11-01');
  assert.deepEqual(both.people.map((p) => p.id).sort(), ['hu-jintao', 'obama-barack']);
  assert.deepEqual(both.mentioned, []);
});
