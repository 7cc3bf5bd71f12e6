/**
 * Writing a briefing: the form on the left, the sheet as it will print on the right. Every
 * change is saved as it is made; the status line says whether the store has it.
 */
import { useEffect, useState } from 'react';
import type { Briefing } from '../../../contract/briefings.ts';
import { MAX_SECTIONS } from '../../../contract/briefings.ts';
import { call } from '../api.ts';
import type { CountryChoice } from '../countries/CountryPicker.tsx';
import { saveStatusText } from '../notes/saveStatus.ts';
import type { SaveState } from '../notes/useAutosave.ts';
import { BriefingFields } from './BriefingFields.tsx';
import { exportBriefingPdf, exportedText } from './exportPdf.ts';
import { FormDialog } from './FormDialog.tsx';
import { KeyPointsEditor } from './KeyPointsEditor.tsx';
import { messageOf } from './messages.ts';
import { SectionCard } from './SectionCard.tsx';
import { SheetPreview } from './sheet/SheetPreview.tsx';
import { useBriefingDraft } from './useBriefingDraft.ts';
import { useLatestRequest } from '../requests/useLatestRequest.ts';

/** Asked of the open briefing from the menu. */
export interface ComposerRequest {
  kind: 'export' | 'print';
  token: number;
}

interface Props {
  id: number;
  countries: readonly CountryChoice[];
  request: ComposerRequest | null;
  onRequestHandled(): void;
  onBack(): void;
}

export function Composer(props: Props) {
  const [loaded, setLoaded] = useState<Briefing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reading = useLatestRequest();
  useEffect(() => {
    setLoaded(null);
    reading.latest(call((api) => api.getBriefing({ id: props.id }))).then(setLoaded, (e: unknown) => setError(messageOf(e)));
  }, [props.id, reading]);

  if (error) {
    return (
      <div className="composer-missing">
        <p role="alert" className="notice notice-error">
          {error}
        </p>
        <button type="button" onClick={props.onBack}>
          Back to briefings
        </button>
      </div>
    );
  }
  if (!loaded) return <p className="muted">Opening the briefing…</p>;
  return <ComposerView key={loaded.id} initial={loaded} {...props} />;
}

function ComposerView({ initial, countries, request, onRequestHandled, onBack }: Props & { initial: Briefing }) {
  const draft = useBriefingDraft(initial);
  const { briefing: b, revision, saver, ops, problem } = draft;
  const readOnly = b.deletedAt !== null;
  const [adding, setAdding] = useState(false);
  const [newTitle, setNewTitle] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [exporting, setExporting] = useState(false);

  const exportPdf = async () => {
    setOutcome(null);
    setExporting(true);
    await saver.flush();
    try {
      const r = await exportBriefingPdf(b.id);
      if (!r.cancelled) setOutcome({ ok: true, text: exportedText(r) });
    } catch (e) {
      setOutcome({ ok: false, text: messageOf(e) });
    } finally {
      setExporting(false);
    }
  };
  const print = async () => {
    await saver.flush();
    window.print();
  };

  // A menu command for the open briefing, handled once per request.
  const token = request?.token;
  useEffect(() => {
    if (!request) return;
    onRequestHandled();
    void (request.kind === 'export' ? exportPdf() : print());
  }, [token]);

  const back = async () => {
    await saver.flush();
    // A save the store could not take stays here with the form, rather than being dropped on leaving.
    if (saver.hasUnsaved()) {
      draft.setProblem('Some changes are not saved yet, so the briefing stays open; saving is tried again every few seconds.');
      return;
    }
    onBack();
  };

  const addSection = async () => {
    const added = await ops.sectionAdded(() => call((api) => api.addBriefingSection({ briefingId: b.id, title: newTitle })));
    if (added) {
      setAdding(false);
      setNewTitle('');
    }
  };

  return (
    <div className="composer" data-testid="composer">
      <div className="composer-toolbar" role="toolbar" aria-label="Briefing">
        <button type="button" onClick={() => void back()}>
          ← Briefings
        </button>
        <h1 className="composer-heading">{b.title.trim() || 'Untitled briefing'}</h1>
        <p className={`note-status note-status-${saver.state.kind} composer-status`} role="status" aria-live="polite" data-save-state={saver.state.kind} data-testid="composer-save">
          {statusText(saver.state)}
        </p>
        <button type="button" disabled={exporting} onClick={() => void exportPdf()}>
          {exporting ? 'Exporting…' : 'Export PDF…'}
        </button>
        <button type="button" onClick={() => void print()}>
          Print…
        </button>
      </div>
      {readOnly && (
        <p className="notice composer-trashed" role="status">
          This briefing is in the trash, so it opens read-only.{' '}
          <button type="button" className="primary" onClick={() => void ops.wholeBriefing(() => call((api) => api.untrashBriefing({ id: b.id })))}>
            Restore
          </button>
        </p>
      )}
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={`notice ${outcome.ok ? 'notice-ok' : 'notice-error'}`} data-testid="export-outcome">
          {outcome.text}
        </p>
      )}
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
      <div className="composer-panes">
        {/* Not a <form>: the dialogs opened from it are forms of their own, and every field saves by itself. */}
        <div className="composer-form" role="form" aria-label="Briefing contents">
          <fieldset disabled={readOnly} className="composer-fieldset">
            <BriefingFields draft={draft} countries={countries} />
            <KeyPointsEditor draft={draft} />
            <section className="briefing-block" aria-labelledby="composer-sections">
              <h2 id="composer-sections">Sections</h2>
              {b.sections.length === 0 && <p className="muted small">No sections. Add one for each part of your analysis.</p>}
              {b.sections.map((s, i) => (
                <SectionCard key={s.id} section={s} index={i} count={b.sections.length} draft={draft} countries={countries} readOnly={readOnly} />
              ))}
              <p className="briefing-add-line">
                <button type="button" disabled={b.sections.length >= MAX_SECTIONS} onClick={() => setAdding(true)}>
                  Add section…
                </button>
                {b.sections.length >= MAX_SECTIONS && <span className="muted small">A briefing has at most {MAX_SECTIONS} sections.</span>}
              </p>
            </section>
          </fieldset>
        </div>
        <div className="composer-preview" role="region" aria-label="Print preview">
          <SheetPreview briefing={b} revision={revision} />
        </div>
      </div>
      {adding && (
        <FormDialog
          title="Add a section"
          submitLabel="Add section"
          error={problem}
          onSubmit={() => void addSection()}
          onCancel={() => {
            setAdding(false);
            draft.setProblem(null);
          }}
        >
          <label className="briefing-field">
            <span>Section title</span>
            <input value={newTitle} maxLength={120} placeholder="e.g. Outlook" onChange={(e) => setNewTitle(e.target.value)} />
          </label>
        </FormDialog>
      )}
    </div>
  );
}

function statusText(state: SaveState): string {
  // A refused value is not retried: it waits for the analyst to change it.
  if (state.kind === 'failed') return `Not saved: ${state.message} Your text stays here.`;
  return saveStatusText(state);
}
