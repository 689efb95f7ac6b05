/**
 * CSV as RFC 4180 writes it, safe to open in a spreadsheet.
 *
 * - A field holding a comma, a double quote, a carriage return or a line feed is put in
 *   double quotes, with each double quote inside doubled.
 * - A text field starting with =, +, -, @, a tab or a carriage return would be read by Excel,
 *   LibreOffice or Google Sheets as a formula (CSV injection); it gets a leading apostrophe,
 *   which spreadsheets show as text. Numbers are written as they are.
 * - Lines end in CRLF; the text starts with a UTF-8 byte order mark so Excel reads Welsh and
 *   Arabic correctly.
 */

export type CsvValue = string | number | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

export const csvByteOrderMark = "\uFEFF";

/** One field, escaped. Null and undefined are empty. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    return String(value);
  }
  let text = value;
  if (formulaStart.test(text)) text = `'${text}`;
  if (needsQuotes.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** One line, fields escaped, ending in CRLF: a file is the byte order mark, then its lines. */
export function csvLine(row: readonly CsvValue[]): string {
  return `${row.map(csvField).join(",")}\r\n`;
}

/** A whole file: a header line, then one line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvByteOrderMark + [header, ...rows].map(csvLine).join("");
}
