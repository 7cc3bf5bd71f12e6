/**
 * Names in an entry the reader did not recognise, offered to the analyst as one-click
 * lessons after a correction: runs of capitalised words ('Global Lantern', 'Korea Gas
 * Corporation') that are not the people it already found, nor months or sentence openers.
 */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'on']);
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'After', 'Before', 'During', 'He', 'She', 'They', 'It', 'Both', 'Two', 'Three',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

const capitalised = (w: string) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w);

export function unknownNames(summary: string, known: readonly string[], max = 3): string[] {
  const words = summary.split(/[\s,;:()"“”]+/).filter(Boolean);
  const runs: string[] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length && CONNECTORS.has(run.at(-1)!)) run.pop();
    while (run.length && NOT_NAMES.has(run[0]!)) run.shift();
    if (run.length) runs.push(run.join(' ').replace(/[.'’]+$/, '').replace(/['’]s$/, ''));
    run = [];
  };
  for (const w of words) {
    if (capitalised(w) || (run.length > 0 && CONNECTORS.has(w))) {
      run.push(w);
      if (/[.]$/.test(w) && w.length > 3) flush();
    } else flush();
  }
  flush();
  const seen = new Set<string>();
  return runs
    .filter((r) => r.length > 2 && !known.some((k) => r.includes(k) || k.includes(r)))
    .filter((r) => (seen.has(r) ? false : (seen.add(r), true)))
    .slice(0, max);
}
