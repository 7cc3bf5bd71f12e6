/** Times in the activity log: stored as UTC ISO strings, shown in the analyst's local time. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day, as a key for grouping. */
export const dayKey = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** "Today", "Yesterday", or "5 Dec 2026". */
export function dayHeading(d: Date, now: Date = new Date()): string {
  if (dayKey(d) === dayKey(now)) return 'Today';
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (dayKey(d) === dayKey(yesterday)) return 'Yesterday';
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

/** "22:14". */
export const timeOf = (d: Date): string => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** "5 Dec 2026, 22:14:03", for a tooltip. */
export const fullTime = (d: Date): string => `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}, ${timeOf(d)}:${pad(d.getSeconds())}`;
