/**
 * What each contract channel does. Plain functions of (request, services): no Electron
 * here, so the same handlers serve the Electron shell and the Chromium test harness.
 */
import type { BackupInfo } from '../contract/annotations.ts';
import type { ChannelName, ParsedRequest, Response } from '../contract/channels.ts';
import type { PushEventName, PushEvents } from '../contract/methods.ts';
import { StoreError } from '../db/errors.ts';
import type { StoreClient } from '../db/store-client.ts';
import { exportBriefingPdf } from './export-briefing.ts';
import { parseExternalUrl } from './external-url.ts';
import type { FlushRequests } from './flush-requests.ts';
import { readImportFile, readSampleFiles } from './import-files.ts';

/** What only the shell can do, supplied at start-up (Electron's, or the harness's). */
export interface Ports {
  openExternal(url: string): Promise<void>;
  /** Pushes an event to the page (webContents.send in the shell). */
  emit<E extends PushEventName>(event: E, payload: PushEvents[E]): void;
  /** Asks the analyst for a chronology file (a native open dialog); null if they cancel. */
  chooseImportFile(): Promise<string | null>;
  /** Asks where to save an export (a native save dialog); null if they cancel. */
  chooseExportFile(format: 'csv' | 'json', suggestedName: string): Promise<string | null>;
  /** Asks where to save a backup (a native save dialog opened on the suggested file); null if they cancel. */
  chooseBackupFile(suggestedPath: string): Promise<string | null>;
  /** Asks for a backup to restore (a native open dialog in the backups folder); null if they cancel. */
  chooseRestoreFile(folder: string): Promise<string | null>;
  /** Asks where to save a briefing's PDF (a native save dialog titled 'Export briefing PDF'); null if they cancel. */
  choosePdfFile(suggestedName: string): Promise<string | null>;
  /**
   * Loads the app page at `path` (see contract/print-sheet.ts), waits for its sheet to be laid
   * out and prints it to PDF, all within `timeoutMs`. Rejects with a SheetRenderError
   * (./sheet-render.ts) on a timeout or when the sheet reports an error.
   */
  renderSheetPdf(args: { path: string; timeoutMs: number }): Promise<Uint8Array>;
}

export interface AppIdentity {
  name: string;
  version: string;
  shell: 'electron' | 'chromium-harness' | 'browser';
}

export interface Services {
  store: StoreClient;
  /** A read-only connection for slow reads (counts); the store itself when there is none. */
  reader?: StoreClient;
  ports: Ports;
  identity: AppIdentity;
  /** The app's assets folder (the bundled sample chronologies live in assets/sample). */
  assetsDir: string;
  /** Pending "save everything now" requests to the page (see flush-requests.ts). */
  flushes: FlushRequests;
  /** Replaces the store with a backup and swaps `store` and `reader` for connections to it. */
  restoreStore(file: string): Promise<{ restoredFrom: string; safetyBackup: BackupInfo }>;
  /** The main process's log (stderr in the shell). */
  log?: (line: string) => void;
}

export type Handlers = { [C in ChannelName]: (request: ParsedRequest<C>, services: Services) => Promise<Response<C>> };

export const handlers: Handlers = {
  'app:info': async (_req, { store, identity }) => ({ ...identity, storePath: store.path, schemaVersion: store.schemaVersion }),
  'events:list': (req, { store }) => store.call('listEvents', req),
  'events:add': (req, { store }) => store.call('addEvents', req),
  'store:check': (_req, { store }) => store.call('checkIntegrity', undefined as never),
  'shell:open-external': async (req, { ports }) => {
    const url = parseExternalUrl(req.url);
    if (!url) return { opened: false };
    await ports.openExternal(url);
    return { opened: true };
  },
  'import:preview-text': (req, { store }) => store.call('previewImport', req),
  'import:choose-file': async (_req, { store, ports }) => {
    const file = await ports.chooseImportFile();
    if (!file) return { cancelled: true as const };
    const { text, name } = await readImportFile(file);
    return { ...(await store.call('previewImport', { text, name })), cancelled: false as const };
  },
  'import:summary': (req, { store }) => store.call('previewSummary', req),
  'import:page': (req, { store }) => store.call('previewPage', req),
  'import:edit': (req, { store }) => store.call('editPreviewEntry', req),
  'import:commit': (req, { store }) => store.call('commitPreview', req),
  'import:cancel': async (_req, { store }) => {
    store.cancelRunningTask();
    return { requested: true };
  },
  'import:discard': (req, { store }) => store.call('discardPreview', req),
  'import:set-year': (req, { store }) => store.call('setPreviewYear', req),
  'import:reread': (req, { store }) => store.call('rereadPreview', req),
  'import:name': (req, { store }) => store.call('namePreview', req),
  'import:edit-many': (req, { store }) => store.call('editPreviewEntries', req),
  'reader:terms': (_req, { store }) => store.call('listReaderTerms', undefined),
  'reader:learn': (req, { store }) => store.call('learnReaderTerm', req),
  'reader:forget': (req, { store }) => store.call('forgetReaderTerm', req),
  'sample:load': async (_req, { store, assetsDir }) => {
    const total = { added: 0, duplicates: 0, excluded: 0, cancelled: false };
    for (const { text, name } of await readSampleFiles(assetsDir)) {
      const outcome = await store.call('importText', { text, name });
      total.added += outcome.added;
      total.duplicates += outcome.duplicates;
    }
    return total;
  },
  'countries:list': (_req, { store }) => store.call('listCountries', undefined as never),
  'people:list': (req, { store }) => store.call('listPeople', req),
  'people:save': (req, { store }) => store.call('savePerson', req),
  'events:query': (req, { store }) => store.call('queryEvents', req),
  'events:count': (req, { store, reader }) => (reader ?? store).call('countEvents', req),
  'events:get': (req, { store }) => store.call('getEvent', req),
  'events:set-in-briefing': (req, { store }) => store.call('setInBriefing', req),
  'events:export': async (req, { store, ports }) => {
    const file = await ports.chooseExportFile(req.format, `briefing-book-events-${new Date().toISOString().slice(0, 10)}.${req.format}`);
    if (!file) return { cancelled: true as const };
    return { cancelled: false as const, ...(await store.call('exportView', { ...req, file })) };
  },
  'views:list': (_req, { store }) => store.call('listViews', undefined as never),
  'views:save': (req, { store }) => store.call('saveView', req),
  'views:rename': (req, { store }) => store.call('renameView', req),
  'views:delete': (req, { store }) => store.call('deleteView', req),
  'layout:get': (_req, { store }) => store.call('getTableLayout', undefined as never),
  'layout:save': (req, { store }) => store.call('saveTableLayout', req),
  'filters:choices': (_req, { store }) => store.call('filterChoices', undefined as never),
  'notes:list': (req, { store }) => store.call('listNotes', req),
  'notes:create': (req, { store }) => store.call('createNote', req),
  'notes:save': (req, { store }) => store.call('saveNote', req),
  'notes:revisions': (req, { store }) => store.call('noteRevisions', req),
  'notes:revision-body': (req, { store }) => store.call('noteRevisionBody', req),
  'notes:restore-revision': (req, { store }) => store.call('restoreNoteRevision', req),
  'notes:trash': (req, { store }) => store.call('trashNote', req),
  'notes:untrash': (req, { store }) => store.call('untrashNote', req),
  'notes:trash-list': (_req, { store }) => store.call('listTrash', undefined as never),
  'notes:empty-trash': (req, { store }) => store.call('emptyTrash', req),
  'notes:standing': (_req, { store }) => store.call('listStandingNotes', undefined as never),
  'tags:list': (_req, { store }) => store.call('listTags', undefined as never),
  'tags:create': (req, { store }) => store.call('createTag', req),
  'tags:update': (req, { store }) => store.call('updateTag', req),
  'tags:merge': (req, { store }) => store.call('mergeTags', req),
  'tags:delete': (req, { store }) => store.call('deleteTag', req),
  'events:tag': (req, { store }) => store.call('tagEvents', req),
  'events:set-importance': (req, { store }) => store.call('setImportance', req),
  'activity:list': (req, { store }) => store.call('listActivity', req),
  'settings:get': (_req, { store }) => store.call('getPreferences', undefined as never),
  'settings:save': (req, { store }) => store.call('savePreferences', req),
  'backup:status': (_req, { store }) => store.call('backupStatus', undefined as never),
  'backup:now': async (_req, { store, ports }) => {
    const file = await ports.chooseBackupFile((await store.call('suggestBackupFile', {})).file);
    if (!file) return { cancelled: true as const };
    return { cancelled: false as const, ...(await store.call('backupNow', { file })) };
  },
  'backup:restore': async (req, { store, ports, restoreStore }) => {
    const status = await store.call('backupStatus', undefined as never);
    const file = req ? listedBackup(status.backups, req.file) : await ports.chooseRestoreFile(status.folder);
    if (!file) return { cancelled: true as const };
    return { cancelled: false as const, ...(await restoreStore(file)) };
  },
  // Aggregates read on the second connection, so a dashboard never delays the table or a save.
  'dashboard:country': (req, { store, reader }) => (reader ?? store).call('countryDashboard', req),
  'dashboard:pair': (req, { store, reader }) => (reader ?? store).call('pairDashboard', req),
  'briefings:list': (req, { store }) => store.call('listBriefings', req),
  'briefings:get': (req, { store }) => store.call('getBriefing', req),
  'briefings:create': (req, { store }) => store.call('createBriefing', req),
  'briefings:update': (req, { store }) => store.call('updateBriefing', req),
  'briefings:duplicate': (req, { store }) => store.call('duplicateBriefing', req),
  'briefings:trash': (req, { store }) => store.call('trashBriefing', req),
  'briefings:untrash': (req, { store }) => store.call('untrashBriefing', req),
  'briefings:delete': (req, { store }) => store.call('deleteBriefingForGood', req),
  'briefings:section-add': (req, { store }) => store.call('addSection', req),
  'briefings:section-update': (req, { store }) => store.call('updateSection', req),
  'briefings:section-move': (req, { store }) => store.call('moveSection', req),
  'briefings:section-remove': (req, { store }) => store.call('removeSection', req),
  'briefings:cite': (req, { store }) => store.call('citeEvents', req),
  'briefings:uncite': (req, { store }) => store.call('uncite', req),
  'briefings:citation-move': (req, { store }) => store.call('moveCitation', req),
  'briefings:citation-note': (req, { store }) => store.call('setCitationWithNote', req),
  'briefings:citation-refresh': (req, { store }) => store.call('refreshCitation', req),
  'briefings:citing-event': (req, { store }) => store.call('citationsOfEvent', req),
  'briefings:sources': (req, { store }) => store.call('briefingSources', req),
  'briefings:chronology': (req, { store }) => store.call('briefingChronology', req),
  'briefings:export-pdf': (req, services) => exportBriefingPdf(req, services),
  'events:update': (req, { store }) => store.call('updateEvent', req),
  'events:delete': (req, { store }) => store.call('deleteEvents', req),
  'events:delete-preview': (req, { store }) => store.call('previewEventDeletion', req),
  'events:edit-many': (req, { store }) => store.call('editEvents', req),
  'events:undo': (req, { store }) => store.call('undoEventChange', req),
  'events:history': (req, { store }) => store.call('eventHistory', req),
  'events:restore-version': (req, { store }) => store.call('restoreEventVersion', req),
  'events:untrash': (req, { store }) => store.call('untrashEvents', req),
  'events:trash-list': (_req, { store }) => store.call('listEventsTrash', undefined as never),
  'events:empty-trash': (req, { store }) => store.call('emptyEventsTrash', req),
  'duplicates:list': (req, { store }) => store.call('listDuplicates', req),
  'duplicates:dismiss': (req, { store }) => store.call('dismissDuplicate', req),
  'events:merge': (req, { store }) => store.call('mergeEvents', req),
  'events:undo-merge': (req, { store }) => store.call('undoMerge', req),
  'events:other-sources': (req, { store }) => store.call('otherSources', req),
  'app:flushed': async (req, { flushes }) => {
    flushes.answer(req.token);
    return { ok: true as const };
  },
};

/** A file the page named for a restore must be one of the listed backups, never an arbitrary path. */
function listedBackup(backups: readonly BackupInfo[], file: string): string {
  const listed = backups.find((b) => b.file === file);
  if (!listed) throw new StoreError('NOT_FOUND', 'That backup is not in the backups folder any more; choose one from the list.');
  return listed.file;
}
