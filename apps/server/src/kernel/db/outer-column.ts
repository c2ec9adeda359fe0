/**
 * A column of the outer query named with its table, for correlated subqueries. Drizzle leaves column names
 * bare when a select reads a single table, and inside `(select … from agenda_items where meeting_id = "id")`
 * a bare "id" means the subquery's own table, not the outer row: the count silently becomes 0.
 */
import { type Column, getTableName, type SQL, sql, type Table } from 'drizzle-orm';

export function outerColumn(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table as Table))}.${sql.identifier(column.name)}`;
}
