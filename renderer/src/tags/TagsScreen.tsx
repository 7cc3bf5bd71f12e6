/**
 * The tag manager: every tag with its colour and how many events carry it; create, rename,
 * recolour, merge several into one, delete. Each change reads the list again, so the counts
 * are always the store's.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TagInfo } from '../../../contract/annotations.ts';
import { BriefingError, call } from '../api.ts';
import { formatCount } from '../format.ts';
import { ColorPalette } from './ColorPalette.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { colorName, TagSwatch } from './TagSwatch.tsx';
import { usePopover } from './usePopover.ts';
import './tags.css';
import { useLatestRequest } from '../requests/useLatestRequest.ts';

const messageOf = (e: unknown) => (e instanceof BriefingError ? [e.message, ...e.issues].join(' ') : String(e));
const events = (n: number) => `${formatCount(n)} ${n === 1 ? 'event' : 'events'}`;

interface Props {
  /** Go to the events table (from the empty state). */
  onOpenEvents?(): void;
}

export function TagsScreen({ onOpenEvents }: Props) {
  const [tags, setTags] = useState<TagInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const [creating, setCreating] = useState(false);
  const [merging, setMerging] = useState(false);
  const [deleting, setDeleting] = useState<TagInfo | null>(null);

  const listing = useLatestRequest();
  const reload = useCallback(
    () =>
      listing.latest(call((api) => api.listTags())).then(
        (list) => {
          setTags(list);
          // A tag merged or deleted elsewhere is no longer selectable.
          setChecked((c) => new Set([...c].filter((id) => list.some((t) => t.id === id))));
          setError(null);
        },
        (e: unknown) => setError(messageOf(e)),
      ),
    [listing],
  );
  useEffect(() => void reload(), [reload]);

  const done = async (message: string | null) => {
    if (message) setNotice(message);
    await reload();
  };

  const toggle = (id: number) =>
    setChecked((c) => {
      const next = new Set(c);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const selected = (tags ?? []).filter((t) => checked.has(t.id));

  return (
    <section className="tags-screen" aria-labelledby="tags-heading">
      <div className="toolbar">
        <h1 id="tags-heading">Tags</h1>
        {tags && <span className="count">{tags.length === 1 ? '1 tag' : `${formatCount(tags.length)} tags`}</span>}
        <span className="spacer" />
        <button type="button" className="primary" aria-expanded={creating} onClick={() => setCreating((c) => !c)}>
          New tag
        </button>
      </div>
      {error && (
        <div role="alert" className="notice notice-error">
          {error}
        </div>
      )}
      {notice && (
        <div role="status" className="notice notice-ok">
          {notice}{' '}
          <button type="button" className="link" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      {creating && (
        <NewTagForm
          onCreated={async (tag) => {
            setCreating(false);
            await done(`Created the tag “${tag.name}”.`);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {tags === null && !error && <p className="muted" aria-busy="true">Reading the tags…</p>}
      {tags?.length === 0 && !creating && <EmptyTags onOpenEvents={onOpenEvents} onCreate={() => setCreating(true)} />}
      {tags && tags.length > 0 && (
        <>
          <div className="tags-merge-bar" aria-live="polite">
            <span className="muted">{selected.length === 0 ? 'Tick tags to merge them into one.' : `${selected.length} selected`}</span>
            <button type="button" disabled={selected.length === 0} onClick={() => setMerging(true)}>
              Merge selected into…
            </button>
            {selected.length > 0 && (
              <button type="button" className="link-button" onClick={() => setChecked(new Set())}>
                Clear selection
              </button>
            )}
          </div>
          <table className="grid tags-table" aria-label="Tags">
            <thead>
              <tr>
                <th scope="col" className="col-check">
                  <span className="visually-hidden">Select for merging</span>
                </th>
                <th scope="col" className="col-colour">
                  Colour
                </th>
                <th scope="col">Name</th>
                <th scope="col" className="col-events">
                  Events
                </th>
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tags.map((t) => (
                <TagRow key={t.id} tag={t} checked={checked.has(t.id)} onToggle={() => toggle(t.id)} onChanged={done} onDelete={() => setDeleting(t)} />
              ))}
            </tbody>
          </table>
        </>
      )}
      {merging && tags && (
        <MergeDialog
          tags={tags}
          selected={selected}
          onDone={async (message) => {
            setMerging(false);
            setChecked(new Set());
            await done(message);
          }}
          onCancel={() => setMerging(false)}
        />
      )}
      {deleting && (
        <DeleteDialog
          tag={deleting}
          onDone={async (message) => {
            setDeleting(null);
            await done(message);
          }}
          onCancel={() => setDeleting(null)}
        />
      )}
    </section>
  );
}

function EmptyTags({ onOpenEvents, onCreate }: { onOpenEvents?: () => void; onCreate(): void }) {
  return (
    <div className="tags-empty">
      <h2>No tags yet</h2>
      <p>
        Tags are your own labels for events — “follow-up”, “alliance”, “for the minister” — so that a set of events can be found again, filtered in the
        table and counted here. An event can carry any number of tags.
      </p>
      <p>
        To tag events, select them in the Events table: tick their checkboxes, Ctrl+click (⌘+click on a Mac) or press Space on a row, Shift+click for a
        range. Then choose <strong>Tag…</strong> in the bar above the table. One event’s tags can also be changed in its detail panel.
      </p>
      <div className="actions">
        {onOpenEvents && (
          <button type="button" className="primary" onClick={onOpenEvents}>
            Go to the events
          </button>
        )}
        <button type="button" onClick={onCreate}>
          New tag
        </button>
      </div>
    </div>
  );
}

function NewTagForm({ onCreated, onCancel }: { onCreated(tag: TagInfo): Promise<void>; onCancel(): void }) {
  const [name, setName] = useState('');
  const [color, setColor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const create = async () => {
    setWorking(true);
    try {
      await onCreated(await call((api) => api.createTag({ name, color })));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setWorking(false);
    }
  };

  return (
    <form
      className="tag-form"
      aria-label="New tag"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label className="tag-form-name">
        Name
        <input
          type="text"
          autoFocus
          value={name}
          maxLength={60}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
        />
      </label>
      <div className="tag-form-colour">
        <span className="tag-form-label">Colour</span>
        <ColorPalette value={color} onChange={setColor} label="Colour of the new tag" />
      </div>
      <div className="tag-form-actions">
        <button type="submit" className="primary" disabled={working || name.trim() === ''}>
          Create
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {error && (
          <span role="alert" className="field-error">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}

interface RowProps {
  tag: TagInfo;
  checked: boolean;
  onToggle(): void;
  onChanged(message: string | null): Promise<void>;
  onDelete(): void;
}

function TagRow({ tag, checked, onToggle, onChanged, onDelete }: RowProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(tag.name);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const palette = usePopover();

  const startEdit = () => {
    setDraft(tag.name);
    setError(null);
    setEditing(true);
  };

  const save = async () => {
    if (draft.trim() === tag.name) return setEditing(false);
    setWorking(true);
    try {
      const renamed = await call((api) => api.updateTag({ id: tag.id, name: draft }));
      setEditing(false);
      await onChanged(`Renamed “${tag.name}” to “${renamed.name}”.`);
    } catch (e) {
      // The field keeps what was typed, so nothing is lost.
      setError(messageOf(e));
    } finally {
      setWorking(false);
    }
  };

  const recolour = async (color: string | null) => {
    palette.close(true);
    try {
      await call((api) => api.updateTag({ id: tag.id, color }));
      await onChanged(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <tr className={checked ? 'is-checked' : undefined} data-tag-id={tag.id}>
      <td className="col-check">
        <input type="checkbox" aria-label={`Select “${tag.name}” for merging`} checked={checked} onChange={onToggle} />
      </td>
      <td className="col-colour">
        <div className="tag-colour" ref={palette.root}>
          <button
            ref={palette.button}
            type="button"
            className="swatch-button"
            aria-label={`Colour of “${tag.name}”: ${colorName(tag.color)}`}
            title="Change the colour"
            aria-expanded={palette.open}
            aria-haspopup="dialog"
            onClick={palette.toggle}
          >
            <TagSwatch color={tag.color} size={14} />
          </button>
          {palette.open && (
            <div className="palette-popover" role="dialog" aria-label={`Colour of “${tag.name}”`}>
              <ColorPalette value={tag.color} onChange={(c) => void recolour(c)} label="Colours" />
            </div>
          )}
        </div>
      </td>
      <td className="col-name">
        {editing ? (
          <div className="tag-rename">
            <input
              type="text"
              autoFocus
              aria-label={`New name for “${tag.name}”`}
              value={draft}
              maxLength={60}
              aria-invalid={error ? true : undefined}
              onChange={(e) => {
                setDraft(e.target.value);
                setError(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void save();
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  setEditing(false);
                  setError(null);
                }
              }}
            />
            <button type="button" className="primary" disabled={working} onClick={() => void save()}>
              Save
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                setError(null);
              }}
            >
              Cancel
            </button>
            {error && (
              <span role="alert" className="field-error">
                {error}
              </span>
            )}
          </div>
        ) : (
          <div className="tag-rename">
            <button type="button" className="tag-name" title="Click to rename" onClick={startEdit}>
              {tag.name}
            </button>
            {error && (
              <span role="alert" className="field-error">
                {error}
              </span>
            )}
          </div>
        )}
      </td>
      <td className="col-events">{formatCount(tag.events)}</td>
      <td className="col-actions">
        {!editing && (
          <button type="button" aria-label={`Rename “${tag.name}”`} onClick={startEdit}>
            Rename
          </button>
        )}
        <button type="button" aria-label={`Delete “${tag.name}”`} onClick={onDelete}>
          Delete
        </button>
      </td>
    </tr>
  );
}

function MergeDialog({ tags, selected, onDone, onCancel }: { tags: TagInfo[]; selected: TagInfo[]; onDone(message: string): Promise<void>; onCancel(): void }) {
  // The tag most used among those ticked is kept unless the analyst says otherwise.
  const [keepId, setKeepId] = useState(() => [...selected].sort((a, b) => b.events - a.events)[0]?.id ?? tags[0]!.id);
  const [carrying, setCarrying] = useState<number | null>(null);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const keep = tags.find((t) => t.id === keepId) ?? tags[0]!;
  const from = selected.filter((t) => t.id !== keep.id);
  const fromKey = from.map((t) => t.id).join(',');

  // Events carrying any of the merged tags, each counted once.
  const counting = useLatestRequest();
  useEffect(() => {
    if (!fromKey) return counting.drop();
    setCarrying(null);
    const ids = fromKey.split(',').map(Number);
    counting.latest(call((api) => api.countEvents({ filter: { tags: ids } }))).then(
      (r) => setCarrying(r.total),
      (e: unknown) => setError(messageOf(e)),
    );
  }, [fromKey, counting]);

  const merge = async () => {
    setWorking(true);
    try {
      const result = await call((api) => api.mergeTags({ from: from.map((t) => t.id), into: keep.id }));
      await onDone(`Merged ${from.map((t) => `“${t.name}”`).join(', ')} into “${result.into.name}”; it is now on ${events(result.into.events)}.`);
    } catch (e) {
      setError(messageOf(e));
      setWorking(false);
    }
  };

  const others = tags.filter((t) => !selected.some((s) => s.id === t.id));
  return (
    <ConfirmDialog title="Merge tags" confirmLabel="Merge" working={working} disabled={from.length === 0 || carrying === null} error={error} onConfirm={() => void merge()} onCancel={onCancel}>
      <label className="merge-keep">
        Keep
        <select aria-label="Tag to keep" value={keep.id} onChange={(e) => setKeepId(Number(e.target.value))}>
          <optgroup label="Selected">
            {selected.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </optgroup>
          {others.length > 0 && (
            <optgroup label="Other tags">
              {others.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      {from.length === 0 ? (
        <p>Select at least one other tag to merge into “{keep.name}”.</p>
      ) : (
        <>
          <p data-testid="merge-summary">
            {from.length === 1 ? '1 tag will be merged' : `${from.length} tags will be merged`} into “{keep.name}”;{' '}
            {carrying === null ? 'counting their events…' : `${events(carrying)} ${carrying === 1 ? 'carries' : 'carry'} ${from.length === 1 ? 'it' : 'them'}.`}
          </p>
          <p className="muted small">
            {from.map((t) => `“${t.name}”`).join(', ')} {from.length === 1 ? 'is' : 'are'} then removed; {from.length === 1 ? 'its' : 'their'} events carry “{keep.name}”
            instead.
          </p>
        </>
      )}
    </ConfirmDialog>
  );
}

function DeleteDialog({ tag, onDone, onCancel }: { tag: TagInfo; onDone(message: string): Promise<void>; onCancel(): void }) {
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    setWorking(true);
    try {
      const result = await call((api) => api.deleteTag({ id: tag.id }));
      await onDone(`Deleted the tag “${tag.name}”; it was on ${events(result.events)}.`);
    } catch (e) {
      setError(messageOf(e));
      setWorking(false);
    }
  };
  return (
    <ConfirmDialog title={`Delete “${tag.name}”?`} confirmLabel="Delete" danger working={working} error={error} onConfirm={() => void remove()} onCancel={onCancel}>
      <p>
        {tag.events === 0 ? 'It is on no events.' : `It is on ${events(tag.events)}.`} The events stay; only the tag is removed.
      </p>
    </ConfirmDialog>
  );
}
