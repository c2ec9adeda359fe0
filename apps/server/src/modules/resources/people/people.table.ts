import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/**
 * That a person's data was erased on their request: the pseudonym their held records now carry and how many records
 * were held — never the erased values. One row per person, so a repeated request finds it and changes nothing.
 */
export const resourcePersonErasures = pgTable(
  'resource_person_erasures',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    /** student | teacher */
    kind: text().notNull(),
    /** The student's id, or the id of the first agreement naming the teacher. */
    personId: uuid().notNull(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    pseudonym: text().notNull(),
    /** Records held under the pseudonym, by the erasure rule's key. */
    held: jsonb().$type<Record<string, number>>().notNull(),
    erasedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('resource_person_erasures_person').on(t.kind, t.personId)],
);
