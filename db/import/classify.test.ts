import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyCategory, classifyType } from './classify.ts';

const cases: Array<[summary: string, verb: string | null, type: string, category: string]> = [
  ['Blinken and Hayashi meet in Tokyo.', 'meet', 'meeting', 'diplomacy'],
  ['Hayashi and Raimondo speak by telephone.', 'speak', 'call', 'diplomacy'],
  ['Kishida travels to Ukraine and meets Zelenskyy.', 'travels', 'visit', 'diplomacy'],
  ['The two sides sign a framework agreement on cooperation in space.', 'sign', 'agreement', 'technology'],
  ['Japan holds the first round of its unified local elections.', 'holds', 'election', 'politics'],
  ['A Ground Self-Defense Force helicopter crashes into the sea.', 'crashes', 'incident', 'security'],
  ['G7 ministers condemn a ballistic missile launch.', 'condemn', 'statement', 'security'],
  ['Japan observes the Salaknib exercise held by the US and the Philippines.', 'observes', 'exercise', 'security'],
  ['Vice ministers meet for the Economic Policy Consultative Committee on trade and supply chains.', 'meet', 'meeting', 'economy'],
  ['The two governments announce a cyber challenge.', 'announce', 'announcement', 'technology'],
  ['Leaders open their summit in Hiroshima.', null, 'summit', 'diplomacy'],
  ['Something happened.', null, 'other', 'other'],
];

test('types and categories of typical entries', () => {
  for (const [summary, verb, type, category] of cases) {
    const t = classifyType(summary, verb);
    assert.equal(t, type, summary);
    assert.equal(classifyCategory(summary, t), category, summary);
  }
});

test('leaders of two countries meeting is a summit', () => {
  assert.equal(classifyType('Biden receives Kishida at the White House.', 'receives', 2), 'summit');
  assert.equal(classifyType('Biden receives Kishida at the White House.', 'receives', 1), 'meeting');
});
