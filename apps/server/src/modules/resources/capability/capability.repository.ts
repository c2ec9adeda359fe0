/** SQL of "who can train X": the published entries of a body's current members that may be evidence for a target. */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { hasCode, ofMembers, tokensMatch } from '../database/entries.repository.js';
import { resourceEntries } from '../database/entries.table.js';

const columns = {
  orgId: resourceEntries.orgId,
  kind: resourceEntries.kind,
  title: resourceEntries.title,
  summary: resourceEntries.summary,
  majorCode: resourceEntries.majorCode,
  classCodes: resourceEntries.classCodes,
  workstations: resourceEntries.workstations,
  searchTokens: resourceEntries.searchTokens,
};

/** Majors, bases and courses of the major class (a major's own class included). */
export async function entriesOfClass(db: Executor, bodyId: string, classCode: string) {
  return db
    .select(columns)
    .from(resourceEntries)
    .where(and(ofMembers(bodyId), sql`${resourceEntries.kind} <> 'partner'`, hasCode(resourceEntries.classCodes, classCode)));
}

/** Entries whose words match the query; `partnersOnly` when the codes already found the rest. */
export async function entriesMatching(db: Executor, bodyId: string, tsQuery: string, partnersOnly: boolean) {
  return db
    .select(columns)
    .from(resourceEntries)
    .where(and(ofMembers(bodyId), tokensMatch(tsQuery), partnersOnly ? eq(resourceEntries.kind, 'partner') : undefined));
}
