/**
 * The floor under any import of the benchmark's file: reading it with exceljs's streaming reader (every row's
 * values, nothing checked) and writing the same rows with one bare COPY into the same table.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { OrgInsert } from '../../apps/server/src/modules/organizations/organizations.repository.js';

export async function bareParse(content: Buffer): Promise<unknown[][]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(content), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const rows: unknown[][] = [];
  for await (const worksheet of reader) {
    for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) rows.push(row.values as unknown[]);
  }
  return rows;
}

const COLUMNS: [keyof OrgInsert, string][] = [
  ['name', 'name'],
  ['shortName', 'short_name'],
  ['uscc', 'uscc'],
  ['type', 'type'],
  ['level', 'level'],
  ['regionCode', 'region_code'],
  ['provinceCode', 'province_code'],
  ['cityCode', 'city_code'],
  ['address', 'address'],
  ['legalRepresentative', 'legal_representative'],
  ['website', 'website'],
  ['description', 'description'],
  ['isGenerated', 'is_generated'],
  ['searchTokens', 'search_tokens'],
];

/** COPY's text format: tab-separated, \N for null, backslash escapes. */
function copyLine(row: OrgInsert): string {
  return `${COLUMNS.map(([key]) => {
    const value = row[key];
    if (value === null || value === undefined) return '\\N';
    return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  }).join('\t')}\n`;
}

/** The rows as text for COPY are made before timing: what is timed is the database taking them. */
export function copyPayload(rows: OrgInsert[]): string[] {
  const lines: string[] = [];
  for (let start = 0; start < rows.length; start += 1000) {
    lines.push(
      rows
        .slice(start, start + 1000)
        .map(copyLine)
        .join(''),
    );
  }
  return lines;
}

export async function bareCopy(client: pg.PoolClient, payload: string[]): Promise<void> {
  await client.query('begin');
  const stream = client.query(copyFrom(`copy organizations (${COLUMNS.map(([, column]) => column).join(', ')}) from stdin`));
  await pipeline(Readable.from(payload), stream);
  await client.query('commit');
}
