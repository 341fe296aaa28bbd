/** The record as an .xlsx workbook (exceljs): a sheet per table, the header row bold and frozen. */
import ExcelJS from 'exceljs';
import type { RecordTable } from './table';

/** Excel's limit on a sheet name, and the characters it refuses in one. */
const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

export async function toXlsx(tables: RecordTable[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = title;
  workbook.creator = 'strapi-plugin-privacy-notices';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.header).font = { bold: true };
    // Cells are written as values, never as formulas, whatever they start with.
    for (const row of table.rows) sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' };
    sheet.columns.forEach((column) => {
      column.width = 24;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
