/**
 * Citing events into one section: the events marked "Add to briefing" in the table, or every
 * event a saved view shows; optionally with their notes.
 */
import { useEffect, useState } from 'react';
import type { Section } from '../../../contract/briefings.ts';
import type { SavedView } from '../../../contract/query.ts';
import { call } from '../api.ts';
import { presetRange } from '../events/datePresets.ts';
import { FormDialog } from './FormDialog.tsx';
import { messageOf, plural } from './messages.ts';
import type { useBriefingDraft } from './useBriefingDraft.ts';

interface Props {
  section: Section;
  draft: ReturnType<typeof useBriefingDraft>;
  /** Closes the dialog with what was cited, in words. */
  onDone(message: string | null): void;
}

export function CiteDialog({ section, draft, onDone }: Props) {
  const [source, setSource] = useState<'marked' | 'view'>('marked');
  const [views, setViews] = useState<SavedView[] | null>(null);
  const [viewId, setViewId] = useState<number | null>(null);
  const [withNotes, setWithNotes] = useState(false);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call((api) => api.listViews()).then(
      (list) => {
        setViews(list);
        setViewId((v) => v ?? list[0]?.id ?? null);
      },
      (e: unknown) => setError(messageOf(e)),
    );
  }, []);

  const view = views?.find((v) => v.id === viewId) ?? null;
  const blocked = source === 'view' && !view ? (views?.length === 0 ? 'There are no saved views.' : 'Choose a view.') : null;

  const cite = async () => {
    setWorking(true);
    setError(null);
    // The store refuses in its own words (the citation limit, a view that no longer reads); shown as it says it.
    try {
      const target = source === 'marked' ? { inBriefing: true as const } : { filter: viewFilter(view!) };
      const result = await call((api) => api.citeEvents({ sectionId: section.id, target, withNotes }));
      draft.ops.section(() => Promise.resolve(result));
      if (result.added === 0 && result.skipped === 0) {
        setError(source === 'marked' ? 'No events are marked “Add to briefing” in the table.' : 'The view shows no events.');
        setWorking(false);
        return;
      }
      onDone(`Cited ${plural(result.added, 'event')}${result.skipped > 0 ? ` (${result.skipped.toLocaleString('en-US')} ${result.skipped === 1 ? 'was' : 'were'} already cited)` : ''}.`);
    } catch (e) {
      setError(messageOf(e));
      setWorking(false);
    }
  };

  return (
    <FormDialog title={`Cite events in “${section.title}”`} submitLabel="Cite events" working={working} blocked={blocked} error={error} onSubmit={() => void cite()} onCancel={() => onDone(null)}>
      <fieldset className="cite-sources">
        <legend>Which events</legend>
        <label>
          <input type="radio" name="cite-source" checked={source === 'marked'} onChange={() => setSource('marked')} />
          Events marked “Add to briefing” in the table
        </label>
        <label>
          <input type="radio" name="cite-source" checked={source === 'view'} onChange={() => setSource('view')} />
          Every event of a saved view
        </label>
        {source === 'view' && (
          <label className="briefing-field cite-view">
            <span>Saved view</span>
            {views && views.length === 0 ? (
              <span className="muted small">No saved views yet. Save one from the events table.</span>
            ) : (
              <select value={viewId ?? ''} onChange={(e) => setViewId(Number(e.target.value))}>
                {(views ?? []).map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </select>
            )}
          </label>
        )}
      </fieldset>
      <label className="cite-notes">
        <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} />
        Include their notes
      </label>
    </FormDialog>
  );
}

/** What the view shows today: a relative date preset ("last 12 months") is resolved as the table resolves it. */
function viewFilter(view: SavedView) {
  const { filter, datePreset } = view.state;
  return datePreset && datePreset !== 'custom' ? { ...filter, ...presetRange(datePreset) } : filter;
}
