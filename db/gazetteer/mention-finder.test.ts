import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMentionFinder, findMentions } from './match.ts';
import type { Person } from './people.ts';

const taro: Person = {
  id: 'example-taro',
  name: 'Taro Example',
  country: 'JP',
  aliases: ['Example'],
  roles: [{ title: 'Foreign Minister', level: 'minister', from: '2030-01-01', to: null }],
};

test('a person the analyst added is found by the created finder, and adds only his country', () => {
  const find = createMentionFinder([taro]);
  const m = find('Taro Example meets reporters.', '2030-02-01');
  assert.deepEqual(m.people, [{ id: 'example-taro', text: 'Taro Example', role: 'Foreign Minister', level: 'minister', country: 'JP' }]);
  assert.deepEqual(m.countries, [{ code: 'JP', via: 'person', text: 'Taro Example' }]);
  assert.deepEqual(m.warnings, []);
  // After a title, by family name, with the title fitting the office.
  assert.deepEqual(find('Foreign Minister Example and Secretary of State Rubio speak.', '2030-02-01').people.map((p) => p.id), ['example-taro', 'rubio-marco']);
  // Before his term: matched, with the warning every out-of-office person gets.
  assert.deepEqual(find('Taro Example meets reporters.', '2029-06-01').warnings, ['person out of office on 2029-06-01: Taro Example']);
});

test('the built-in finder does not learn the analyst’s people, and the created one still knows everyone else', () => {
  createMentionFinder([taro]);
  const builtIn = findMentions('Taro Example meets reporters.', '2030-02-01');
  assert.deepEqual(builtIn.people, []);
  assert.deepEqual(builtIn.countries, []);
  const find = createMentionFinder([taro]);
  assert.deepEqual(find('Secretary Blinken meets FM Hayashi in Tokyo.', '2023-04-18').people.map((p) => p.id), ['blinken-antony', 'hayashi-yoshimasa']);
  assert.deepEqual(find('G7 ministers meet.', '2023-04-18').groupings.map((g) => g.id), ['G7']);
});

test('an analyst’s correction of a built-in person replaces it', () => {
  // Corrected: Hayashi given a (fictional) later term as Foreign Minister for the test.
  const hayashi: Person = {
    id: 'hayashi-yoshimasa',
    name: 'Yoshimasa Hayashi',
    country: 'JP',
    aliases: ['Hayashi'],
    roles: [{ title: 'Foreign Minister', level: 'minister', from: '2031-01-01', to: null }],
  };
  const find = createMentionFinder([hayashi]);
  const later = find('FM Hayashi meets reporters.', '2031-02-01');
  assert.deepEqual(later.people, [{ id: 'hayashi-yoshimasa', text: 'Hayashi', role: 'Foreign Minister', level: 'minister', country: 'JP' }]);
  assert.deepEqual(later.warnings, []);
  // The built-in aliases the analyst removed no longer match.
  assert.deepEqual(find('Hayashi Yoshimasa meets reporters.', '2031-02-01').people, []);
  assert.equal(findMentions('Hayashi Yoshimasa meets reporters.', '2023-02-01').people[0]?.role, 'Foreign Minister');
});

test('no extra people: the built-in finder itself', () => {
  assert.equal(createMentionFinder([]), findMentions);
});
