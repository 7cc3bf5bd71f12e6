/**
 * Names the analyst taught the reader from import previews ('Global Lantern' stands for CN),
 * with a way to forget one. Later imports read them; events already imported keep their countries.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ReaderTerm } from '../../../contract/reader.ts';
import { call, BriefingError } from '../api.ts';

export function ReaderTerms() {
  const [terms, setTerms] = useState<ReaderTerm[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setTerms((await call((api) => api.listReaderTerms({}))).terms);
    } catch (e) {
      setError(e instanceof BriefingError ? e.message : String(e));
    }
  }, []);
  useEffect(() => void load(), [load]);
  if (!terms || (terms.length === 0 && !error)) return null;
  return (
    <section className="reader-terms" aria-labelledby="reader-terms-heading">
      <h2 id="reader-terms-heading">Names the reader has learned</h2>
      <p className="muted small">Kept from import previews; every later import reads them. Events already imported keep their countries.</p>
      {error && (
        <div role="alert" className="notice notice-error">
          {error}
        </div>
      )}
      <table className="grid" aria-label="Names the reader has learned">
        <thead>
          <tr>
            <th scope="col">Name as written</th>
            <th scope="col">Stands for</th>
            <th scope="col">Kept</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {terms.map((t) => (
            <tr key={t.term}>
              <td>{t.term}</td>
              <td>{t.country}</td>
              <td className="muted small">{t.createdAt.slice(0, 10)}</td>
              <td>
                <button type="button" aria-label={`Forget ${t.term}`} onClick={() => void call((api) => api.forgetReaderTerm({ term: t.term })).then(load, (e) => setError(String(e)))}>
                  Forget
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
