/** Activity rows as the API presents them. */
import { ACTIVITY_KIND_NAMES, type TActivitySummary, type TOrgParticipation } from '@chanjiao/contracts';
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

type BodyRef = { bodyId: string; bodyName: string };

/**
 * The member profile's table: one entry per body — those the unit belongs or belonged to first, in their order,
 * then any other it took part in — with every kind of activity, zeros included, so the profile reads the same
 * for every unit.
 */
export function presentOrgParticipation(
  memberships: BodyRef[],
  sent: (BodyRef & { kind: string; activities: number; registered: number; attended: number })[],
  won: (BodyRef & { kind: string; awards: number })[],
): TOrgParticipation {
  const bodies = new Map<string, string>();
  for (const body of [...memberships, ...sent, ...won]) if (!bodies.has(body.bodyId)) bodies.set(body.bodyId, body.bodyName);
  const at = <T extends BodyRef & { kind: string }>(rows: T[], bodyId: string, kind: string) =>
    rows.find((row) => row.bodyId === bodyId && row.kind === kind);
  return {
    items: [...bodies].map(([bodyId, bodyName]) => ({
      body: { id: bodyId, name: bodyName },
      kinds: ACTIVITY_KIND_NAMES.map((kind) => {
        const people = at(sent, bodyId, kind);
        return {
          kind,
          activities: Number(people?.activities ?? 0),
          registered: Number(people?.registered ?? 0),
          attended: Number(people?.attended ?? 0),
          awards: Number(at(won, bodyId, kind)?.awards ?? 0),
        };
      }),
    })),
  };
}
