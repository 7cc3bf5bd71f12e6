/**
 * Markdown links in chronology entries. An inline link keeps its words in the text and
 * its URL as the entry's source (`[hold](url)` → "hold"); links that trail the entry
 * (`[Joint Statement](url).`) name documents and are taken out of the summary.
 */
export interface EntryLink {
  label: string;
  /** Null when the link had no usable http(s) URL (e.g. a `#` placeholder). */
  url: string | null;
  kind: 'source' | 'document';
}

// URLs may hold one level of balanced parentheses (Wikipedia-style links do).
const URL_PART = String.raw`((?:[^()\s]|\([^()\s]*\)){0,2000})`;
const INLINE = new RegExp(String.raw`\[([^\][]{1,300})\]\(` + URL_PART + String.raw`\)`, 'g');
const TRAILING = new RegExp(String.raw`\s*\[([^\][]{1,300})\]\(` + URL_PART + String.raw`\)[.;,]?\s*$`);

const SPACING_TO_COLLAPSE = /\s\s|[^\S ]/;

/** TRAILING, skipped where it cannot match (the text has no trailing space here): the search is costly on long entries. */
function trailingLink(body: string): RegExpExecArray | null {
  const last = body.length - 1;
  const closes = body[last] === ')' || (body[last - 1] === ')' && (body[last] === '.' || body[last] === ';' || body[last] === ','));
  return closes ? TRAILING.exec(body) : null;
}

function usableUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function extractLinks(text: string): { text: string; links: EntryLink[]; keyVerb: string | null } {
  const documents: EntryLink[] = [];
  let body = text.trim();
  for (let m = trailingLink(body); m; m = trailingLink(body)) {
    // A trailing link is a document only if the sentence before it ended.
    const before = body.slice(0, m.index).trimEnd();
    if (!/[.!?)"”’]$/.test(before)) break;
    documents.unshift({ label: m[1]!.trim(), url: usableUrl(m[2]!), kind: 'document' });
    body = before;
  }
  const sources: EntryLink[] = [];
  let keyVerb: string | null = null;
  if (body.includes('](')) {
    body = body.replace(INLINE, (_all, label: string, url: string) => {
      keyVerb ??= label.trim();
      sources.push({ label: label.trim(), url: usableUrl(url), kind: 'source' });
      return label;
    });
  }
  // Most entries are single-spaced already; rewriting each space as itself was a tenth of parsing.
  const spaced = SPACING_TO_COLLAPSE.test(body) ? body.replace(/\s+/g, ' ') : body;
  return { text: spaced.trim(), links: [...sources, ...documents], keyVerb };
}
