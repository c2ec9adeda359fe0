/** Project rows as the API presents them. */
import type { TProjectSummary } from '@chanjiao/contracts';
import type { ProjectListingRow } from './projects.repository.js';
import { type ProjectStatus, projectPhase } from './projects.rules.js';

export function phaseOf(row: ProjectListingRow) {
  const approval = row.voteStatus === null ? null : { voteStatus: row.voteStatus, passed: row.passed };
  return projectPhase(row.project.status as ProjectStatus, approval);
}

export function presentProjectSummary(row: ProjectListingRow): TProjectSummary {
  const { project } = row;
  return {
    id: project.id,
    title: project.title,
    initiativePoint: project.initiativePoint,
    proposer: { id: project.proposerOrgId, name: row.proposerName },
    lead: { id: project.leadOrgId, name: row.leadName },
    phase: phaseOf(row),
    participantCount: row.participantCount,
    milestonesDone: row.milestonesDone,
    milestonesTotal: row.milestonesTotal,
    plannedStartOn: project.plannedStartOn,
    plannedEndOn: project.plannedEndOn,
    isGenerated: project.isGenerated,
  };
}
