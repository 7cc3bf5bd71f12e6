/**
 * Throughput of findMentions on typical entries (about 200 characters). Not a test: prints
 * figures to stdout.
 *
 *   node db/gazetteer/bench-match.ts            # 1,000,000 calls
 *   BENCH_CALLS=200000 node db/gazetteer/bench-match.ts
 */
import { findMentions } from './match.ts';

/** Entries written for this benchmark, in the style of a chronology; with the date each is read on. */
const ENTRIES: Array<[string, string]> = [
  ['Secretary of State Antony Blinken and Foreign Minister Hayashi Yoshimasa hold talks in Washington, DC, on the alliance, export controls and the situation in the Taiwan Strait.', '2023-01-11'],
  ['Japan and the Netherlands agree to align their controls on exports of advanced chipmaking equipment to China with the measures announced by the United States in October.', '2023-01-27'],
  ['US, Japan, Australia, and India launch a cyber challenge to raise public awareness of online security, a project of the Quad senior cyber group announced last year.', '2023-02-08'],
  ['Prime Minister Kishida travels to Kyiv by train from Poland to meet President Volodymyr Zelenskyy, pledging further aid to Ukraine as Russia presses its offensive in the east.', '2023-03-21'],
  ['Pyongyang fires an intercontinental ballistic missile into waters west of Hokkaido; Tokyo and Seoul condemn the launch and the G7 foreign ministers issue a statement.', '2023-04-13'],
  ['Deputy Secretary Sherman and Vice FM Mori speak by telephone about North Korea, economic security and preparations for the Hiroshima summit later in the spring.', '2023-03-15'],
  ['Defense Minister Hamada and Secretary Austin meet at the Pentagon to discuss counterstrike capabilities, integrated air and missile defense and the posture of US forces in Okinawa.', '2023-01-12'],
  ['Chief Cabinet Secretary Matsuno says the government will offer security assistance to like-minded countries, naming the Philippines, Malaysia, Bangladesh and Fiji.', '2023-04-05'],
  ['President Yoon Suk Yeol and Prime Minister Kishida agree in Tokyo to resume shuttle diplomacy and to restore Japan-ROK security dialogue after a five-year pause.', '2023-03-16'],
  ['A Ground Self-Defense Force helicopter carrying ten personnel goes missing near Miyako Island during a reconnaissance flight; search operations continue overnight.', '2023-04-06'],
  ['Foreign Minister Iwaya and Secretary Rubio meet on the margins of the ASEAN Regional Forum in Kuala Lumpur to discuss tariffs, China and the US-Japan-Philippines partnership.', '2025-07-10'],
  ['Prime Minister Takaichi receives President Trump at the Akasaka Palace; the leaders sign a framework on critical minerals and rare earths and discuss defense spending.', '2025-10-28'],
];

const calls = Number(process.env['BENCH_CALLS'] ?? 1_000_000);
const avgLength = ENTRIES.reduce((n, [t]) => n + t.length, 0) / ENTRIES.length;

// Warm-up, so the figure is for optimised code.
let sink = 0;
for (let i = 0; i < 20_000; i++) {
  const [text, date] = ENTRIES[i % ENTRIES.length]!;
  sink += findMentions(text, date).countries.length;
}

const started = process.hrtime.bigint();
for (let i = 0; i < calls; i++) {
  const [text, date] = ENTRIES[i % ENTRIES.length]!;
  sink += findMentions(text, date, { fileCountries: ['US', 'JP'] }).countries.length;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

console.log(`findMentions: ${calls.toLocaleString('en-US')} calls on entries of ${avgLength.toFixed(0)} characters on average`);
console.log(`  ${seconds.toFixed(2)} s, ${Math.round(calls / seconds).toLocaleString('en-US')} calls/s, ${((seconds / calls) * 1e6).toFixed(1)} µs per call`);
console.log(`  (checksum ${sink})`);
