/**
 * The one list of everything the renderer may ask of the main process.
 * Each channel names its request and response schema; the preload, the main-process
 * dispatcher and the test harness are all derived from this table, so a channel
 * cannot exist in one layer and not in another.
 */
import { z } from 'zod';
import {
  Activity,
  ActivityQuery,
  BackupInfo,
  BackupStatus,
  Importance,
  Note,
  NoteBody,
  NoteListing,
  NoteRevision,
  NoteTarget,
  LoadedPreferences,
  Preferences,
  TagColor,
  TagInfo,
  TagName,
} from './annotations.ts';
import { briefingExportChannels } from './briefing-export.ts';
import { briefingChannels } from './briefings.ts';
import { eventEditChannels } from './event-edits.ts';
import { readerChannels } from './reader.ts';
import { duplicateChannels } from './duplicates.ts';
import { CountryDashboard, CountryDashboardQuery, PairDashboard, PairDashboardQuery } from './dashboards.ts';
import { EventDetail, EventRow, NewEvent } from './events.ts';
import {
  EntryPatch,
  ImportFormat,
  ImportOutcome,
  MAX_PASTED_CHARS,
  Person,
  PersonInput,
  PreviewEntry,
  PreviewId,
  PreviewSummary,
} from './imports.ts';
import type { ChannelName } from './methods.ts';
import { EventFilter, EventQuery, EventSort, SavedView, TableLayout, TagRef, ViewState } from './query.ts';

export type { ChannelName } from './methods.ts';

const NoInput = z.undefined().or(z.object({}).strict()).transform(() => undefined);

export const channels = {
  'app:info': {
    request: NoInput,
    response: z.object({
      name: z.string(),
      version: z.string(),
      storePath: z.string(),
      schemaVersion: z.number().int(),
      shell: z.enum(['electron', 'chromium-harness', 'browser']),
    }),
  },
  'events:list': {
    request: z
      .object({
        offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict()
      .default({ offset: 0, limit: 200 }),
    response: z.object({ total: z.number().int().min(0), rows: z.array(EventRow) }),
  },
  'events:add': {
    request: z.object({ events: z.array(NewEvent).min(1).max(10_000) }).strict(),
    response: z.object({ added: z.number().int().min(0), ids: z.array(z.number().int()) }),
  },
  'store:check': {
    request: NoInput,
    response: z.object({ ok: z.boolean(), messages: z.array(z.string()) }),
  },
  'shell:open-external': {
    request: z.object({ url: z.string().max(8192) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  'import:preview-text': {
    request: z
      .object({
        text: z
          .string()
          .min(1, 'there is nothing to import')
          .max(MAX_PASTED_CHARS, `pasted or dropped text is limited to ${MAX_PASTED_CHARS / 1_000_000} million characters; use File → Import chronology… for larger files`),
        name: z.string().trim().min(1).max(260).default('Pasted text'),
        format: ImportFormat.optional(),
      })
      .strict(),
    response: PreviewSummary,
  },
  'import:choose-file': {
    request: NoInput,
    response: z.union([PreviewSummary.extend({ cancelled: z.literal(false) }), z.object({ cancelled: z.literal(true) })]),
  },
  'import:summary': {
    request: z.object({ previewId: PreviewId }).strict(),
    response: PreviewSummary,
  },
  'import:page': {
    request: z
      .object({
        previewId: PreviewId,
        offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
        filter: z.enum(['all', 'warnings', 'excluded', 'duplicates', 'similar']).default('all'),
      })
      .strict(),
    response: z.object({ total: z.number().int().min(0), entries: z.array(PreviewEntry) }),
  },
  'import:edit': {
    request: z.object({ previewId: PreviewId, index: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), patch: EntryPatch }).strict(),
    response: PreviewEntry,
  },
  'import:commit': {
    request: z.object({ previewId: PreviewId }).strict(),
    response: ImportOutcome,
  },
  'import:cancel': {
    request: NoInput,
    response: z.object({ requested: z.boolean() }),
  },
  'import:discard': {
    request: z.object({ previewId: PreviewId }).strict(),
    response: z.object({ discarded: z.boolean() }),
  },
  'sample:load': {
    request: NoInput,
    response: ImportOutcome,
  },
  'countries:list': {
    request: NoInput,
    response: z.array(z.object({ code: z.string(), name: z.string(), kind: z.enum(['state', 'organisation']) })),
  },
  'people:list': {
    request: z
      .object({ query: z.string().max(200).optional(), limit: z.number().int().min(1).max(1000).default(100) })
      .strict()
      .default({ limit: 100 }),
    response: z.object({ total: z.number().int().min(0), people: z.array(Person) }),
  },
  'people:save': {
    request: z.object({ person: PersonInput }).strict(),
    response: Person,
  },
  'events:query': {
    request: EventQuery,
    response: z.object({ offset: z.number().int(), rows: z.array(EventRow), terms: z.array(z.string()), searchIgnored: z.boolean() }),
  },
  'events:count': {
    request: z.object({ filter: EventFilter.default({}) }).strict(),
    response: z.object({ total: z.number().int().min(0) }),
  },
  'events:get': {
    request: z.object({ id: z.number().int().positive() }).strict(),
    response: EventDetail,
  },
  'events:set-in-briefing': {
    request: z.object({ ids: z.array(z.number().int().positive()).min(1).max(10_000), inBriefing: z.boolean() }).strict(),
    response: z.object({ changed: z.number().int().min(0) }),
  },
  'events:export': {
    request: z.object({ filter: EventFilter.default({}), sort: EventSort, format: z.enum(['csv', 'json']) }).strict(),
    response: z.union([
      z.object({ cancelled: z.literal(true) }),
      z.object({ cancelled: z.literal(false), file: z.string(), events: z.number().int().min(0), bytes: z.number().int().min(0) }),
    ]),
  },
  'views:list': { request: NoInput, response: z.array(SavedView) },
  'views:save': { request: z.object({ name: z.string().max(1000), state: ViewState }).strict(), response: SavedView },
  'views:rename': { request: z.object({ id: z.number().int().positive(), name: z.string().max(1000) }).strict(), response: SavedView },
  'views:delete': { request: z.object({ id: z.number().int().positive() }).strict(), response: z.object({ deleted: z.boolean() }) },
  'layout:get': { request: NoInput, response: TableLayout.nullable() },
  'layout:save': { request: z.object({ layout: TableLayout }).strict(), response: z.object({ saved: z.literal(true) }) },
  'filters:choices': {
    request: NoInput,
    response: z.object({
      groupings: z.array(z.object({ id: z.string(), name: z.string(), members: z.array(z.string()) })),
      tags: z.array(TagRef),
      sources: z.array(z.object({ id: z.number().int(), title: z.string(), fileCountries: z.array(z.string()), events: z.number().int() })),
    }),
  },
  'settings:get': { request: NoInput, response: LoadedPreferences },
  'settings:save': { request: z.object({ preferences: Preferences.partial() }).strict(), response: LoadedPreferences },
  'notes:list': { request: z.object({ target: NoteTarget }).strict(), response: z.array(Note) },
  'notes:create': { request: z.object({ target: NoteTarget, body: NoteBody }).strict(), response: Note },
  'notes:save': { request: z.object({ id: z.number().int().positive(), body: NoteBody }).strict(), response: Note },
  'notes:revisions': { request: z.object({ noteId: z.number().int().positive() }).strict(), response: z.array(NoteRevision) },
  'notes:revision-body': { request: z.object({ revisionId: z.number().int().positive() }).strict(), response: z.object({ body: z.string() }) },
  'notes:restore-revision': {
    request: z.object({ noteId: z.number().int().positive(), revisionId: z.number().int().positive() }).strict(),
    response: Note,
  },
  'notes:trash': { request: z.object({ id: z.number().int().positive() }).strict(), response: Note },
  'notes:untrash': { request: z.object({ id: z.number().int().positive() }).strict(), response: Note },
  'notes:trash-list': { request: NoInput, response: z.array(NoteListing) },
  'notes:empty-trash': {
    request: z.object({ ids: z.array(z.number().int().positive()).max(10_000).optional() }).strict().default({}),
    response: z.object({ deleted: z.number().int().min(0) }),
  },
  'notes:standing': { request: NoInput, response: z.array(NoteListing) },
  'tags:list': { request: NoInput, response: z.array(TagInfo) },
  'tags:create': { request: z.object({ name: TagName, color: TagColor.nullable().default(null) }).strict(), response: TagInfo },
  'tags:update': {
    request: z.object({ id: z.number().int().positive(), name: TagName.optional(), color: TagColor.nullable().optional() }).strict(),
    response: TagInfo,
  },
  'tags:merge': {
    request: z.object({ from: z.array(z.number().int().positive()).min(1).max(200), into: z.number().int().positive() }).strict(),
    response: z.object({ into: TagInfo, removed: z.number().int().min(0) }),
  },
  'tags:delete': { request: z.object({ id: z.number().int().positive() }).strict(), response: z.object({ events: z.number().int().min(0) }) },
  'events:tag': {
    request: z
      .object({
        /** The table's selection, or every event matching a filter. */
        target: z.union([
          z.object({ ids: z.array(z.number().int().positive()).min(1).max(100_000) }).strict(),
          z.object({ filter: EventFilter }).strict(),
        ]),
        add: z.array(z.number().int().positive()).max(50).default([]),
        /** Tags created on the way, by name (an existing tag of that name is reused). */
        addNew: z.array(TagName).max(50).default([]),
        remove: z.array(z.number().int().positive()).max(50).default([]),
      })
      .strict(),
    response: z.object({ events: z.number().int().min(0), added: z.number().int().min(0), removed: z.number().int().min(0) }),
  },
  'events:set-importance': {
    request: z.object({ ids: z.array(z.number().int().positive()).min(1).max(100_000), importance: Importance }).strict(),
    response: z.object({ changed: z.number().int().min(0) }),
  },
  'activity:list': { request: ActivityQuery.default({ limit: 100 }), response: z.array(Activity) },
  'backup:status': { request: NoInput, response: BackupStatus },
  'backup:now': {
    request: NoInput,
    response: z.union([z.object({ cancelled: z.literal(true) }), z.object({ cancelled: z.literal(false), backup: BackupInfo, warning: z.string().nullable() })]),
  },
  'backup:restore': {
    // No file: the shell asks (Electron's open dialog). A file: one of the backups backup:status
    // lists — how browser mode, which has no open dialog, restores; any other file is refused.
    request: z
      .undefined()
      .or(z.object({ file: z.string().min(1).max(4096).optional() }).strict())
      .transform((r) => (r?.file === undefined ? undefined : { file: r.file })),
    response: z.union([
      z.object({ cancelled: z.literal(true) }),
      z.object({ cancelled: z.literal(false), restoredFrom: z.string(), safetyBackup: BackupInfo }),
    ]),
  },
  'dashboard:country': { request: CountryDashboardQuery, response: CountryDashboard },
  'dashboard:pair': { request: PairDashboardQuery, response: PairDashboard },
  'app:flushed': { request: z.object({ token: z.number().int() }).strict(), response: z.object({ ok: z.literal(true) }) },
  ...briefingChannels,
  ...briefingExportChannels,
  ...eventEditChannels,
  ...readerChannels,
  ...duplicateChannels,
} as const satisfies Record<ChannelName, { request: z.ZodType; response: z.ZodType }>;

export type Channels = typeof channels;
export type Request<C extends ChannelName> = z.input<Channels[C]['request']>;
export type ParsedRequest<C extends ChannelName> = z.output<Channels[C]['request']>;
export type Response<C extends ChannelName> = z.output<Channels[C]['response']>;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}
