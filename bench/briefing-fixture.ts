/**
 * A large Briefing book, built through the app's own channels so it is exactly what an
 * analyst's would be: a synthetic US–Japan chronology imported with the real importer, some
 * events annotated, and a briefing-book briefing of several sections, each with paragraphs of
 * analysis and a few dozen cited events (with their notes). Used by the PDF bench and by
 * end-to-end tests; the size is a parameter.
 */
import type { ChannelName, Request, Response } from '../contract/channels.ts';
import { unwrap, type Result } from '../contract/result.ts';
import { makeChronologyText } from './chronology-text.ts';

export type CallChannel = <C extends ChannelName>(channel: C, request: Request<C>) => Promise<Response<C>>;

/** Calls channels through a service's dispatcher, as the app's page does. */
export function callThroughDispatch(
  dispatch: (channel: unknown, payload: unknown, sender: { url: string | null; isMainFrame: boolean }) => Promise<Result<unknown>>,
  origin: string,
): CallChannel {
  return async (channel, request) => unwrap(await dispatch(channel, request, { url: `${origin}/index.html`, isMainFrame: true })) as never;
}

export interface LargeBriefingOptions {
  /** Sections of analysis (the chronology appendix comes on top). */
  sections?: number;
  citationsPerSection?: number;
  paragraphsPerSection?: number;
  /** Every n-th cited event carries an analyst's note, printed with its citation. */
  noteEvery?: number;
  paper?: 'a4' | 'letter';
  title?: string;
}

export interface LargeBriefing {
  id: number;
  sections: number;
  citations: number;
  notes: number;
}

const SECTION_TITLES = [
  'Diplomacy',
  'Security and defence',
  'Economy and trade',
  'Technology and supply chains',
  'Regional partners',
  'Domestic politics',
  'Outlook',
  'Annex: open questions',
];

/** Sentences of analysis, combined per section so no two paragraphs read the same. */
const OPENINGS = [
  'The pace of high-level contact in this period is the clearest signal that both capitals treat the relationship as a standing priority rather than a crisis to be managed.',
  'Read against the previous year, the record shows fewer set-piece announcements and more working-level follow-through.',
  'What stands out is less any single meeting than the density of the calendar: ministers, deputies and working groups met almost every week.',
  'Officials on both sides were careful to frame each step as continuity, even where the substance marked a real change.',
];
const MIDDLES = [
  'The **2+2** format again served as the place where defence and foreign-policy agendas were reconciled, and the communiqué language on extended deterrence was firmer than in earlier rounds.',
  'Export controls remain the area where the two governments agree on the goal but differ on timing, and industry in both countries is lobbying hard on the details.',
  'Trilateral coordination with Seoul has moved from symbolism to routine, which makes it more durable but also less visible in the press.',
  'Outreach to Southeast Asian partners was framed as complementary to the alliance, although several regional governments read it as competition for their attention.',
  'Budget decisions in Tokyo will determine how much of the announced agenda is delivered on schedule; the planning documents leave room for slippage.',
  'Congressional attention was intermittent, and most of the substance was carried by the executive branch through existing channels.',
];
const CLOSINGS = [
  'We expect the next quarter to test whether these commitments survive a less favourable news cycle.',
  'Clients should watch the implementation reports rather than the summit statements for the real measure of progress.',
  'The risk to this assessment is a sudden security incident that pulls attention back to crisis management.',
  'On balance the trend is positive, but it rests on a small number of officials whose successors may set other priorities.',
];

function sectionBody(section: number, paragraphs: number): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const k = section * 7 + p * 3;
    out.push(
      [OPENINGS[k % OPENINGS.length], MIDDLES[k % MIDDLES.length], MIDDLES[(k + 2) % MIDDLES.length], CLOSINGS[(k + p) % CLOSINGS.length]].join(' '),
    );
    if (p === 1) out.push('- Leaders set the direction; ministers carried the detail.\n- Working groups met on schedule.\n- Two announcements are still waiting for funding.');
  }
  return out.join('\n\n');
}

const NOTES = [
  'Confirmed with the embassy readout; the Japanese side stressed continuity.',
  'Press coverage understated this. The joint statement text is more specific than the briefing suggested.',
  'Follow up: the implementation date was not announced.',
  'Compare with the readout from the previous round — the language on deterrence is stronger.',
];

export async function buildLargeBriefing(call: CallChannel, options: LargeBriefingOptions = {}): Promise<LargeBriefing> {
  const sections = options.sections ?? 6;
  const perSection = options.citationsPerSection ?? 40;
  const paragraphs = options.paragraphsPerSection ?? 4;
  const noteEvery = options.noteEvery ?? 5;
  const total = sections * perSection;

  // Events from a synthetic chronology, read by the real importer (sources, links, countries).
  const preview = await call('import:preview-text', { text: makeChronologyText(total), name: 'US-Japan chronology (synthetic)' });
  await call('import:commit', { previewId: preview.previewId });
  const ids: number[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await call('events:list', { offset, limit: 1000 });
    ids.push(...page.rows.map((r) => r.id));
    if (ids.length >= page.total || page.rows.length === 0) break;
  }
  if (ids.length < total) throw new Error(`the synthetic chronology gave ${ids.length} events, not ${total}`);
  ids.sort((a, b) => a - b);

  let notes = 0;
  for (let i = 0; i < total; i += noteEvery) {
    await call('notes:create', { target: { eventId: ids[i]! }, body: NOTES[(i / noteEvery) % NOTES.length]! });
    notes++;
  }

  const briefing = await call('briefings:create', {
    briefing: {
      title: options.title ?? 'US–Japan relations: the alliance at full stretch',
      subtitle: 'Quarterly review for clients, with a full chronology',
      marking: 'CLIENT CONFIDENTIAL',
      author: 'Research desk',
      date: '2024-01-15',
      subject: ['JP', 'US'],
      period: { from: '2009-10-01', to: '2025-10-20' },
      template: 'briefing-book',
      paper: options.paper ?? 'a4',
      keyPoints: [
        'High-level contact stayed frequent and routine; working groups delivered on schedule.',
        'Extended deterrence language hardened in the 2+2 statements.',
        'Export controls: shared goal, disputed timing.',
        'Trilateral work with the Republic of Korea is now routine.',
        'Delivery depends on budget decisions still to come in Tokyo.',
      ],
    },
  });
  // The template's own sections, renamed, then more added (or the extra removed) to reach `sections`.
  let sectionIds = briefing.sections.map((s) => s.id);
  for (let s = sectionIds.length; s > sections; s--) {
    await call('briefings:section-remove', { id: sectionIds.at(-1)! });
    sectionIds = sectionIds.slice(0, -1);
  }
  for (let s = sectionIds.length; s < sections; s++) {
    sectionIds.push((await call('briefings:section-add', { briefingId: briefing.id, title: SECTION_TITLES[s % SECTION_TITLES.length]! })).id);
  }
  for (const [s, id] of sectionIds.entries()) {
    await call('briefings:section-update', { id, title: SECTION_TITLES[s % SECTION_TITLES.length]!, body: sectionBody(s, paragraphs) });
    await call('briefings:cite', { sectionId: id, target: { ids: ids.slice(s * perSection, (s + 1) * perSection) }, withNotes: true });
  }
  return { id: briefing.id, sections, citations: total, notes };
}
