const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!];
}

/**
 * "Jan 11, 2023"; "Mar 6–7, 2023"; "Jun 30 – Jul 2, 2023"; "Dec 30, 2022 – Jan 2, 2023";
 * month precision "Dec 1991"; year precision "1991".
 */
export function formatDateRange(start: string, end: string | null, precision: 'day' | 'month' | 'year' = 'day'): string {
  const [y1, m1, d1] = parts(start);
  if (precision === 'year') return String(y1);
  if (precision === 'month') {
    if (!end) return `${MONTHS[m1 - 1]} ${y1}`;
    const [y2, m2] = parts(end);
    if (y1 === y2 && m1 === m2) return `${MONTHS[m1 - 1]} ${y1}`;
    return y1 === y2 ? `${MONTHS[m1 - 1]}–${MONTHS[m2 - 1]} ${y1}` : `${MONTHS[m1 - 1]} ${y1} – ${MONTHS[m2 - 1]} ${y2}`;
  }
  const first = `${MONTHS[m1 - 1]} ${d1}`;
  if (!end || end === start) return `${first}, ${y1}`;
  const [y2, m2, d2] = parts(end);
  if (y1 !== y2) return `${first}, ${y1} – ${MONTHS[m2 - 1]} ${d2}, ${y2}`;
  if (m1 !== m2) return `${first} – ${MONTHS[m2 - 1]} ${d2}, ${y2}`;
  return `${first}–${d2}, ${y1}`;
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');
