/**
 * Remembers the main window's size and position between runs, and refuses to restore
 * a window onto a display that is no longer attached.
 */
import fs from 'node:fs';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const WindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowState>;

export const DEFAULT_SIZE = { width: 1280, height: 820 };

export function loadWindowState(file: string): WindowState | null {
  try {
    const parsed = WindowState.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(state));
  fs.renameSync(tmp, file);
}

/** The saved bounds if at least a usable part of the window lands on a current display. */
export function visibleBounds(saved: WindowState | null, displays: readonly Rect[]): Rect | null {
  if (!saved) return null;
  const overlaps = displays.some((d) => {
    const w = Math.min(saved.x + saved.width, d.x + d.width) - Math.max(saved.x, d.x);
    const h = Math.min(saved.y + saved.height, d.y + d.height) - Math.max(saved.y, d.y);
    return w >= 100 && h >= 50;
  });
  return overlaps ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : null;
}
