/**
 * The channels that only read: they change nothing in the store, on disk or outside the
 * app. The hidden window that prints a briefing may call these and nothing else.
 */
import type { ChannelName } from './channels.ts';

export const READ_CHANNELS: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'app:info',
  'events:list',
  'events:query',
  'events:count',
  'events:get',
  'store:check',
  'countries:list',
  'people:list',
  'views:list',
  'layout:get',
  'filters:choices',
  'settings:get',
  'notes:list',
  'notes:revisions',
  'notes:revision-body',
  'notes:trash-list',
  'notes:standing',
  'tags:list',
  'activity:list',
  'backup:status',
  'reader:terms',
  'dashboard:country',
  'dashboard:pair',
  'briefings:list',
  'briefings:get',
  'briefings:citing-event',
  'briefings:sources',
  'briefings:chronology',
]);
