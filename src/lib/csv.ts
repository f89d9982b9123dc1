/*
 * CSV for spreadsheets (RFC 4180), shared by the CPD log and the mirror data downloads. It lives
 * apart from both so that neither page loads the other's code to get it.
 */

/**
 * One cell: quoted when it holds a comma, quote or line break, quotes doubled. A cell a
 * spreadsheet would run as a formula (starting = + - @, or a tab or carriage return) gets a
 * leading apostrophe, so a shared file cannot run anything.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: (string | number)[]): string {
  return cells.map(csvCell).join(',');
}
