/**
 * The labelled corpus in fixtures/corpus: one chronology (`<id>.txt` or `<id>.md`), its truth
 * (`<id>.truth.jsonl`) and where it came from (`<id>.source.json`) per document, split into dev
 * and test by corpus-split.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { splitCorpus, type Split } from './corpus-split.ts';

export interface CorpusDocument {
  id: string;
  split: Split;
  chronology: string;
  truth: string;
  source: { title?: string; publisher?: string; layout?: string; url?: string; relationship?: string; years?: number[]; entries?: number };
}

export function readCorpus(dir: string): CorpusDocument[] {
  const files = new Set(fs.readdirSync(dir));
  const ids = [...files].filter((f) => f.endsWith('.truth.jsonl')).map((f) => f.slice(0, -'.truth.jsonl'.length)).sort();
  const splits = splitCorpus(ids);
  return ids.map((id) => {
    const text = [`${id}.txt`, `${id}.md`].find((f) => files.has(f));
    if (!text) throw new Error(`${id}.truth.jsonl has no ${id}.txt or ${id}.md beside it`);
    const sourceFile = path.join(dir, `${id}.source.json`);
    const source = files.has(`${id}.source.json`) ? (JSON.parse(fs.readFileSync(sourceFile, 'utf8')) as CorpusDocument['source']) : {};
    return { id, split: splits.get(id)!, chronology: path.join(dir, text), truth: path.join(dir, `${id}.truth.jsonl`), source };
  });
}
