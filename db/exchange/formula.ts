/**
 * CSV formula injection (OWASP): a spreadsheet runs a cell that starts with = + - @, tab
 * or CR as a formula, so such cells are written with a leading apostrophe.
 *
 * Cells that already start with apostrophes before one of those characters get one more,
 * and reading takes exactly one off, so every text survives the round trip — including a
 * summary that really begins with "'=".
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return NEEDS_GUARD.test(cell) ? `'${cell}` : cell;
}

export function restoreFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
