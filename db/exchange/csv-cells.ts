/**
 * How list-valued fields fit in one CSV cell: ids separated by ";", warnings one per line,
 * links as `label <url>` items separated by " | ", a document link marked " (document)".
 *
 * Link labels are free text, so "\", "<", ">" and "|" in a label are written with a
 * backslash; a URL never needs it (parsed URLs percent-encode "<", ">" and spaces).
 */
import type { EntryLink } from '../import/links.ts';

export const LIST_SEPARATOR = ';';

export function encodeList(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}

export function decodeList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function encodeWarnings(warnings: readonly string[]): string {
  return warnings.join('\n');
}

export function decodeWarnings(cell: string): string[] {
  return cell.split(/\r\n|\n|\r/).filter((w) => w.trim() !== '');
}

const escapeLabel = (label: string) => label.replace(/[\\<>|]/g, (c) => `\\${c}`);

export function encodeLinks(links: readonly EntryLink[]): string {
  return links.map((l) => `${escapeLabel(l.label)} <${l.url ?? ''}>${l.kind === 'document' ? ' (document)' : ''}`).join(' | ');
}

/** A link as written, before its URL and kind are checked. */
export interface RawLink {
  label: string;
  url: string | null;
  kind: string;
}

/** Splits a links cell; throws with a reason the reader reports for the `links` field. */
export function decodeLinks(cell: string): RawLink[] {
  const items: Array<{ label: string; url: string | null; after: string }> = [];
  let label = '';
  let url: string | null = null;
  let after = '';
  let inUrl = false;
  const finish = () => {
    if (label.trim() !== '' || url !== null || after.trim() !== '') items.push({ label, url, after });
    label = '';
    url = null;
    after = '';
  };
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (inUrl) {
      if (c === '>') inUrl = false;
      else url += c;
    } else if (c === '\\' && i + 1 < cell.length) {
      const escaped = cell[++i]!;
      if (url === null) label += escaped;
      else after += escaped;
    } else if (c === '|') {
      finish();
    } else if (c === '<' && url === null) {
      inUrl = true;
      url = '';
    } else if (url === null) {
      label += c;
    } else {
      after += c;
    }
  }
  if (inUrl) throw new Error(`"<" opens a URL that is never closed with ">"`);
  finish();
  return items.map(({ label, url, after }, i) => {
    const marker = after.trim();
    const kind = marker === '' ? 'source' : /^\((source|document)\)$/i.exec(marker)?.[1]?.toLowerCase();
    if (!kind) throw new Error(`link ${i + 1}: "${marker}" after the URL; expected nothing or "(document)"`);
    return { label: label.trim(), url: url === null || url.trim() === '' ? null : url.trim(), kind };
  });
}
