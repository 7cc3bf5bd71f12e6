/**
 * Under a corrected entry: keep what the correction taught for every later import — a name
 * as written that stands for a state ('Global Lantern' → CN), or an official the reader did
 * not know ('unknown person: Vice Foreign Minister Wu Dawei').
 */
import { useState } from 'react';
import type { PreviewEntry } from '../../../contract/imports.ts';
import { unknownNames } from './teach.ts';

export interface Lessons {
  learnName(term: string, country: string): Promise<void>;
  keepOfficial(name: string, title: string, country: string, from: string): Promise<void>;
}

const UNKNOWN_PERSON = /^unknown person: (.+)$/;
/** Words that open an office's title: what follows the last of them is the name. */
const TITLE_WORDS = /^(?:Vice|Deputy|Assistant|Under|Acting|Special|Senior|Chief|First|Prime|Foreign|Defen[cs]e|Finance|Trade|State|National|Security|Minister|Ministers|Secretary|President|Premier|Chairman|Chair|Envoy|Representative|Ambassador|Adviser|Advisor|Director|General|Governor|Commander|Admiral|Gen\.?|Adm\.?|FM|DM|PM|VFM|of|for|the|and|Affairs|Defense)$/;

/** 'Vice Foreign Minister Wu Dawei' → ['Vice Foreign Minister', 'Wu Dawei']. */
export function splitTitle(mention: string): [string, string] {
  const words = mention.split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && TITLE_WORDS.test(words[k]!)) k++;
  return [words.slice(0, k).join(' '), words.slice(k).join(' ')];
}

export function TeachOffer({ entry: e, lessons, disabled }: { entry: PreviewEntry; lessons: Lessons; disabled: boolean }) {
  const unknownPeople = e.warnings.map((w) => UNKNOWN_PERSON.exec(w)?.[1]).filter((m): m is string => !!m);
  const suggestions = unknownNames(e.summary, [...e.people.map((p) => p.name), ...unknownPeople]);
  const [term, setTerm] = useState(suggestions[0] ?? '');
  const [country, setCountry] = useState(e.countries[0] ?? '');
  if (e.countries.length === 0 || (!e.edited && unknownPeople.length === 0)) return null;
  const listId = `teach-names-${e.index}`;
  return (
    <div className="teach" role="group" aria-label={`Keep for future imports, entry ${e.index + 1}`}>
      {e.edited && (
        <form
          onSubmit={(ev) => {
            ev.preventDefault();
            if (term.trim() && country) void lessons.learnName(term.trim(), country);
          }}
        >
          <span className="small muted">Keep for future imports:</span>{' '}
          <input list={listId} value={term} size={18} disabled={disabled} aria-label={`Name as written in entry ${e.index + 1}`} onChange={(ev) => setTerm(ev.target.value)} />
          <datalist id={listId}>
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>{' '}
          <span className="small muted">stands for</span>{' '}
          <select value={country} disabled={disabled} aria-label={`State the name stands for, entry ${e.index + 1}`} onChange={(ev) => setCountry(ev.target.value)}>
            {e.countries.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>{' '}
          <button type="submit" disabled={disabled || !term.trim()}>
            Keep
          </button>
        </form>
      )}
      {unknownPeople.map((mention) => {
        const [title, name] = splitTitle(mention);
        return (
          <KeepOfficial key={mention} title={title} name={name} countries={e.countries} from={e.dateStart} disabled={disabled} keep={lessons.keepOfficial} index={e.index} />
        );
      })}
    </div>
  );
}

function KeepOfficial(props: { title: string; name: string; countries: string[]; from: string; disabled: boolean; index: number; keep: Lessons['keepOfficial'] }) {
  const [country, setCountry] = useState(props.countries[0] ?? '');
  if (!props.title || !props.name) return null;
  return (
    <form
      onSubmit={(ev) => {
        ev.preventDefault();
        void props.keep(props.name, props.title, country, props.from);
      }}
    >
      <span className="small muted">
        Keep <strong>{props.name}</strong> as {props.title} of
      </span>{' '}
      <select value={country} disabled={props.disabled} aria-label={`Country of ${props.name}`} onChange={(ev) => setCountry(ev.target.value)}>
        {props.countries.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>{' '}
      <span className="small muted">from {props.from}</span>{' '}
      <button type="submit" disabled={props.disabled || !country}>
        Keep official
      </button>
    </form>
  );
}
