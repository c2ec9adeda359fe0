/** Activity rows as the API presents them. */
import type { TActivitySummary } from '@chanjiao/contracts';
import type { ActivityListingRow } from './activities.repository.js';
import { type ActivityStatus, activityPhase } from './activities.rules.js';

export function phaseOf(row: ActivityListingRow, today: string) {
  return activityPhase(row.activity.status as ActivityStatus, row.activity, today);
}

export function presentActivitySummary(row: ActivityListingRow, today: string): TActivitySummary {
  const { activity } = row;
  return {
    id: activity.id,
    kind: activity.kind as TActivitySummary['kind'],
    title: activity.title,
    organiser: activity.organiserOrgId && row.organiserName ? { id: activity.organiserOrgId, name: row.organiserName } : null,
    startOn: activity.startOn,
    endOn: activity.endOn,
    place: activity.place,
    registrationDeadline: activity.registrationDeadline,
    capacityPerUnit: activity.capacityPerUnit,
    capacityTotal: activity.capacityTotal,
    phase: phaseOf(row, today),
    registeredCount: row.registeredCount,
    unitCount: row.unitCount,
    attendedCount: row.attendedCount,
    isGenerated: activity.isGenerated,
  };
}
