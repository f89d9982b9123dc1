/*
 * CSV for spreadsheets (RFC 4180), shared by the CPD log and the mirror data downloads. It lives
 * apart from both so that neither page loads the other's code to get it.
 */

/**
 * Text a spreadsheet would run as a formula once it has trimmed the cell and read full-width
 * characters as their ASCII twins (＝ as =): = + - @ | %, or a tab or carriage return first.
 */
function looksLikeFormula(text: string): boolean {
  return /^[\t\r]/.test(text) || /^[=+\-@|%]/.test(text.normalize('NFKC').trimStart());
}

/**
 * One cell. Text that could be read as a formula gets a leading apostrophe, so a shared file
 * cannot run anything. The cell is quoted, quotes doubled, whenever it holds a comma, a semicolon
 * or a tab (the delimiters spreadsheets guess at, so `Course;=1+1` can never become two cells with
 * a formula in the second), a quote or a line break. Numbers are written as they are.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && looksLikeFormula(text)) text = `'${text}`;
  return /[",;\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: (string | number)[]): string {
  return cells.map(csvCell).join(',');
}
