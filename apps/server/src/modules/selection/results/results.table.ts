import { boolean, index, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Bilingual } from '@chanjiao/contracts';
import { users } from '../../../kernel/auth/auth.table.js';
import { selectionApplications } from '../applications/applications.table.js';
import { selectionCalls } from '../calls/calls.table.js';

/** An application's result as published: kept as it was, whatever happens to the data afterwards. */
export interface PublishedResult {
  rank: number;
  tied: boolean;
  rankedCount: number;
  validCount: number;
  excludedCount: number;
  aggregate: string;
  deduction: string;
  total: string;
  byIndicator: Record<string, string>;
  explanation: Bilingual;
  note: Bilingual | null;
}

/**
 * The authority's decision on an application (通知 三.3): on the 培育名单, recommended to the province; and, once
 * the results are published, the published result.
 */
export const resultDecisions = pgTable(
  'selection_result_decisions',
  {
    applicationId: uuid()
      .primaryKey()
      .references(() => selectionApplications.id),
    callId: uuid()
      .notNull()
      .references(() => selectionCalls.id),
    shortlisted: boolean().notNull().default(false),
    recommended: boolean().notNull().default(false),
    published: jsonb().$type<PublishedResult>(),
    decidedBy: uuid().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('selection_result_decisions_call_idx').on(t.callId)],
);
