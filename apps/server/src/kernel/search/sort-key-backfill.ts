/**
 * SQL cannot compute a pinyin sort key, so a migration adding one leaves it empty: this fills the keys still
 * missing at start, a batch at a time (rows from before the column, or written around their repository).
 * A second run finds nothing to do; two instances starting together write the same keys.
 */
import { isNull, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/database.js';
import { pinyinSortKey } from './pinyin-sort-key.js';

const BATCH = 1000;

export interface SortKeyColumns {
  table: PgTable;
  /** A uuid primary key. */
  id: AnyPgColumn;
  name: AnyPgColumn;
  key: AnyPgColumn;
}

/** Returns how many rows got a key. */
export async function fillMissingSortKeys(db: Executor, { table, id, name, key }: SortKeyColumns): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db
      .select({ id: sql<string>`${id}`, name: sql<string>`${name}` })
      .from(table)
      .where(isNull(key))
      .limit(BATCH);
    if (rows.length === 0) return filled;
    const ids = rows.map((row) => row.id);
    const keys = rows.map((row) => pinyinSortKey(row.name));
    // SET takes the bare column name, in the casing every database is opened with (database.ts).
    await db.execute(sql`
      update ${table} set ${sql.identifier(toSnakeCase(key.name))} = filled.key
      from unnest(${sql.param(ids)}::uuid[], ${sql.param(keys)}::text[]) as filled(id, key)
      where ${id} = filled.id`);
    filled += rows.length;
  }
}
