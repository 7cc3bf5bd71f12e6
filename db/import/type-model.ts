/**
 * A small statistical reader of an entry's type and category: multinomial logistic regression
 * over the entry's words, word pairs, its first verb, the linked key verb and the hits of the
 * hand-written rules (classify.ts), trained on the dev split of the labelled corpus by
 * `npm run train:classify` (scripts/train-classify.ts) and shipped as data/classifier.json.
 * Pure: scoring is a dictionary look-up and a sum per class.
 */
import model from './data/classifier.json' with { type: 'json' };

export interface LinearModel {
  classes: string[];
  /** feature → one weight per class */
  weights: Record<string, number[]>;
  bias: number[];
}

export interface Model {
  trainedOn: { documents: number; entries: number };
  /** Who decides the type: the rules alone, the model alone, or the model unless a rule is certain. */
  policy?: 'rules' | 'model' | 'model-unless-certain';
  /** Who decides the category. */
  categoryPolicy?: 'rules' | 'model';
  type: LinearModel;
  category: LinearModel;
}

export const shipped = model as unknown as Model;

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'as', 'its', 'their', 'his', 'her', 'that', 'this', 'is', 'are', 'be', 'was', 'were']);

/** Lowercased word tokens; numbers become '#'. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}][\p{L}'’-]*|\d+/gu) ?? []).map((w) => (/^\d/.test(w) ? '#' : w.replace(/[’']s$/, '')));
}

/** A crude stem, enough to join 'meets'/'meeting'/'met' poorly but 'visits'/'visit' well. */
const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '') || w;

/**
 * The features of an entry. `hints` are named facts from the rules ('rule:call', 'leaders:2').
 * The first few words weigh as their own features: a chronology entry says what happened first.
 */
export function features(text: string, keyVerb: string | null, hints: readonly string[]): string[] {
  const ws = words(text);
  const out = new Set<string>(hints);
  const content = ws.filter((w) => !STOP.has(w));
  for (const w of content) out.add(`w:${stem(w)}`);
  for (let i = 0; i + 1 < content.length; i++) out.add(`b:${stem(content[i]!)}_${stem(content[i + 1]!)}`);
  for (const w of content.slice(0, 8)) out.add(`head:${stem(w)}`);
  if (keyVerb) out.add(`key:${stem(keyVerb.toLowerCase())}`);
  return [...out];
}

export function scores(m: LinearModel, feats: readonly string[]): number[] {
  const s = [...m.bias];
  for (const f of feats) {
    const w = m.weights[f];
    if (!w) continue;
    for (let k = 0; k < s.length; k++) s[k]! += w[k]!;
  }
  return s;
}

/** The most likely class and its probability. */
export function predict(m: LinearModel, feats: readonly string[]): { value: string; p: number } {
  const s = scores(m, feats);
  const top = Math.max(...s);
  const e = s.map((x) => Math.exp(x - top));
  const z = e.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let k = 1; k < s.length; k++) if (s[k]! > s[best]!) best = k;
  return { value: m.classes[best]!, p: e[best]! / z };
}

/**
 * Trains a linear model by full-batch gradient descent on the softmax loss with L2, from
 * feature lists and labels. Deterministic: no random order, fixed steps.
 */
export function train(samples: ReadonlyArray<{ feats: string[]; label: string }>, classes: readonly string[], options = { epochs: 300, rate: 0.5, l2: 0.002, minCount: 2 }): LinearModel {
  const counts = new Map<string, number>();
  for (const s of samples) for (const f of s.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= options.minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const K = classes.length;
  const W = vocab.map(() => new Float64Array(K));
  const b = new Float64Array(K);
  const rows = samples.map((s) => ({ x: s.feats.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: classes.indexOf(s.label) }));
  const n = rows.length;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const gW = vocab.map(() => new Float64Array(K));
    const gb = new Float64Array(K);
    for (const { x, y } of rows) {
      const s = Array.from(b);
      for (const i of x) for (let k = 0; k < K; k++) s[k]! += W[i]![k]!;
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const z = e.reduce((a, c) => a + c, 0);
      for (let k = 0; k < K; k++) {
        const g = e[k]! / z - (k === y ? 1 : 0);
        gb[k]! += g;
        for (const i of x) gW[i]![k]! += g;
      }
    }
    for (let k = 0; k < K; k++) b[k]! -= (options.rate * gb[k]!) / n;
    for (let i = 0; i < vocab.length; i++) for (let k = 0; k < K; k++) W[i]![k]! -= options.rate * (gW[i]![k]! / n + options.l2 * W[i]![k]!);
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    if (W[i]!.some((v) => Math.abs(v) >= 1e-3)) weights[f] = Array.from(W[i]!, round);
  });
  return { classes: [...classes], weights, bias: Array.from(b, round) };
}
