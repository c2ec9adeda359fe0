/**
 * 章程第二十条(三): a withdrawing member hands over the obligations of cooperation projects it signed before
 * leaving. Projects belong to a later module; it registers a source here, and until one is registered the
 * hand-over list is empty (never invented).
 */
import type { THandoverProject } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';

export type HandoverSource = (db: Executor, bodyId: string, orgId: string) => Promise<THandoverProject[]>;

const sources: HandoverSource[] = [];

export function registerHandoverSource(source: HandoverSource): void {
  if (!sources.includes(source)) sources.push(source);
}

export async function openProjectsToHandOver(db: Executor, bodyId: string, orgId: string): Promise<THandoverProject[]> {
  return (await Promise.all(sources.map((source) => source(db, bodyId, orgId)))).flat();
}
