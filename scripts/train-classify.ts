/**
 * Trains the type and category model (db/import/type-model.ts) on the labelled corpus's dev
 * split and the test fixtures, and writes db/import/data/classifier.json:
 *
 *   npm run train:classify            train, choose the policies, write the model
 *   npm run train:classify -- --check compare only; write nothing
 *
 * Which decides — the rules, the model, or the model unless a rule is certain — is chosen by
 * leave-one-document-out cross-validation on the training documents, never by the test split.
 * Training is deterministic: the same corpus gives the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CATEGORIES, classifyCategory, classifyType, EVENT_TYPES, ruleHints, type Category, type EventType } from '../db/import/classify.ts';
import { splitChronology } from '../db/import/chronology.ts';
import { readCorpus } from '../db/import/corpus.ts';
import { align, parseTruth } from '../db/import/evaluate.ts';
import { countryCodeForName } from '../db/gazetteer/lookup.ts';
import { findMentions } from '../db/gazetteer/match.ts';
import { features, train, type Model } from '../db/import/type-model.ts';
import { runCli } from './cli-text.ts';

const repo = path.resolve(import.meta.dirname, '..');
const OUT = path.join(repo, 'db/import/data/classifier.json');

interface Sample {
  doc: string;
  text: string;
  keyVerb: string | null;
  leaders: number;
  type: EventType;
  altTypes: EventType[];
  category: Category | null;
}

function samplesOf(doc: string, chronology: string, truthFile: string): Sample[] {
  const text = fs.readFileSync(chronology, 'utf8');
  const truth = parseTruth(fs.readFileSync(truthFile, 'utf8'));
  const raw = splitChronology(text, { year: +truth[0]!.dateStart.slice(0, 4) });
  const entries = raw.entries.filter((e) => !e.yearless);
  const fileCountries = (raw.heading?.file ?? []).map((n) => countryCodeForName(n)).filter((c): c is string => !!c);
  return align(truth, entries).map(([ti, ei]) => {
    const e = entries[ei]!;
    const t = truth[ti]!;
    const people = findMentions(e.text, e.dateStart, { fileCountries }).people;
    const leaders = new Set(people.filter((p) => p.level === 'leader').map((p) => p.country)).size;
    return { doc, text: e.text, keyVerb: e.keyVerb, leaders, type: t.type, altTypes: t.altTypes, category: t.category };
  });
}

function trainingSamples(): Sample[] {
  const corpus = readCorpus(path.join(repo, 'fixtures/corpus')).filter((d) => d.split === 'dev');
  const out = corpus.flatMap((d) => samplesOf(d.id, d.chronology, d.truth));
  const fixtures = path.join(repo, 'fixtures/chronologies');
  for (const t of fs.readdirSync(fixtures).filter((f) => f.endsWith('.truth.jsonl') && !f.startsWith('seed-'))) {
    const base = path.join(fixtures, t.slice(0, -'.truth.jsonl'.length));
    const text = ['.txt', '.md'].map((e) => base + e).find((f) => fs.existsSync(f))!;
    out.push(...samplesOf(`fixture:${t}`, text, path.join(fixtures, t)));
  }
  return out;
}

const typeFeatures = (s: Sample) => features(s.text, s.keyVerb, ruleHints(s.text, s.keyVerb, s.leaders));
const categoryFeatures = (s: Sample, type: EventType) => features(s.text, null, [`type:${type}`]);

function fit(samples: readonly Sample[]): Model {
  const withCategory = samples.filter((s) => s.category);
  return {
    trainedOn: { documents: new Set(samples.map((s) => s.doc)).size, entries: samples.length },
    type: train(samples.map((s) => ({ feats: typeFeatures(s), label: s.type })), EVENT_TYPES),
    category: train(withCategory.map((s) => ({ feats: categoryFeatures(s, s.type), label: s.category! })), CATEGORIES),
  };
}

type Policy = NonNullable<Model['policy']>;
const POLICIES: Policy[] = ['rules', 'model', 'model-unless-certain'];

/** Leave one document out: how many types and categories each policy gets right. */
function crossValidate(samples: readonly Sample[]): { type: Record<Policy, number>; category: Record<'rules' | 'model', number>; labelled: number } {
  const type = { rules: 0, model: 0, 'model-unless-certain': 0 };
  const category = { rules: 0, model: 0 };
  let labelled = 0;
  for (const doc of new Set(samples.map((s) => s.doc))) {
    const model = fit(samples.filter((s) => s.doc !== doc));
    for (const s of samples.filter((x) => x.doc === doc)) {
      for (const policy of POLICIES) {
        const got = classifyType(s.text, s.keyVerb, s.leaders, { ...model, policy });
        if (got === s.type || s.altTypes.includes(got)) type[policy]++;
      }
      if (s.category) {
        labelled++;
        for (const policy of ['rules', 'model'] as const) {
          if (classifyCategory(s.text, s.type, { ...model, categoryPolicy: policy }) === s.category) category[policy]++;
        }
      }
    }
  }
  return { type, category, labelled };
}

function main(): void {
  const check = process.argv.includes('--check');
  const samples = trainingSamples();
  const cv = crossValidate(samples);
  const best = <K extends string>(r: Record<K, number>): K => (Object.keys(r) as K[]).reduce((a, b) => (r[b] > r[a] ? b : a));
  const policy = best(cv.type);
  const categoryPolicy = best(cv.category);
  const lines = [
    `training: ${samples.length} entries from ${new Set(samples.map((s) => s.doc)).size} documents (dev split and test fixtures)`,
    'leave-one-document-out, types right:',
    ...POLICIES.map((p) => `  ${p.padEnd(22)} ${cv.type[p]}/${samples.length} (${((100 * cv.type[p]) / samples.length).toFixed(1)}%)`),
    `categories right (of ${cv.labelled} labelled): rules ${cv.category.rules}, model ${cv.category.model}`,
    `chosen: type by ${policy}, category by ${categoryPolicy}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (check) return;
  const model: Model = { ...fit(samples), policy, categoryPolicy };
  fs.writeFileSync(OUT, `${JSON.stringify(model)}\n`);
  process.stdout.write(`wrote ${path.relative(repo, OUT)} (${(fs.statSync(OUT).size / 1024).toFixed(0)} KB)\n`);
}

runCli(main);
