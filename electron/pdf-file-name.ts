/**
 * The file name the PDF save dialog suggests, made from a briefing's title and date. The
 * title is the analyst's free text, so it is made safe to be one file name on every system
 * the app runs on: it can never name a folder, a device or a hidden file. The path written
 * to comes only from the dialog.
 */
import path from 'node:path';

/** Room for the title in the name, in UTF-8 bytes: well under the 255 most file systems allow, with the date and extension. */
const MAX_TITLE_BYTES = 150;

// Separators and characters Windows refuses in names; control, bidi-control and zero-width
// space characters, which would make a name display differently from what it is. Zero-width
// joiners stay: emoji sequences and several scripts need them.
const FORBIDDEN = /[/\\:*?"<>|]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// Device names Windows reserves whatever the extension (CON.pdf is still the console).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** One safe file-name part: no separators, no leading dots, no trailing dots or spaces. */
export function safeNamePart(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
}

/** Cuts at whole characters as the reader sees them (an emoji or accented letter is never split). */
function cutToBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let kept = '';
  let bytes = 0;
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) {
    const size = Buffer.byteLength(segment);
    if (bytes + size > maxBytes) break;
    kept += segment;
    bytes += size;
  }
  return kept.replace(/[\s.]+$/, '');
}

/** e.g. "US–Japan relations, spring 2023 2023-05-22.pdf" */
export function suggestPdfFileName(title: string, date: string): string {
  const day = safeNamePart(date).slice(0, 20);
  const stem = [cutToBytes(safeNamePart(title), MAX_TITLE_BYTES) || 'Briefing', day].filter(Boolean).join(' ');
  // Windows reads the part before the first dot as the device name.
  return `${RESERVED.test(stem.split('.')[0]!.trim()) ? `Briefing ${stem}` : stem}.pdf`;
}

/** The chosen path with ".pdf" added when it has no extension (a dialog on Linux may return "notes"). */
export function withPdfExtension(file: string): string {
  const ext = path.extname(file);
  if (ext && ext !== '.') return file;
  return `${file.replace(/\.$/, '')}.pdf`;
}
