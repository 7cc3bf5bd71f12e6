import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleCategory as classifyCategory, ruleType as classifyType } from './classify.ts';

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

test('without a linked verb, the kind named first wins; calls, elections and exercises wherever they are named', () => {
  const cases: Array<[string, string]> = [
    ['The first Strategic and Economic Dialogue is held in Washington; both sides agree to meet again in Beijing.', 'meeting'],
    ['Coast guard officials meet in Qingdao and agree to step up joint patrols.', 'meeting'],
    ['A trade mission arrives in Shanghai and signs purchase contracts.', 'visit'],
    ['Kishida and Yoon hold a summit in Tokyo, the first such visit in twelve years.', 'summit'],
    ['North Korea launches a long-range rocket; Seoul condemns the launch.', 'incident'],
    ['Pyongyang fires an intercontinental ballistic missile into the sea.', 'incident'],
    ['A Ground Self-Defense Force helicopter disappears from radar near Miyako Island.', 'incident'],
    ['The two defense chiefs meet by video call.', 'call'],
    ['Leaders meet on the eve of the general elections.', 'election'],
    ['Washington and Seoul reach a trade deal that sets a 15% tariff.', 'agreement'],
    ['US immigration agents raid a battery plant and detain 300 workers.', 'incident'],
    ['The foreign minister says Seoul will not ask to renegotiate the 2015 agreement.', 'statement'],
  ];
  for (const [summary, type] of cases) assert.equal(classifyType(summary, null), type, summary);
});

test('a bare "hold" or "host" names no kind of event: what is held decides', () => {
  assert.equal(classifyType('Japan holds the rotating presidency of the Group of Seven.', null), 'other');
  assert.equal(classifyType('Japan and South Korea co-host the football World Cup.', null), 'other');
  assert.equal(classifyType('The two sides hold talks in Tokyo.', null), 'meeting');
  // A linked verb still decides, unless it only says that something that is no gathering took place.
  assert.equal(classifyType('The two sides hold talks in Tokyo.', 'hold'), 'meeting');
  assert.equal(classifyType('The two sides hold a separate session.', 'hold'), 'meeting');
  assert.equal(classifyType('The four governments hold the Quad Cyber Challenge.', 'hold'), 'other');
  assert.equal(classifyType('Japan holds the first round of local elections.', 'holds'), 'election');
});

test('weapons fired or tested, fighting by any name and war headlines are incidents; a scene-setting clause does not type the entry', () => {
  const cases: Array<[string, string]> = [
    ['North Korea test-fires the Pukguksong-2, a new midrange ballistic missile. Pyongyang says it runs on solid fuel.', 'incident'],
    ['On the eve of a meeting between Trump and Xi, North Korea launches a missile into the sea.', 'incident'],
    ['A missile fired off the east coast appears to fail.', 'incident'],
    ['Sino-Indian War', 'incident'],
    ['Border stand-off on the plateau', 'incident'],
    ['During the Cold War, the minister visits Moscow.', 'visit'],
    ['Leaders discuss the trade war at a meeting in Osaka.', 'meeting'],
  ];
  for (const [text, type] of cases) assert.equal(classifyType(text, null), type, text);
});

test('relations established, a deal announced and voters electing are typed by what happened', () => {
  assert.equal(classifyType('Diplomatic relations with the United States are established.', null), 'agreement');
  assert.equal(classifyType('The two governments announce a "Leap Day" deal on aid.', null), 'agreement');
  assert.equal(classifyType('Voters elect the first unicameral legislature.', null), 'election');
});
