import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const organizations = pgTable(
  'organizations',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    /** pinyinSortKey(name), set by the repository on every write of the name; lists order by it, then by name. */
    nameSortKey: text(),
    shortName: text(),
    /** 统一社会信用代码; unique where present. */
    uscc: text(),
    type: text().notNull(),
    level: text(),
    regionCode: text().notNull(),
    /** Derived from regionCode so that filtering by province or city is an indexed equality. */
    provinceCode: text().notNull(),
    cityCode: text().notNull(),
    address: text(),
    legalRepresentative: text(),
    website: text(),
    description: text(),
    /** Demo or benchmark data made up by the platform, not taken from a document. */
    isGenerated: boolean().notNull().default(false),
    /** jieba tokens of the names, for full-text search. */
    searchTokens: text().notNull().default(''),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organizations_uscc_key').on(t.uscc),
    index('organizations_name_idx').on(t.name),
    index('organizations_sort_idx').on(t.nameSortKey, t.name),
    index('organizations_region_sort_idx').on(t.regionCode, t.nameSortKey, t.name),
    index('organizations_province_sort_idx').on(t.provinceCode, t.nameSortKey, t.name),
    index('organizations_city_sort_idx').on(t.cityCode, t.nameSortKey, t.name),
    index('organizations_type_idx').on(t.type),
    index('organizations_search_idx').using('gin', sql`to_tsvector('simple', ${t.searchTokens})`),
  ],
);
