/**
 * The officials the importer recognises: the built-in gazetteer and the analyst's own
 * additions and corrections. A person named in an entry makes their country a participant.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Person } from '../../../contract/imports.ts';
import { call, BriefingError } from '../api.ts';
import { formatCount } from '../format.ts';
import { PersonForm, type PersonDraft } from './PersonForm.tsx';
import { ReaderTerms } from './ReaderTerms.tsx';
import { useLatestRequest } from '../requests/useLatestRequest.ts';

const messageOf = (e: unknown) => (e instanceof BriefingError ? [e.message, ...e.issues].join(' ') : String(e));

function currentRole(p: Person): string {
  const today = new Date().toISOString().slice(0, 10);
  const now = p.roles.find((r) => r.from <= today && (r.to === null || today < r.to));
  const last = now ?? p.roles.at(-1);
  if (!last) return '—';
  return now ? `${last.title} (${last.level})` : `formerly ${last.title}`;
}

export function PeopleScreen() {
  const [query, setQuery] = useState('');
  const [list, setList] = useState<{ total: number; people: Person[] } | null>(null);
  const [countries, setCountries] = useState<Array<{ code: string; name: string }>>([]);
  const [editing, setEditing] = useState<PersonDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const listing = useLatestRequest();
  // Typing asks again at each key; only the answer for what is typed now is shown.
  const load = useCallback(
    (q: string) => listing.latest(call((api) => api.listPeople({ query: q, limit: 200 }))).then(setList, (e: unknown) => setError(messageOf(e))),
    [listing],
  );
  const countriesRequest = useLatestRequest();
  useEffect(() => void load(query), [load, query]);
  useEffect(() => {
    countriesRequest.latest(call((api) => api.listCountries())).then((all) => setCountries(all.filter((c) => c.kind === 'state' || c.code === 'EU' || c.code === 'UN' || c.code === 'NATO')), (e) => setError(messageOf(e)));
  }, []);

  const save = async (draft: PersonDraft) => {
    try {
      const saved = await call((api) => api.savePerson({ person: draft }));
      setEditing(null);
      setError(null);
      setNotice(`Saved ${saved.name}. Imports from now on recognise ${saved.aliases.length ? 'these names' : 'this name'}.`);
      await load(query);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <section className="people" aria-labelledby="people-heading">
      <div className="toolbar">
        <h1 id="people-heading">People</h1>
        {list && <span className="count">{formatCount(list.total)} {list.total === 1 ? 'official' : 'officials'}</span>}
        <span className="spacer" />
        <input type="search" className="search" placeholder="Search names…" aria-label="Search people" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="button" className="primary" onClick={() => setEditing({ name: '', country: '', aliases: [], roles: [] })}>
          Add a person
        </button>
      </div>
      {error && (
        <div role="alert" className="notice notice-error">
          {error}
        </div>
      )}
      {notice && !error && (
        <div role="status" className="notice notice-ok">
          {notice}
        </div>
      )}
      {editing && <PersonForm key={editing.id ?? 'new'} initial={editing} countries={countries} onSave={save} onCancel={() => setEditing(null)} />}
      <ReaderTerms />
      <table className="grid" aria-label="People">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Country</th>
            <th scope="col">Office</th>
            <th scope="col">Also known as</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list?.people.map((p) => (
            <tr key={p.id} data-person={p.id}>
              <td>
                {p.name} {!p.builtIn && <span className="chip">added</span>} {p.builtIn && p.edited && <span className="chip">edited</span>}
              </td>
              <td>{p.country}</td>
              <td>{currentRole(p)}</td>
              <td className="muted small">{p.aliases.join(', ')}</td>
              <td>
                <button type="button" onClick={() => setEditing({ id: p.id, name: p.name, country: p.country ?? '', aliases: p.aliases, roles: p.roles })} aria-label={`Edit ${p.name}`}>
                  Edit
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
