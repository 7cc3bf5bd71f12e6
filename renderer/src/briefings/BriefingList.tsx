/**
 * Every briefing: start one, open, rename in place, duplicate, move to the trash (with Undo);
 * the trash lists what was deleted, to restore or delete for good.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Briefing, BriefingListing } from '../../../contract/briefings.ts';
import type { CountryChoice } from '../countries/CountryPicker.tsx';
import { call } from '../api.ts';
import { formatStamp } from '../notes/saveStatus.ts';
import { ConfirmDialog } from '../tags/ConfirmDialog.tsx';
import { messageOf, plural } from './messages.ts';
import { NewBriefingDialog } from './NewBriefingDialog.tsx';
import { relativeTime } from './relativeTime.ts';
import { subjectText, templateLabel } from './templates.ts';
import { TitleCell } from './TitleCell.tsx';
import { useLatestRequest } from '../requests/useLatestRequest.ts';

interface Props {
  onOpen(id: number): void;
  /** A message from elsewhere (a command that needs an open briefing). */
  notice: string | null;
  onDismissNotice(): void;
  /** Names for the subject column; codes are shown until they arrive. */
  countries: readonly CountryChoice[];
}

type Undo = { id: number; title: string };

export function BriefingList({ onOpen, notice, onDismissNotice, countries }: Props) {
  const names = useMemo(() => new Map(countries.map((c) => [c.code, c.name])), [countries]);
  const [all, setAll] = useState<BriefingListing[] | null>(null);
  const [view, setView] = useState<'briefings' | 'trash'>('briefings');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<BriefingListing | null>(null);

  const listing = useLatestRequest();
  const reload = useCallback(
    () => listing.latest(call((api) => api.listBriefings({ includeTrashed: true }))).then(setAll, (e: unknown) => setError(messageOf(e))),
    [listing],
  );
  useEffect(() => void reload(), [reload]);

  const act = async (run: () => Promise<unknown>, message: string | null, undoable: Undo | null = null) => {
    setError(null);
    try {
      await run();
      setStatus(message);
      setUndo(undoable);
      await reload();
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    }
  };

  const rename = (b: BriefingListing, title: string) =>
    act(() => call((api) => api.updateBriefing({ id: b.id, patch: { title } })), null).then((ok) => {
      if (ok) setRenaming(null);
      return ok;
    });

  const duplicate = (b: BriefingListing) =>
    act(async () => {
      const copy: Briefing = await call((api) => api.duplicateBriefing({ id: b.id }));
      return copy;
    }, `Duplicated “${b.title}”.`);

  const trash = (b: BriefingListing) => act(() => call((api) => api.trashBriefing({ id: b.id })), `Moved “${b.title}” to the trash.`, { id: b.id, title: b.title });
  const restore = (b: { id: number; title: string }) => act(() => call((api) => api.untrashBriefing({ id: b.id })), `Restored “${b.title}”.`);
  const deleteForGood = async (b: BriefingListing) => {
    if (await act(() => call((api) => api.deleteBriefingForGood({ id: b.id })), `Deleted “${b.title}” for good.`)) setDeleting(null);
  };

  const live = (all ?? []).filter((b) => !b.deletedAt);
  const trashed = (all ?? []).filter((b) => b.deletedAt);
  const rows = view === 'trash' ? trashed : live;

  return (
    <section className="briefing-list" aria-labelledby="briefings-heading">
      <div className="toolbar">
        <h1 id="briefings-heading">{view === 'trash' ? 'Briefings in the trash' : 'Briefings'}</h1>
        <span className="count">{view === 'trash' ? plural(trashed.length, 'briefing') : plural(live.length, 'briefing')}</span>
        <span className="spacer" />
        {view === 'trash' ? (
          <button type="button" onClick={() => setView('briefings')}>
            Back to briefings
          </button>
        ) : (
          <>
            <button type="button" onClick={() => setView('trash')}>
              Trash ({trashed.length})
            </button>
            <button type="button" className="primary" onClick={() => setCreating(true)}>
              New briefing…
            </button>
          </>
        )}
      </div>
      {notice && (
        <p role="status" className="notice notice-ok" data-testid="briefings-notice">
          {notice}{' '}
          <button type="button" className="link" onClick={onDismissNotice}>
            Dismiss
          </button>
        </p>
      )}
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      <p role="status" className="briefing-status" data-testid="briefings-status">
        {status}
        {status && undo && view === 'briefings' && (
          <>
            {' '}
            <button type="button" className="link" onClick={() => void restore(undo)}>
              Undo
            </button>
          </>
        )}
      </p>
      {all && rows.length === 0 && view === 'briefings' && (
        <div className="empty briefing-empty">
          <h2>No briefings yet</h2>
          <p>
            A briefing is the document you hand to a client or a principal: key points, a few sections of your own analysis, and the events you cite from the store, each kept
            as it stood when you cited it. It prints as a two-page client note or as a full briefing book with a chronology.
          </p>
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New briefing…
          </button>
        </div>
      )}
      {all && rows.length === 0 && view === 'trash' && <p className="muted">The trash is empty. Briefings you delete wait here until you restore them or delete them for good.</p>}
      {rows.length > 0 && (
        <table className="grid briefing-table" aria-label={view === 'trash' ? 'Briefings in the trash' : 'Briefings'}>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Kind</th>
              <th scope="col">Subject</th>
              <th scope="col" className="num">Sections</th>
              <th scope="col" className="num">Cited events</th>
              <th scope="col">{view === 'trash' ? 'Deleted' : 'Last edited'}</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((b) => {
              const stamp = b.deletedAt ?? b.updatedAt;
              return (
                <tr key={b.id} data-briefing-id={b.id}>
                  <td className="briefing-title-cell">
                    <TitleCell
                      title={b.title}
                      editing={renaming === b.id}
                      onOpen={() => onOpen(b.id)}
                      onSave={(title) => rename(b, title)}
                      onCancel={() => {
                        setRenaming(null);
                        setError(null);
                      }}
                    />
                  </td>
                  <td>{templateLabel(b.template)}</td>
                  <td>{subjectText(b.subject, b.title, names)}</td>
                  <td className="num">{b.sections}</td>
                  <td className="num">{b.citations.toLocaleString('en-US')}</td>
                  <td className="briefing-when">
                    <time dateTime={stamp} title={formatStamp(stamp)}>
                      {relativeTime(stamp)}
                    </time>
                  </td>
                  <td className="briefing-actions">
                    {view === 'briefings' ? (
                      <>
                        <button type="button" onClick={() => setRenaming(b.id)} aria-label={`Rename ${b.title}`}>
                          Rename
                        </button>
                        <button type="button" onClick={() => void duplicate(b)} aria-label={`Duplicate ${b.title}`}>
                          Duplicate
                        </button>
                        <button type="button" onClick={() => void trash(b)} aria-label={`Delete ${b.title}`}>
                          Delete
                        </button>
                      </>
                    ) : (
                      <>
                        <button type="button" onClick={() => onOpen(b.id)} aria-label={`Open ${b.title}`}>
                          Open
                        </button>
                        <button type="button" className="primary" onClick={() => void restore(b)} aria-label={`Restore ${b.title}`}>
                          Restore
                        </button>
                        <button type="button" onClick={() => setDeleting(b)} aria-label={`Delete ${b.title} forever`}>
                          Delete forever…
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {creating && (
        <NewBriefingDialog
          onCancel={() => setCreating(false)}
          onCreated={(b) => {
            setCreating(false);
            onOpen(b.id);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog title={`Delete “${deleting.title}” forever?`} confirmLabel="Delete forever" danger onConfirm={() => void deleteForGood(deleting)} onCancel={() => setDeleting(null)}>
          <p>
            Its key points, {plural(deleting.sections, 'section')} and {plural(deleting.citations, 'cited event')} are deleted for good. The events themselves stay in the store.
            This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
