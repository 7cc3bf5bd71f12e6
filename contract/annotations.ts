/**
 * The analyst's own layer over the events: notes (on an event, or standing notes on a
 * country, pair or trilateral), their revisions and trash, tags, importance, the activity
 * log, preferences and backups.
 */
import { z } from 'zod';
import { CountryCode } from './imports.ts';

/** Longest note accepted (characters). A 5 MB note fits; the request limit is 16 MB. */
export const MAX_NOTE_CHARS = 6_000_000;

export const NoteBody = z.string().max(MAX_NOTE_CHARS, `a note is limited to ${MAX_NOTE_CHARS.toLocaleString('en-US')} characters`);

/**
 * What a standing note is about: one country, or a set of two or more (a pair, a
 * trilateral). Written canonically as codes sorted and joined by "-": "JP", "JP-US",
 * "JP-KR-US". Unordered, as pairings are.
 */
export const Subject = z
  .array(CountryCode)
  .min(1, 'choose a country, a pair or a trilateral')
  .max(12)
  .refine((codes) => new Set(codes).size === codes.length, { message: 'a country is chosen twice' });
export type Subject = z.infer<typeof Subject>;

export function subjectKey(codes: readonly string[]): string {
  return [...codes].sort().join('-');
}

export const NoteTarget = z.union([
  z.object({ eventId: z.number().int().positive() }).strict(),
  z.object({ subject: Subject }).strict(),
]);
export type NoteTarget = z.infer<typeof NoteTarget>;

export const Note = z.object({
  id: z.number().int().positive(),
  eventId: z.number().int().nullable(),
  /** Country codes of a standing note's subject, sorted; null for a note on an event. */
  subject: z.array(z.string()).nullable(),
  body: z.string(),
  author: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The revision the body is; a save names it so that a stale editor cannot overwrite a newer one. */
  revisionId: z.number().int().positive(),
  revisions: z.number().int().min(1),
  /** Set while the note is in the trash. */
  deletedAt: z.string().nullable(),
});
export type Note = z.infer<typeof Note>;

export const NoteRevision = z.object({
  id: z.number().int().positive(),
  noteId: z.number().int().positive(),
  author: z.string(),
  savedAt: z.string(),
  /** create: first version; edit: a save; restore: an older revision made current again. */
  kind: z.enum(['create', 'edit', 'restore']),
  chars: z.number().int().min(0),
  /** The first 200 characters, for the history list. */
  preview: z.string(),
});
export type NoteRevision = z.infer<typeof NoteRevision>;

/** A note in the trash or in the list of standing notes: its first lines and what it is on. */
export const NoteListing = Note.omit({ body: true }).extend({
  preview: z.string(),
  chars: z.number().int().min(0),
  /** The event's date and summary, for notes on an event. */
  event: z.object({ dateStart: z.string(), summary: z.string() }).nullable(),
});
export type NoteListing = z.infer<typeof NoteListing>;

export const TAG_COLORS = ['#2563eb', '#0891b2', '#059669', '#65a30d', '#ca8a04', '#ea580c', '#dc2626', '#db2777', '#7c3aed', '#64748b'] as const;

export const TagColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb');
export const TagName = z
  .string()
  .trim()
  .min(1, 'a tag needs a name')
  .max(60, 'a tag name is limited to 60 characters')
  .refine((s) => !/[\p{Cc}]/u.test(s), { message: 'a tag name cannot contain control characters' });

export const TagInfo = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  color: z.string().nullable(),
  /** Events carrying the tag. */
  events: z.number().int().min(0),
  createdAt: z.string(),
});
export type TagInfo = z.infer<typeof TagInfo>;

export const Importance = z.number().int().min(1).max(3).nullable();

export const ACTIVITY_KINDS = ['event', 'note', 'tag', 'importance', 'briefing', 'backup'] as const;

export const Activity = z.object({
  id: z.number().int().positive(),
  at: z.string(),
  author: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  /** A short sentence: "edited a note", "tagged with follow-up", "marked importance 3". */
  action: z.string(),
  eventId: z.number().int().nullable(),
  noteId: z.number().int().nullable(),
  tagId: z.number().int().nullable(),
  /** The event's date and summary, when the entry is about one. */
  event: z.object({ dateStart: z.string(), summary: z.string() }).nullable(),
  /** The standing note's subject, when the entry is about one. */
  subject: z.array(z.string()).nullable(),
});
export type Activity = z.infer<typeof Activity>;

export const ActivityQuery = z
  .object({
    eventId: z.number().int().positive().optional(),
    kinds: z.array(z.enum(ACTIVITY_KINDS)).max(ACTIVITY_KINDS.length).optional(),
    /** Entries older than this id (the next page). */
    before: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

/** Preferences kept in the store, so they travel with the analyst's data. */
export const SECTION_BREAKS = ['run-on', 'new-page'] as const;
export const SectionBreaks = z.enum(SECTION_BREAKS);
export type SectionBreaks = z.infer<typeof SectionBreaks>;

export const Preferences = z.object({
  /** Written on every note and activity entry. Asked for on the first note, offered from the account's full name. */
  author: z.string().trim().min(1, 'the author name cannot be empty').max(120),
  /** Automatic backups kept (older ones are removed; backups made by hand are never removed). */
  keepBackups: z.number().int().min(1).max(365),
  /** How a Briefing book's sections meet: a section that fits runs on after the last, or each starts a new page. */
  sectionBreaks: SectionBreaks,
});
export type Preferences = z.infer<typeof Preferences>;

/** The preferences as read: with the account's full name ('' when the system does not say) and whether the analyst has given a name. */
export const LoadedPreferences = Preferences.extend({ defaultAuthor: z.string(), authorChosen: z.boolean() });
export type LoadedPreferences = z.infer<typeof LoadedPreferences>;

export const BackupInfo = z.object({
  file: z.string(),
  /** auto: on quit or daily; manual: File → Back up now; before-restore: taken before a restore replaced the store. */
  kind: z.enum(['auto', 'manual', 'before-restore', 'before-update']),
  at: z.string(),
  bytes: z.number().int().min(0),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const BackupStatus = z.object({
  folder: z.string(),
  /** Set when the folder looks synced (Dropbox, OneDrive, iCloud …) or on a network drive: the app says so. */
  folderWarning: z.string().nullable(),
  backups: z.array(BackupInfo),
  lastBackupAt: z.string().nullable(),
});
export type BackupStatus = z.infer<typeof BackupStatus>;
