/** An empty store: say what the app is for and offer the two ways in. */
import { useState } from 'react';

interface Props {
  storePath: string | null;
  onLoadSample(): Promise<void>;
  onImport(): void;
}

export function EmptyState({ storePath, onLoadSample, onImport }: Props) {
  const [loading, setLoading] = useState(false);
  return (
    <section className="empty" aria-labelledby="empty-heading">
      <h1 id="empty-heading">No events yet</h1>
      <p>
        Briefing Book keeps your chronologies — dated meetings, visits, calls and statements — as events you can filter,
        annotate and cite in briefings.
      </p>
      <p>Import a chronology of your own, or start with the sample: US–Japan relations from January to April 2023, with a few entries on other pairs.</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={loading}
          onClick={() => {
            setLoading(true);
            void onLoadSample().finally(() => setLoading(false));
          }}
        >
          {loading ? 'Loading the sample…' : 'Load sample briefing book'}
        </button>
        <button type="button" onClick={onImport}>
          Import a chronology…
        </button>
      </div>
      {storePath && (
        <p className="muted small">
          Store: <code>{storePath}</code>
        </p>
      )}
    </section>
  );
}
