import { index, pgTable, text } from 'drizzle-orm/pg-core';

export const regions = pgTable(
  'regions',
  {
    code: text().primaryKey(),
    name: text().notNull(),
    level: text().notNull(),
    parentCode: text(),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);

/** 职业教育专业目录（2021年）, all three levels; codes are text (some end in K). */
export const majors = pgTable(
  'majors',
  {
    code: text().primaryKey(),
    name: text().notNull(),
    level: text().notNull(),
    categoryCode: text().notNull(),
    categoryName: text().notNull(),
    classCode: text().notNull(),
    className: text().notNull(),
  },
  (t) => [index('majors_class_idx').on(t.classCode), index('majors_name_idx').on(t.name)],
);
