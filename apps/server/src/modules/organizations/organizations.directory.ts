/**
 * What another module may read of an organisation inside its own queries: a subquery over the table with only
 * the columns others show or filter by. They join it (`.innerJoin(org, eq(org.id, row.orgId))`) and never the
 * table, so the rest of the table stays this module's to change. PostgreSQL inlines such a subquery into the
 * query around it, so the join costs what a join of the table costs.
 */
import { readModelBuilder } from '../../kernel/db/read-models.js';
import { organizations } from './organizations.table.js';

/** `alias` names the subquery in the SQL: a query joining organisations twice (proposer, lead) gives two names. */
export function organizationDirectory(alias = 'organization') {
  return readModelBuilder()
    .select({
      id: organizations.id,
      name: organizations.name,
      /** Order by it, then by name: pinyin order (kernel/search/pinyin-sort-key.ts). */
      nameSortKey: organizations.nameSortKey,
      shortName: organizations.shortName,
      type: organizations.type,
      regionCode: organizations.regionCode,
      cityCode: organizations.cityCode,
    })
    .from(organizations)
    .as(alias);
}
