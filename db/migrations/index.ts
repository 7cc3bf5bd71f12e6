import type { Database } from 'better-sqlite3';
import { m001Events } from './001-events.ts';
import { m002EventModel } from './002-event-model.ts';
import { m003TableAndAnnotations } from './003-table-and-annotations.ts';
import { m004Annotations } from './004-annotations.ts';
import { m005EngagementLevel } from './005-engagement-level.ts';
import { m006Briefings } from './006-briefings.ts';
import { m007EventActivity } from './007-event-activity.ts';
import { m008ReaderTerms } from './008-reader-terms.ts';
import { m009EventCorrections } from './009-event-corrections.ts';
import { m010DuplicatesMerge } from './010-duplicates-merge.ts';
import { m011MentionedCountries } from './011-mentioned-countries.ts';

export interface Migration {
  /** Becomes PRAGMA user_version once `up` has run; strictly increasing, never reused. */
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const migrations: readonly Migration[] = [m001Events, m002EventModel, m003TableAndAnnotations, m004Annotations, m005EngagementLevel, m006Briefings, m007EventActivity, m008ReaderTerms, m009EventCorrections, m010DuplicatesMerge, m011MentionedCountries];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)!.version;
