/**
 * The store's backups: where they are (and a warning when that folder is synced or on a
 * network drive), the list, Back up now and Restore from backup. A restore asks first;
 * when it is done the main process tells the page, which reloads (useSettingsCommands).
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { BackupInfo, BackupStatus } from '../../../contract/annotations.ts';
import { call, BriefingError } from '../api.ts';
import { isBrowserMode } from '../shellInfo.ts';
import type { SettingsRequest } from './useSettingsCommands.ts';
import { useLatestRequest } from '../requests/useLatestRequest.ts';

const KIND_LABEL: Record<BackupInfo['kind'], string> = {
  auto: 'Automatic',
  manual: 'Made by you',
  'before-restore': 'Before a restore',
  'before-update': 'Before an app update',
};

const messageOf = (e: unknown) => (e instanceof BriefingError ? e.message : String(e));
const fileName = (p: string) => p.split(/[\\/]/).at(-1) ?? p;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const formatWhen = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

type Outcome = { kind: 'ok'; text: string; warning?: string | null } | { kind: 'error'; text: string } | null;

interface Props {
  request: SettingsRequest | null;
  onRequestHandled(): void;
  restoredFrom: string | null;
  /** The "Automatic backups kept" preference, drawn in this section. */
  keepField: ReactNode;
}

export function BackupsPanel({ request, onRequestHandled, restoredFrom, keepField }: Props) {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(
    restoredFrom ? { kind: 'ok', text: `Restored the store from ${restoredFrom}. The store as it was before is kept below as “Before a restore”.` } : null,
  );

  const reading = useLatestRequest();
  const refresh = useCallback(
    () => reading.latest(call((api) => api.backupStatus())).then(setStatus, (e: unknown) => setOutcome({ kind: 'error', text: messageOf(e) })),
    [reading],
  );
  useEffect(() => void refresh(), [refresh]);

  const backUp = useCallback(async () => {
    setBusy('backup');
    setConfirming(false);
    try {
      const result = await call((api) => api.backupNow());
      if (!result.cancelled) setOutcome({ kind: 'ok', text: `Backed up the store to ${result.backup.file} (${formatBytes(result.backup.bytes)}).`, warning: result.warning });
      await refresh();
    } catch (e) {
      setOutcome({ kind: 'error', text: messageOf(e) });
    } finally {
      setBusy(null);
    }
  }, [refresh]);

  // Browser mode has no open dialog: the backup is picked from the list here.
  const browserMode = isBrowserMode();
  const [picked, setPicked] = useState('');
  const restore = async () => {
    setBusy('restore');
    try {
      const result = await call((api) => api.restoreBackup(browserMode ? { file: picked } : undefined));
      // On success the page reloads when the store is replaced; this is for Cancel.
      if (result.cancelled) setConfirming(false);
    } catch (e) {
      setConfirming(false);
      setOutcome({ kind: 'error', text: messageOf(e) });
    } finally {
      setBusy(null);
    }
  };

  useEffect(() => {
    if (!request) return;
    onRequestHandled();
    if (request.action === 'backup') void backUp();
    else setConfirming(true);
  }, [request, onRequestHandled, backUp]);

  return (
    <section className="settings-section" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      {status && (
        <dl className="backup-facts">
          <dt>Backups folder</dt>
          <dd>
            <code data-testid="backups-folder">{status.folder}</code>
          </dd>
          <dt>Last backup</dt>
          <dd>{status.lastBackupAt ? formatWhen(status.lastBackupAt) : 'none yet'}</dd>
        </dl>
      )}
      {status?.folderWarning && (
        <div className="notice notice-warn" role="note" aria-label="Backups folder warning">
          <strong>This folder is synced or on a network drive.</strong> {status.folderWarning}
        </div>
      )}
      {keepField}
      <div className="actions">
        <button type="button" className="primary" disabled={busy !== null} onClick={() => void backUp()}>
          {busy === 'backup' ? 'Backing up…' : 'Back up now…'}
        </button>
        <button type="button" disabled={busy !== null || confirming} onClick={() => setConfirming(true)}>
          Restore from backup…
        </button>
      </div>
      {confirming && (
        <div className="restore-confirm" role="alertdialog" aria-labelledby="restore-confirm-text" aria-modal="false">
          <p id="restore-confirm-text">Restore replaces everything in the current store with the backup. Your current store is backed up first.</p>
          {browserMode && (
            <label className="restore-pick">
              Backup to restore{' '}
              <select value={picked} onChange={(e) => setPicked(e.target.value)} autoFocus>
                <option value="">Choose a backup…</option>
                {(status?.backups ?? []).map((b) => (
                  <option key={b.file} value={b.file}>
                    {`${formatWhen(b.at)} · ${KIND_LABEL[b.kind]} · ${formatBytes(b.bytes)} · ${fileName(b.file)}`}
                  </option>
                ))}
              </select>
            </label>
          )}
          <div className="actions">
            <button type="button" className="danger" disabled={busy !== null || (browserMode && !picked)} onClick={() => void restore()} autoFocus={!browserMode}>
              {busy === 'restore' ? 'Restoring…' : browserMode ? 'Restore this backup' : 'Choose a backup and restore…'}
            </button>
            <button type="button" disabled={busy !== null} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {outcome && (
        <div role={outcome.kind === 'error' ? 'alert' : 'status'} className={`notice ${outcome.kind === 'error' ? 'notice-error' : 'notice-ok'}`} data-testid="backup-outcome">
          {outcome.text}
        </div>
      )}
      {/* A backup saved elsewhere gets its own folder's warning; the backups folder's is shown above. */}
      {outcome?.kind === 'ok' && outcome.warning && outcome.warning !== status?.folderWarning && (
        <div className="notice notice-warn" role="note" aria-label="Backup file warning">
          {outcome.warning}
        </div>
      )}
      <BackupList backups={status?.backups ?? null} />
    </section>
  );
}

function BackupList({ backups }: { backups: BackupInfo[] | null }) {
  if (!backups) return null;
  if (backups.length === 0) return <p className="muted">No backups yet. One is taken automatically when you quit after making changes.</p>;
  return (
    <table className="grid backup-list" aria-label="Backups">
      <thead>
        <tr>
          <th scope="col" className="col-kind">
            Kind
          </th>
          <th scope="col">Taken</th>
          <th scope="col" className="col-size">
            Size
          </th>
          <th scope="col">File</th>
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.file} data-kind={b.kind}>
            <td className="col-kind">{KIND_LABEL[b.kind]}</td>
            <td className="nowrap">{formatWhen(b.at)}</td>
            <td className="col-size">{formatBytes(b.bytes)}</td>
            <td className="muted small backup-file" title={b.file}>
              {fileName(b.file)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
