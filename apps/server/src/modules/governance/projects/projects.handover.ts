/**
 * 章程第二十条(三): the projects a withdrawing unit leads or joined that still carry obligations (approved or
 * running), for the withdrawal's hand-over list in the membership module.
 */
import type { THandoverProject } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import type { HandoverSource } from '../membership/handover.js';
import { phaseOf } from './projects.present.js';
import { listProjectsOfOrg } from './projects.repository.js';
import { carriesObligations } from './projects.rules.js';

export const projectsToHandOver: HandoverSource = async (db: Executor, bodyId: string, orgId: string): Promise<THandoverProject[]> => {
  const rows = await listProjectsOfOrg(db, bodyId, orgId);
  return rows
    .map((row) => ({ row, phase: phaseOf(row) }))
    .filter(({ phase }) => carriesObligations(phase))
    .map(({ row, phase }) => ({
      id: row.project.id,
      name: row.project.title,
      role: row.project.leadOrgId === orgId ? 'lead' : 'participant',
      status: phase,
    }));
};
