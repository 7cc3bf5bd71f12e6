/**
 * Which link targets from a note may leave the app. Only http(s) does; everything else
 * (javascript:, file:, data:, relative, fragments) stays inert text.
 *
 * Parsing with the WHATWG URL parser, not a prefix check, is deliberate: it is the parser the
 * shell and the OS hand the URL to, so it sees what they see. It strips leading C0 controls
 * and spaces and removes tabs/newlines anywhere ("java\tscript:" is "javascript:"), and
 * lower-cases the scheme ("JAVASCRIPT:"). A prefix check would disagree on those.
 */
export function webLinkUrl(target: string): URL | null {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return null; // relative, empty or malformed: nothing to open
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

export function isWebLink(target: string): boolean {
  return webLinkUrl(target) !== null;
}

/** "example.org/path?q" — the scheme is implied by the link being openable at all. */
export function shortTarget(url: URL): string {
  const path = url.pathname === '/' ? '' : url.pathname;
  return `${url.host}${path}${url.search}${url.hash}`;
}
