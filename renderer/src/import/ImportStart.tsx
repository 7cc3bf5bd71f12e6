import { useState } from 'react';
import type { ImportState } from './useImport.ts';

/** Paste a chronology, or pick or drop a file; or load the sample, which stays on offer after the store has events. */
export function ImportStart({ importer, onLoadSample }: { importer: ImportState; onLoadSample(): Promise<void> }) {
  const [text, setText] = useState('');
  const [loadingSample, setLoadingSample] = useState(false);
  return (
    <section className="import-start" aria-labelledby="import-heading">
      <h1 id="import-heading">Import a chronology</h1>
      <p className="muted">
        Paste chronology text below, drop a <code>.txt</code>, <code>.md</code>, <code>.csv</code> or <code>.json</code> file anywhere on
        the window, or choose a file. Nothing is added until you have reviewed the entries and pressed Import.
      </p>
      <label className="field-label" htmlFor="paste-box">
        Chronology text
      </label>
      <textarea
        id="paste-box"
        className="paste-box"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={'CHRONOLOGY OF US-JAPAN RELATIONS\nJANUARY—APRIL 2023\n\nJan. 11, 2023: …'}
        spellCheck={false}
      />
      <div className="actions">
        <button type="button" className="primary" disabled={!text.trim() || importer.reading} onClick={() => void importer.readText(text)}>
          Read pasted text
        </button>
        <button type="button" disabled={importer.reading} onClick={() => void importer.chooseFile()}>
          Choose a file…
        </button>
        <button
          type="button"
          disabled={importer.reading || loadingSample}
          onClick={() => {
            setLoadingSample(true);
            void onLoadSample().finally(() => setLoadingSample(false));
          }}
        >
          {loadingSample ? 'Loading the sample…' : 'Load sample briefing book'}
        </button>
        {importer.reading && (
          <span className="muted" role="status">
            Reading…
          </span>
        )}
      </div>
    </section>
  );
}
