/** A CSV field, quoted when it must be; a leading =, +, - or @ is neutralised (spreadsheet formula injection). */
export const csvField = (value: string | number | boolean | null | undefined): string => {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One CSV line (CRLF-terminated, as spreadsheets expect). */
export const csvLine = (fields: readonly (string | number | boolean | null | undefined)[]): string => fields.map(csvField).join(',') + '\r\n';
