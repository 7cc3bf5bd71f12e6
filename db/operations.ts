/**
 * Everything the store worker can be asked to do. The worker looks operations up by
 * name in this table; the client is typed from it.
 */
import type { Database } from 'better-sqlite3';
import { listActivity } from './activity.ts';
import {
  addSection,
  briefingChronology,
  briefingSources,
  citationsOfEvent,
  citeEvents,
  createBriefing,
  deleteBriefingForGood,
  duplicateBriefing,
  getBriefing,
  listBriefings,
  moveCitation,
  moveSection,
  refreshCitation,
  removeSection,
  setCitationWithNote,
  trashBriefing,
  uncite,
  untrashBriefing,
  updateBriefing,
  updateSection,
} from './briefings.ts';
import { countryDashboard } from './dashboards/country.ts';
import { pairDashboard } from './dashboards/pair.ts';
import { autoBackup, backupNow, backupStatus, prepareRestore, recordRestore, suggestBackupFile } from './backup-operations.ts';
import { editEvents, eventHistory, restoreEventVersion, undoEventChange, updateEvent } from './event-edits.ts';
import { deleteEvents, emptyEventsTrash, listEventsTrash, previewEventDeletion, untrashEvents } from './events-trash.ts';
import { countEvents, getEvent, queryEvents } from './event-queries.ts';
import { addEvents, listEvents } from './events.ts';
import { exportView } from './export-view.ts';
import { dismissDuplicate, listDuplicates } from './duplicates.ts';
import { mergeEvents, otherSources, undoMerge } from './merge-events.ts';
import {
  commitPreview,
  discardPreview,
  editPreviewEntries,
  editPreviewEntry,
  namePreview,
  rereadPreview,
  setPreviewYear,
  importText,
  previewImport,
  previewPage,
  previewSummary,
} from './import/import-operations.ts';
import type { OperationContext } from './operation-context.ts';
import { createNote, emptyTrash, listNotes, listStandingNotes, listTrash, noteRevisionBody, noteRevisions, restoreNoteRevision, saveNote, trashNote, untrashNote } from './notes.ts';
import { listPeople, savePerson } from './people.ts';
import { forgetReaderTerm, learnReaderTerm, listReaderTerms } from './reader-terms.ts';
import { getPreferences, savePreferences } from './preferences.ts';
import { createTag, deleteTag, listTags, mergeTags, setImportance, setInBriefing, tagEvents, updateTag } from './tags.ts';
import { deleteView, filterChoices, getTableLayout, listViews, renameView, saveTableLayout, saveView } from './views.ts';

export function checkIntegrity(db: Database): { ok: boolean; messages: string[] } {
  const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  const messages = rows.map((r) => r.integrity_check);
  return { ok: messages.length === 1 && messages[0] === 'ok', messages };
}

export function listCountries(db: Database): Array<{ code: string; name: string; kind: 'state' | 'organisation' }> {
  return db.prepare('SELECT code, name, kind FROM countries ORDER BY name').all() as Array<{ code: string; name: string; kind: 'state' | 'organisation' }>;
}

export const operations = {
  listEvents,
  addEvents,
  checkIntegrity,
  listCountries,
  previewImport,
  previewSummary,
  previewPage,
  editPreviewEntry,
  discardPreview,
  commitPreview,
  setPreviewYear,
  rereadPreview,
  namePreview,
  editPreviewEntries,
  listReaderTerms,
  learnReaderTerm,
  forgetReaderTerm,
  importText,
  listPeople,
  savePerson,
  queryEvents,
  countEvents,
  getEvent,
  setInBriefing,
  exportView,
  listViews,
  saveView,
  renameView,
  deleteView,
  getTableLayout,
  saveTableLayout,
  filterChoices,
  backupStatus,
  suggestBackupFile,
  backupNow,
  autoBackup,
  prepareRestore,
  recordRestore,
  getPreferences,
  savePreferences,
  listNotes,
  createNote,
  saveNote,
  noteRevisions,
  noteRevisionBody,
  restoreNoteRevision,
  trashNote,
  untrashNote,
  listTrash,
  emptyTrash,
  listStandingNotes,
  listTags,
  createTag,
  updateTag,
  mergeTags,
  deleteTag,
  tagEvents,
  setImportance,
  listActivity,
  countryDashboard,
  pairDashboard,
  listBriefings,
  getBriefing,
  createBriefing,
  updateBriefing,
  duplicateBriefing,
  trashBriefing,
  untrashBriefing,
  deleteBriefingForGood,
  addSection,
  updateSection,
  moveSection,
  removeSection,
  citeEvents,
  uncite,
  moveCitation,
  setCitationWithNote,
  refreshCitation,
  citationsOfEvent,
  briefingSources,
  briefingChronology,
  updateEvent,
  deleteEvents,
  previewEventDeletion,
  editEvents,
  undoEventChange,
  eventHistory,
  restoreEventVersion,
  untrashEvents,
  listEventsTrash,
  emptyEventsTrash,
  listDuplicates,
  dismissDuplicate,
  mergeEvents,
  undoMerge,
  otherSources,
} satisfies Record<string, (db: Database, args: never, ctx: OperationContext) => unknown>;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationArgs<K extends OperationName> = Parameters<Operations[K]>[1];
/** What the caller receives: the worker awaits operations that return a promise (backups). */
export type OperationResult<K extends OperationName> = Awaited<ReturnType<Operations[K]>>;
