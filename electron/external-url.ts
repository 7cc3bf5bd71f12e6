/**
 * Only web links leave the app, and only after a real URL parse: `javascript:`,
 * `file:`, custom schemes and malformed strings are refused. Returns the normalised URL.
 */
export function parseExternalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  // Credentials in a link are a classic spoofing trick (https://trusted.example@evil.example).
  if (url.username || url.password) return null;
  return url.href;
}
