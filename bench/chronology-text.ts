/**
 * A synthetic chronology of `count` entries in the format the importer reads (heading,
 * period line, `Jan. 11, 2023: …` entries, inline and trailing links, wrapped lines), so
 * the import bench exercises the real parser, matcher and classifier rather than a
 * shortcut. Every summary is different, so nothing is deduplicated away.
 *
 * Officials are grouped by era so each is named while in office, as in a real file;
 * entries are in date order, some 800 a day at 1,000,000 entries.
 */

interface Era {
  from: string;
  to: string;
  us: readonly string[];
  japan: readonly string[];
  others: readonly string[];
}

const ERAS: readonly Era[] = [
  {
    from: '2009-10-01',
    to: '2010-05-31',
    us: ['President Barack Obama', 'Secretary of State Hillary Clinton'],
    japan: ['Prime Minister Hatoyama Yukio', 'the Japanese government'],
    others: ['President Lee Myung-bak', 'President Hu Jintao', 'Foreign Minister Yang Jiechi'],
  },
  {
    from: '2022-08-10',
    to: '2023-07-27',
    us: ['Secretary of State Antony Blinken', 'Secretary of Defense Lloyd Austin', 'President Joe Biden', 'Deputy Secretary of State Wendy Sherman', 'National Security Adviser Jake Sullivan', 'Commerce Secretary Gina Raimondo'],
    japan: ['Foreign Minister Hayashi Yoshimasa', 'Defense Minister Hamada Yasukazu', 'Prime Minister Kishida Fumio'],
    others: ['South Korean President Yoon Suk Yeol', 'Foreign Minister Park Jin', 'Australian Foreign Minister Penny Wong', 'Indian Prime Minister Narendra Modi', 'President Ferdinand Marcos Jr.'],
  },
  {
    from: '2023-09-13',
    to: '2024-09-30',
    us: ['Secretary of State Antony Blinken', 'Secretary of Defense Lloyd Austin', 'President Joe Biden', 'National Security Adviser Jake Sullivan', 'Commerce Secretary Gina Raimondo'],
    japan: ['Foreign Minister Kamikawa Yoko', 'Defense Minister Kihara Minoru', 'Prime Minister Kishida Fumio'],
    others: ['South Korean President Yoon Suk Yeol', 'Prime Minister Anthony Albanese', 'Indian Prime Minister Narendra Modi', 'President Ferdinand Marcos Jr.'],
  },
  {
    from: '2025-03-15',
    to: '2025-10-20',
    us: ['Secretary of State Marco Rubio', 'Secretary of Defense Pete Hegseth', 'President Donald Trump', 'Commerce Secretary Howard Lutnick'],
    japan: ['Foreign Minister Iwaya Takeshi', 'Defense Minister Nakatani Gen', 'Prime Minister Ishiba Shigeru'],
    others: ['Australian Foreign Minister Penny Wong', 'Prime Minister Mark Carney', 'Prime Minister Keir Starmer', 'Indian Prime Minister Narendra Modi'],
  },
];

const VERBS = ['meet', 'hold talks', 'speak by telephone', 'sign an agreement', 'issue a joint statement', 'agree', 'discuss', 'confer', 'exchange views', 'review progress', 'announce a plan', 'hold consultations'];
const PLACES = ['Washington, DC', 'Tokyo', 'Hiroshima', 'Osaka', 'New York', 'Honolulu', 'Canberra', 'New Delhi', 'Manila', 'Seoul', 'Jakarta', 'Singapore', 'Brussels', 'London', 'Paris', 'Berlin', 'Rome', 'Ottawa', 'Kuala Lumpur', 'Hanoi', 'Bangkok', 'Geneva', 'Okinawa', 'Yokosuka', 'Sapporo'];
const TOPICS = ['export controls on advanced semiconductors', 'the situation in the Taiwan Strait', 'North Korean missile launches', 'supply chains for critical minerals', 'extended deterrence', 'the posture of US forces in Okinawa', 'maritime security in the South China Sea', 'climate finance', 'energy security', 'economic coercion', 'cyber defense', 'space cooperation', 'defense industrial cooperation', 'aid to Ukraine', 'food security', 'pandemic preparedness', 'quantum research', 'artificial intelligence safety', 'undersea cables', 'port infrastructure', 'tariffs on steel and aluminum', 'investment screening', 'nuclear nonproliferation', 'disaster relief', 'student exchanges', 'counterstrike capabilities', 'integrated air and missile defense', 'shipbuilding', 'rare earths', 'fisheries'];
/** Three in sixteen name a grouping (which adds its members, as the matcher does for real files). */
const SETTINGS = ['', ' on the margins of the Quad foreign ministers meeting', ' after a working lunch', ' following a wreath-laying ceremony', ' ahead of the G7 summit', ' at the start of a three-day visit', ' during a regional tour', ' before a joint press conference', ' after a bilateral dinner', ' before a US-Japan-ROK trilateral call', ' on the sidelines of a business forum', ' at the close of a state visit', ' ahead of a parliamentary session', ' as part of an annual dialogue', ' following a site visit', ' after a briefing by officials'];
/** Groupings as the ones acting; named only as the setting they add no participants. */
const GROUPS = ['Quad foreign ministers', 'G7 leaders', 'Quad senior officials', 'G7 trade ministers'];
const MANNER = ['', ' for the first time', ' by video link', ' again', ' briefly', ' at length', ' in private', ' over dinner', ' with their deputies', ' in a working session', ' at a press event', ' in a closed session', ' with business leaders', ' in an expanded format', ' at short notice', ' as planned'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DAY_MS = 86_400_000;

/** Distinct texts before a round number has to be added to keep summaries unique. */
const TEXT_COMBINATIONS = VERBS.length * SETTINGS.length * PLACES.length * TOPICS.length * MANNER.length;

const days = ERAS.flatMap((era) => {
  const out: Date[] = [];
  for (let t = Date.parse(era.from); t <= Date.parse(era.to); t += DAY_MS) out.push(new Date(t));
  return out.map((d) => ({ d, era }));
});

const dateText = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;

/** Mostly single days; some ranges within a month and across months, a few month-only dates. */
function dateFor(i: number, d: Date): string {
  const kind = i % 40;
  const y = d.getUTCFullYear();
  if (kind === 7) return `${MONTHS[d.getUTCMonth()]!.replace('.', '')} ${y}`.replace('Sept', 'September');
  if (kind === 3 || kind === 23) {
    const end = new Date(d.getTime() + (1 + (i % 3)) * DAY_MS);
    if (end.getUTCMonth() === d.getUTCMonth()) return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}-${end.getUTCDate()}, ${y}`;
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}-${MONTHS[end.getUTCMonth()]} ${end.getUTCDate()}, ${end.getUTCFullYear()}`;
  }
  return dateText(d);
}

/** Entry `i` of the word sequence, dated as the `nth` of `count` in date order. */
function entry(i: number, nth: number, count: number): string {
  const { d, era } = days[Math.floor((nth * days.length) / count)]!;
  // Mixed-radix digits of i pick the words, so no two entries below TEXT_COMBINATIONS share a text.
  let n = i % TEXT_COMBINATIONS;
  const digit = (radix: number) => {
    const v = n % radix;
    n = Math.floor(n / radix);
    return v;
  };
  const verb = VERBS[digit(VERBS.length)]!;
  const setting = SETTINGS[digit(SETTINGS.length)]!;
  const place = PLACES[digit(PLACES.length)]!;
  const topic = TOPICS[digit(TOPICS.length)]!;
  const manner = MANNER[digit(MANNER.length)]!;
  // Who takes part does not count towards uniqueness: the eras' lists differ in length.
  const us = era.us[(i * 7) % era.us.length]!;
  const j = (i * 11) % 13;
  const other = j < 7 ? era.japan[j % era.japan.length]! : era.others[j % era.others.length]!;
  const who = i % 10 === 9 ? GROUPS[(i * 3) % GROUPS.length]! : `${us} and ${other}`;
  const round = i >= TEXT_COMBINATIONS ? ` (round ${Math.floor(i / TEXT_COMBINATIONS) + 1})` : '';
  const link = i % 5 === 0 ? verb : `[${verb}](https://example.org/${i % 997})`;
  let text = `${dateFor(i, d)}: ${who} ${link}${manner} in ${place}${setting} on ${topic}${round}.`;
  if (i % 6 === 0) text += ' [Joint Statement](https://example.org/statement).';
  // Hard-wrapped entries, as in text pasted from a formatted page.
  if (i % 4 === 1) {
    const cut = text.indexOf(' ', 90);
    if (cut > 0) text = `${text.slice(0, cut)}\n${text.slice(cut + 1)}`;
  }
  return text;
}

/**
 * ASCII only (no em dashes), so V8 holds the large text as a one-byte string. Chronologies
 * made with different `first` and non-overlapping ranges share no summary.
 */
export function makeChronologyText(count: number, first = 0): string {
  const parts = ['CHRONOLOGY OF US-JAPAN RELATIONS', 'October 2009-October 2025', ''];
  for (let i = 0; i < count; i++) parts.push(entry(first + i, i, count), '');
  return parts.join('\n');
}
