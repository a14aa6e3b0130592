import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { csvLine } from '../common/csv';
import { ExportFormat, ExportLanguage } from './export.enums';
import type { ExportGrant } from './export-link';
import type { Cell, ExportTable } from './export-tables';

const wordOf = (words: [string, string], language: ExportLanguage) => (language === ExportLanguage.EN ? words[1] : words[0]);

/** Waits when the socket's buffer is full, so a slow download does not pile the file up in memory. */
function write(out: Writable, text: string): Promise<void> | void {
  if (!out.write(text)) return new Promise((resolve) => out.once('drain', resolve));
}

/** CSV: UTF-8 with a BOM; with several tables, each under its title and a blank line apart. */
async function writeCsv(out: Writable, tables: ExportTable[], language: ExportLanguage): Promise<void> {
  await write(out, '\uFEFF');
  for (const [i, table] of tables.entries()) {
    if (tables.length > 1) await write(out, (i > 0 ? '\r\n' : '') + csvLine([wordOf(table.title, language)]));
    await write(out, csvLine(table.columns.map((c) => wordOf(c, language))));
    for await (const rows of table.rows()) {
      if (rows.length) await write(out, rows.map(csvLine).join(''));
    }
  }
  out.end();
}

/** A worksheet name Excel takes: at most 31 characters, none of []:*?/\ . */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/** XLSX: one worksheet a table, written row by row (exceljs's streaming writer). */
async function writeXlsx(out: Writable, tables: ExportTable[], language: ExportLanguage): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(wordOf(table.title, language)));
    sheet.columns = table.columns.map((c) => ({ header: wordOf(c, language), width: 18 }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const rows of table.rows()) {
      for (const row of rows) sheet.addRow(row.map(cellValue)).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}

const cellValue = (cell: Cell) => (cell === undefined ? null : cell);

export const EXPORT_TYPES: Record<ExportFormat, { contentType: string; extension: string }> = {
  [ExportFormat.CSV]: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  [ExportFormat.XLSX]: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
};

export function writeExport(format: ExportFormat, out: Writable, tables: ExportTable[], language: ExportLanguage): Promise<void> {
  return format === ExportFormat.CSV ? writeCsv(out, tables, language) : writeXlsx(out, tables, language);
}

/** The name an export downloads under: what, the period's days, the format's extension. */
export const exportFileName = (grant: Pick<ExportGrant, 'kind' | 'format' | 'from' | 'to'>): string =>
  [grant.kind.toLowerCase().replace(/_/g, '-'), grant.from?.slice(0, 10), grant.to?.slice(0, 10)].filter(Boolean).join('_') + `.${EXPORT_TYPES[grant.format].extension}`;
