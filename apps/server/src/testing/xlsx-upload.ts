/** Builds spreadsheets and multipart uploads for import tests, the way a browser would send them. */
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';

export interface MultipartRequest {
  payload: Buffer;
  headers: Record<string, string>;
}

export function multipartFile(content: Buffer, filename: string, options: { field?: string; contentType?: string } = {}): MultipartRequest {
  const boundary = `----chanjiao${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\n` +
      `Content-Disposition: form-data; name="${options.field ?? 'file'}"; filename="${filename}"\r\n` +
      `Content-Type: ${options.contentType ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A workbook with one sheet: a header row and the given rows. */
export async function sheetWorkbook(sheetName: string, header: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Fills a downloaded template: data rows start under the example row, cells go under the matching headers. */
export async function fillTemplate(template: Buffer, sheetName: string, rows: Record<string, string | number | null>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`template has no sheet ${sheetName}`);
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => columns.set(String(cell.value).replace(/\*$/, ''), column));
  rows.forEach((values, index) => {
    const row = sheet.getRow(3 + index);
    for (const [header, value] of Object.entries(values)) {
      const column = columns.get(header);
      if (!column) throw new Error(`template has no column ${header}`);
      row.getCell(column).value = value;
    }
    row.commit();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function loadWorkbook(content: Buffer | string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((typeof content === 'string' ? Buffer.from(content, 'binary') : content) as unknown as ExcelJS.Buffer);
  return workbook;
}
