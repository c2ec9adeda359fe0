/**
 * The SQL the application's organisation list really sends, taken from the application itself: the
 * repository's `listOrgs` runs against a pool that records every statement. The bare server then sends
 * the very same text, so the comparison measures what surrounds the query and not two different queries.
 */
import { ZOrgListQuery } from '@chanjiao/contracts';
import { openDatabase } from '../../apps/server/src/kernel/db/database.js';
import { listOrgs } from '../../apps/server/src/modules/organizations/organizations.repository.js';
import type { ListSql } from './recorded-sql.js';
import { differingParameter, recordStatements } from './statement-recorder.js';

async function recordList(databaseUrl: string, region: string, page: number, pageSize: number) {
  const handle = await openDatabase({ url: databaseUrl, poolSize: 2 });
  const recorded = recordStatements(handle.pool!);
  try {
    await listOrgs(handle.db, ZOrgListQuery.parse({ region, sort: 'name', page, pageSize }));
  } finally {
    await handle.close();
  }
  const count = recorded.find((statement) => /\bcount\(/i.test(statement.text));
  const rows = recorded.find((statement) => statement !== count);
  if (recorded.length !== 2 || !count || !rows) {
    throw new Error(`Expected the list to send a page query and a count query, got ${recorded.length} statements`);
  }
  return { page: rows, count };
}

export async function captureListSql(databaseUrl: string, region: string, pageSize: number): Promise<ListSql> {
  // Pages 2 and 3: a list built without placeholders leaves the offset out of page 1, so its text would differ.
  const second = await recordList(databaseUrl, region, 2, pageSize);
  const third = await recordList(databaseUrl, region, 3, pageSize);
  const offsetIndex = differingParameter(second.page, third.page);
  return {
    pageText: second.page.text,
    countText: second.count.text,
    pageName: second.page.name,
    countName: second.count.name,
    pageParams: second.page.values,
    offsetIndex,
    countParams: second.count.values,
  };
}
