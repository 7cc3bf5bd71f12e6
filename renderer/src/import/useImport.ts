/**
 * Where imports start: File → Import (a native dialog in the main process; in browser mode
 * the page's own file picker), a file dropped on the window, or pasted text. Each ends in a preview held by the store.
 */
import { useCallback, useState } from 'react';
import type { PreviewSummary } from '../../../contract/imports.ts';
import { MAX_PASTED_CHARS } from '../../../contract/imports.ts';
import { call, BriefingError } from '../api.ts';
import { isBrowserMode } from '../shellInfo.ts';

export interface ImportState {
  preview: PreviewSummary | null;
  reading: boolean;
  error: string | null;
  chooseFile(): Promise<void>;
  readText(text: string, name?: string): Promise<void>;
  readDropped(file: File): Promise<void>;
  replace(preview: PreviewSummary | null): void;
  clearError(): void;
}

const messageOf = (e: unknown) => (e instanceof BriefingError ? [e.message, ...e.issues].join(' ') : String(e));

export function useImport(onPreview: () => void): ImportState {
  const [preview, setPreview] = useState<PreviewSummary | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (read: () => Promise<PreviewSummary | null>) => {
      setReading(true);
      setError(null);
      try {
        const next = await read();
        if (next) {
          setPreview(next);
          onPreview();
        }
      } catch (e) {
        setError(messageOf(e));
        onPreview();
      } finally {
        setReading(false);
      }
    },
    [onPreview],
  );

  const readFile = useCallback(async (file: File, tooLarge: string) => {
    // A UTF-16 string of N characters is at least N bytes of UTF-8.
    if (file.size > MAX_PASTED_CHARS * 4) {
      throw new Error(`${file.name} is too large to read here (${Math.round(file.size / 1024 / 1024)} MB). ${tooLarge}`);
    }
    const text = decode(await file.arrayBuffer(), file.name);
    return call((api) => api.previewImportText({ text, name: file.name }));
  }, []);

  const chooseFile = useCallback(() => {
    // Browser mode has no native open dialog: the page's own file picker, read as a dropped file is.
    if (isBrowserMode()) {
      const picked = pickFileInPage();
      return run(async () => {
        const file = await picked;
        return file ? readFile(file, 'Split it into smaller files, or open Briefing Book in Electron to import it.') : null;
      });
    }
    return run(async () => {
      const chosen = await call((api) => api.chooseImportFile());
      return chosen.cancelled ? null : chosen;
    });
  }, [run, readFile]);

  const readText = useCallback(
    (text: string, name = 'Pasted text') => run(() => call((api) => api.previewImportText({ text, name }))),
    [run],
  );

  const readDropped = useCallback(
    (file: File) =>
      run(() =>
        readFile(file, isBrowserMode() ? 'Split it into smaller files, or open Briefing Book in Electron to import it.' : 'Use File → Import Chronology… for large files.'),
      ),
    [run, readFile],
  );

  return { preview, reading, error, chooseFile, readText, readDropped, replace: setPreview, clearError: () => setError(null) };
}

/** The browser's own file picker for a chronology; null when the analyst cancels. */
function pickFileInPage(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.txt,.md,.markdown,.csv,.json,text/plain,text/markdown,text/csv,application/json';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

function decode(bytes: ArrayBuffer, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${name} is not UTF-8 text. Save it as UTF-8 (plain text, Markdown, CSV or JSON) and drop it again.`);
  }
}
