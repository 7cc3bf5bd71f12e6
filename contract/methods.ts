/**
 * Channel → method name on `window.briefing`. Kept free of zod so the sandboxed
 * preload bundle stays a few lines; `channels.ts` checks it names the same channels.
 */
export const methods = {
  'app:info': 'appInfo',
  'events:list': 'listEvents',
  'events:add': 'addEvents',
  'store:check': 'checkStore',
  'shell:open-external': 'openExternal',
  'import:preview-text': 'previewImportText',
  'import:choose-file': 'chooseImportFile',
  'import:summary': 'importSummary',
  'import:page': 'importPage',
  'import:edit': 'editImportEntry',
  'import:commit': 'commitImport',
  'import:cancel': 'cancelImport',
  'import:discard': 'discardImport',
  'import:set-year': 'setPreviewYear',
  'import:reread': 'rereadPreview',
  'import:name': 'namePreview',
  'import:edit-many': 'editPreviewEntries',
  'reader:terms': 'listReaderTerms',
  'reader:learn': 'learnReaderTerm',
  'reader:forget': 'forgetReaderTerm',
  'sample:load': 'loadSample',
  'countries:list': 'listCountries',
  'people:list': 'listPeople',
  'people:save': 'savePerson',
  'events:query': 'queryEvents',
  'events:count': 'countEvents',
  'events:get': 'getEvent',
  'events:set-in-briefing': 'setInBriefing',
  'events:export': 'exportEvents',
  'views:list': 'listViews',
  'views:save': 'saveView',
  'views:rename': 'renameView',
  'views:delete': 'deleteView',
  'layout:get': 'getTableLayout',
  'layout:save': 'saveTableLayout',
  'filters:choices': 'filterChoices',
  'settings:get': 'getPreferences',
  'settings:save': 'savePreferences',
  'notes:list': 'listNotes',
  'notes:create': 'createNote',
  'notes:save': 'saveNote',
  'notes:revisions': 'noteRevisions',
  'notes:revision-body': 'noteRevisionBody',
  'notes:restore-revision': 'restoreNoteRevision',
  'notes:trash': 'trashNote',
  'notes:untrash': 'untrashNote',
  'notes:trash-list': 'listTrash',
  'notes:empty-trash': 'emptyTrash',
  'notes:standing': 'listStandingNotes',
  'tags:list': 'listTags',
  'tags:create': 'createTag',
  'tags:update': 'updateTag',
  'tags:merge': 'mergeTags',
  'tags:delete': 'deleteTag',
  'events:tag': 'tagEvents',
  'events:set-importance': 'setImportance',
  'activity:list': 'listActivity',
  'backup:status': 'backupStatus',
  'backup:now': 'backupNow',
  'backup:restore': 'restoreBackup',
  'dashboard:country': 'countryDashboard',
  'dashboard:pair': 'pairDashboard',
  'app:flushed': 'flushed',
  'briefings:list': 'listBriefings',
  'briefings:get': 'getBriefing',
  'briefings:create': 'createBriefing',
  'briefings:update': 'updateBriefing',
  'briefings:duplicate': 'duplicateBriefing',
  'briefings:trash': 'trashBriefing',
  'briefings:untrash': 'untrashBriefing',
  'briefings:delete': 'deleteBriefingForGood',
  'briefings:section-add': 'addBriefingSection',
  'briefings:section-update': 'updateBriefingSection',
  'briefings:section-move': 'moveBriefingSection',
  'briefings:section-remove': 'removeBriefingSection',
  'briefings:cite': 'citeEvents',
  'briefings:uncite': 'unciteEvent',
  'briefings:citation-move': 'moveCitation',
  'briefings:citation-note': 'setCitationWithNote',
  'briefings:citation-refresh': 'refreshCitation',
  'briefings:citing-event': 'citationsOfEvent',
  'briefings:sources': 'briefingSources',
  'briefings:chronology': 'briefingChronology',
  'briefings:export-pdf': 'exportBriefingPdf',
  'events:update': 'updateEvent',
  'events:delete': 'deleteEvents',
  'events:delete-preview': 'previewEventDeletion',
  'events:edit-many': 'editEvents',
  'events:undo': 'undoEventChange',
  'events:history': 'eventHistory',
  'events:restore-version': 'restoreEventVersion',
  'events:untrash': 'untrashEvents',
  'events:trash-list': 'listEventsTrash',
  'events:empty-trash': 'emptyEventsTrash',
  'duplicates:list': 'listDuplicates',
  'duplicates:dismiss': 'dismissDuplicate',
  'events:merge': 'mergeEvents',
  'events:undo-merge': 'undoMerge',
  'events:other-sources': 'otherSources',
} as const;

export type ChannelName = keyof typeof methods;

export const commands = ['import-chronology', 'export-briefing-pdf', 'print-briefing', 'save-view', 'backup-now', 'restore-backup', 'open-settings'] as const;
export type AppCommand = (typeof commands)[number];

/** What the main process pushes to the page, by event name. */
export interface PushEvents {
  command: AppCommand;
  'import-progress': { task: string; phase: 'reading' | 'parsing' | 'writing'; done: number; total: number };
  /** Save everything pending now (the window is closing); answer with app:flushed and the token. */
  flush: { token: number };
  /** The store file was replaced (a backup was restored): reload everything. */
  'store-replaced': { restoredFrom: string };
}
export type PushEventName = keyof PushEvents;
export const pushEventNames = ['command', 'import-progress', 'flush', 'store-replaced'] as const satisfies readonly PushEventName[];

/** The single IPC channel every call travels on; the payload names the contract channel. */
export const IPC_INVOKE = 'briefing:invoke';
/** The single IPC channel pushed events travel on: (name, payload). */
export const IPC_EVENT = 'briefing:event';
