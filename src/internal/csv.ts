/**
 * Delimited text: RFC 4180 CSV (the default) or tab-separated text for a spreadsheet's paste, with
 * CRLF line ends and a field quoted when it holds the delimiter, a quote or a line break.
 */

/**
 * One field. A text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first)
 * gets a leading `'`, the usual guard against CSV injection; numbers stay numbers.
 */
export function csvField(value: string | number, delimiter = ','): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of fields as delimited text, every row (the last too) ended by CRLF. */
export function csvText(rows: readonly (readonly (string | number)[])[], delimiter = ','): string {
  return rows.map((row) => row.map((field) => csvField(field, delimiter)).join(delimiter) + '\r\n').join('');
}
