/**
 * Serves the built renderer for the app:// protocol (and for the test harness, which
 * serves the same files the same way). Paths are resolved inside the root and checked
 * with path.relative, so `..`, encoded `%2e%2e` and absolute tricks cannot escape it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface AssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
};

/** Maps a request URL to a file inside `root`, or null if it would leave it. */
export function resolveAssetPath(root: string, requestUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const candidate = path.resolve(root, relative);
  const inside = path.relative(root, candidate);
  if (!inside || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return null;
  return candidate;
}

export async function readAppAsset(root: string, requestUrl: string): Promise<AssetResponse> {
  const file = resolveAssetPath(path.resolve(root), requestUrl);
  const notFound = (): AssetResponse => ({
    status: 404,
    headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
    body: Buffer.from('Not found'),
  });
  if (!file) return notFound();
  try {
    const body = await fs.readFile(file);
    const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, headers: { ...SECURITY_HEADERS, 'content-type': type }, body };
  } catch {
    return notFound();
  }
}
