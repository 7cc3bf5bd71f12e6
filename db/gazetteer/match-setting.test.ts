/**
 * How the words around a name decide whether it takes part: the setting of a side meeting,
 * the destination of a trip, an office in a grouping, 'the two sides' of a bilateral file,
 * and a known family name inside a longer name we do not know.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMentions, type Mentions } from './match.ts';

const codes = (m: Mentions) => m.countries.map((c) => c.code);
const groupingIds = (m: Mentions) => m.groupings.map((g) => g.id);

test('a meeting on the sidelines of a gathering: the gathering’s grouping and places are the setting', () => {
  const quad = findMentions('Secretary of State Blinken and FM Hayashi meet on the sidelines of the US-Japan-Australia-India (Quad) Foreign Ministers’ Meeting in New Delhi, India.', '2023-03-03');
  assert.deepEqual(codes(quad), ['US', 'JP']);
  assert.deepEqual(groupingIds(quad), []);
  const munich = findMentions('Blinken, Hayashi and South Korean Foreign Minister Park Jin meet on the sidelines of the Munich Security Conference in Germany.', '2023-02-18');
  assert.deepEqual(codes(munich), ['US', 'JP', 'KR']);
  const apec = findMentions("Biden and Xi meet in Lima, Peru on the sidelines of the APEC Economic Leaders' Meeting, their last meeting.", '2024-11-16');
  assert.deepEqual(codes(apec), ['US', 'CN']);
  // The setting ends with its name: a country acting after it counts.
  const after = findMentions('Blinken meets Hayashi on the margins of the G7 meeting, and Canada joins them later.', '2023-04-17');
  assert.deepEqual(codes(after), ['US', 'JP', 'CA']);
  const ahead = findMentions("Trump and Lee meet in Gyeongju ahead of the APEC leaders' meeting.", '2025-10-29');
  assert.deepEqual(codes(ahead), ['US', 'KR']);
  // Without 'sidelines of' the grouping meets.
  assert.deepEqual(codes(findMentions('G7 foreign ministers meet in Munich, Germany.', '2023-02-18')), ['US', 'JP', 'DE', 'FR', 'GB', 'IT', 'CA']);
});

test('a capital as the destination of a trip: the host takes part; as a mere place it does not', () => {
  assert.deepEqual(codes(findMentions('Chinese Vice Foreign Minister Wu Dawei travels to Seoul for consultations.', '2009-01-21')), ['CN', 'KR']);
  assert.deepEqual(codes(findMentions('A Japanese delegation arrives in Beijing.', '2023-01-01')), ['JP', 'CN']);
  assert.deepEqual(codes(findMentions("Blinken's trip to Beijing is postponed.", '2023-02-04')), ['US', 'CN']);
  assert.deepEqual(codes(findMentions('National Security Adviser Sullivan and Wang Yi hold talks in Bangkok.', '2024-01-26')), ['US', 'CN']);
  // Passing through a country is not taking part; the capital reached is.
  assert.deepEqual(codes(findMentions('Kishida travels by train via Poland to Kyiv.', '2023-03-21')), ['JP', 'UA']);
  assert.deepEqual(codes(findMentions('The summit, moved from Tokyo to Seoul, opens.', '2023-03-21')), []);
});

test('Georgia as a bare place is the US state', () => {
  assert.deepEqual(codes(findMentions('US agents raid a battery plant under construction in Georgia and detain South Korean workers.', '2025-09-04')), ['US', 'KR']);
  assert.deepEqual(codes(findMentions('Georgia and Armenia sign a transit agreement.', '2025-08-08')), ['GE', 'AM']);
});

test('an office held in a grouping, and a meeting at an organisation’s headquarters, add no members', () => {
  const presidency = findMentions('Japan holds the rotating presidency of the Group of Seven.', '2023-01-01');
  assert.deepEqual(codes(presidency), ['JP']);
  assert.deepEqual(codes(findMentions('Japan takes over the G7 presidency from Germany.', '2023-01-01')), ['JP', 'DE']);
  assert.deepEqual(codes(findMentions('G7 leaders meet at NATO headquarters in Brussels.', '2022-03-24')), ['US', 'JP', 'DE', 'FR', 'GB', 'IT', 'CA']);
});

test('"the two sides" are the file’s two countries, unless another country is named', () => {
  const file = { fileCountries: ['JP', 'KR'] };
  const talks = findMentions('Officials of the two foreign ministries hold working-level talks.', '2023-01-02', file);
  assert.deepEqual(talks.countries, [
    { code: 'JP', via: 'file', text: 'two foreign ministries' },
    { code: 'KR', via: 'file', text: 'two foreign ministries' },
  ]);
  assert.deepEqual(talks.warnings, []);
  assert.deepEqual(codes(findMentions('Both sides agree to meet again.', '2023-01-02', file)), ['JP', 'KR']);
  // Named already: nothing to add, nothing doubled.
  assert.deepEqual(codes(findMentions('Seoul and Tokyo say the two sides will meet again.', '2023-01-02', file)), ['KR', 'JP']);
  // Another country named: 'the two' may be anyone.
  assert.deepEqual(codes(findMentions('The US and Germany say the two sides will meet again.', '2023-01-02', file)), ['US', 'DE']);
  // No bilateral file: nothing to go on.
  assert.deepEqual(codes(findMentions('The two sides meet again.', '2023-01-02')), []);
});

test('a known family name inside a longer name after a title is someone we do not know', () => {
  // Officials of 1998 are known by their offices then.
  const declaration = findMentions('Japanese Prime Minister Obuchi Keizo and South Korean President Kim Dae-jung sign a joint declaration.', '1998-10-08');
  assert.deepEqual(codes(declaration), ['JP', 'KR']);
  assert.deepEqual(declaration.people.map((p) => p.id), ['obuchi-keizo', 'kim-dae-jung']);
  // 'President Kim Chol-su' is not Kim Jong Un: a known family name followed by more of a name we do not know.
  const kim = findMentions('North Korean President Kim Chol-su inspects a farm.', '2023-10-08');
  assert.deepEqual(kim.people, []);
  assert.deepEqual(codes(kim), ['KP']);
  assert.ok(kim.warnings.includes('unknown person: President Kim Chol-su'), kim.warnings.join('; '));
  const kishida = findMentions("Japan's Chief Cabinet Secretary Kishida Tomoko issues a statement.", '2023-08-04');
  assert.deepEqual(kishida.people, []);
  assert.ok(kishida.warnings.includes('unknown person: Chief Cabinet Secretary Kishida Tomoko'), kishida.warnings.join('; '));
  // The known name in full, or followed by a possessive, is still the person.
  assert.deepEqual(findMentions("Secretary Blinken's visit to Tokyo", '2023-04-18').people.map((p) => p.id), ['blinken-antony']);
  assert.deepEqual(findMentions('Prime Minister Kishida Fumio speaks.', '2023-04-18').people.map((p) => p.id), ['kishida-fumio']);
});

test('Japan’s Self-Defense Forces and China’s PLA act for their countries', () => {
  assert.deepEqual(codes(findMentions('A Ground Self-Defense Force helicopter crashes near Miyako Island.', '2023-04-06')), ['JP']);
  assert.deepEqual(codes(findMentions('PLA Navy ships sail through the Tsushima Strait.', '2023-07-01')), ['CN']);
});

test('each person carries the country the office acts for', () => {
  const m = findMentions('NATO Secretary General Stoltenberg meets Prime Minister Kishida.', '2023-01-31');
  assert.deepEqual(m.people.map((p) => [p.id, p.country]), [['stoltenberg-jens', 'NATO'], ['kishida-fumio', 'JP']]);
});
