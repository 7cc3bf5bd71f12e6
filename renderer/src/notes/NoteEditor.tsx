/**
 * Writing a note: a plain textarea (so the browser's own undo and redo work), a preview of
 * the markdown, and a status line that always says whether the text is stored.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Note, NoteTarget } from '../../../contract/annotations.ts';
import { MarkdownView } from '../markdown/MarkdownView.tsx';
import { saveStatusText } from './saveStatus.ts';
import { useAutosave } from './useAutosave.ts';

interface Props {
  note: Note | null;
  target: NoteTarget;
  onSaved(note: Note): void;
  /** Leave the editor (after saving what it holds). */
  onDone(): void;
  autoFocus?: boolean;
}

export function NoteEditor({ note, target, onSaved, onDone, autoFocus = true }: Props) {
  const { draft, setDraft, flush, state } = useAutosave({ note, target, onSaved });
  const [preview, setPreview] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const statusId = useId();

  useEffect(() => {
    if (autoFocus) area.current?.focus();
  }, [autoFocus]);

  const done = async () => {
    await flush();
    onDone();
  };

  return (
    <div className="note-editor" data-testid="note-editor">
      <div className="note-editor-bar" role="toolbar" aria-label="Note editor">
        <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>
          Write
        </button>
        <button type="button" aria-pressed={preview} onClick={() => setPreview(true)}>
          Preview
        </button>
        <span className="note-editor-hint muted small" title="Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z redoes, Esc finishes">
          Markdown · saved as you type
        </span>
        <button type="button" className="primary" onClick={() => void done()}>
          Done
        </button>
      </div>
      {preview ? (
        <MarkdownView text={draft} className="note-preview" />
      ) : (
        <textarea
          ref={area}
          className="note-textarea"
          aria-label={note ? 'Note text' : 'New note text'}
          aria-describedby={statusId}
          dir="auto"
          spellCheck
          value={draft}
          placeholder="Write a note in markdown: **bold**, _italic_, - lists, [links](https://…)"
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void flush()}
          onKeyDown={(e) => {
            // Esc leaves the editor but keeps the table's Esc from closing the panel underneath.
            if (e.key === 'Escape') {
              e.stopPropagation();
              void done();
            } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
              // Here Ctrl+S means "save this note now", not "save the table's view".
              e.preventDefault();
              e.stopPropagation();
              void flush();
            }
          }}
        />
      )}
      <p id={statusId} className={`note-status note-status-${state.kind}`} role="status" aria-live="polite" data-save-state={state.kind}>
        {saveStatusText(state)}
      </p>
    </div>
  );
}
