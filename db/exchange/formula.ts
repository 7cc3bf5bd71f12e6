/**
 * CSV formula injection (OWASP): a spreadsheet runs a cell that starts with = + - @, tab
 * or CR as a formula, so such cells are written with a leading apostrophe. Spreadsheets
 * also skip leading spaces and line breaks before deciding, and in East Asian locales read
 * the full-width ＝ ＋ － ＠ as = + - @: a formula character after whitespace, and the
 * full-width forms, are guarded the same way.
 *
 * Cells that already start with apostrophes before one of those get one more, and reading
 * takes exactly one off, so every text survives the round trip — including a summary that
 * really begins with "'=".
 */
const FORMULA = '(?:[\\t\\r]|\\s*[=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20])';
const NEEDS_GUARD = new RegExp(`^'*${FORMULA}`);
const GUARDED = new RegExp(`^'+${FORMULA}`);

export function neutraliseFormula(cell: string): string {
  return NEEDS_GUARD.test(cell) ? `'${cell}` : cell;
}

export function restoreFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
