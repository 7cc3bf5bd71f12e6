import { BriefingError } from '../api.ts';

/**
 * What a refused call says, in the store's words. A refused request carries its reasons as
 * "path: reason"; the analyst needs the reason, not where it sat in the request.
 */
export function messageOf(e: unknown): string {
  if (!(e instanceof BriefingError)) return e instanceof Error ? e.message : String(e);
  if (e.code === 'BAD_REQUEST' && e.issues.length > 0) {
    return e.issues.map((issue) => sentence(issue.replace(/^[^:]*: /, ''))).join(' ');
  }
  return e.message;
}

function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  return t[0]!.toUpperCase() + t.slice(1) + (/[.!?]$/.test(t) ? '' : '.');
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
