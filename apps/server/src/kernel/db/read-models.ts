/**
 * Read models: what a module lets other modules join in their queries, as a subquery over its table with only
 * the columns it opens (see ARCHITECTURE.md, "Module boundaries"). The builder needs no connection; it writes
 * column names in the casing every database is opened with (database.ts).
 */
import { QueryBuilder } from 'drizzle-orm/pg-core';

export function readModelBuilder(): QueryBuilder {
  return new QueryBuilder({ casing: 'snake_case' });
}
