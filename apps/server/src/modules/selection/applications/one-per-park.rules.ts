/**
 * 通知 三.1: 以产业园区为基础组织申报，原则上每个产业园区申报不超过1家. Within one call, a park (matched by
 * organisation id, or by normalised name when either side has no id) may host at most the call's limit of
 * applications; the refusal names the application already there. Callers pass the call's applications that
 * still count (drafts and submitted ones, not withdrawn).
 */
import type { TCallLimits } from '@chanjiao/contracts';
import { DomainError } from '../../../kernel/errors.js';
import { normalizeOrgName } from '../experts/conflicts.rules.js';

export interface ParkRef {
  orgId?: string | null;
  name: string;
}

export interface ParkApplication {
  applicationId: string;
  /** 联合体名称. */
  name: string;
  park: ParkRef;
}

export function samePark(a: ParkRef, b: ParkRef): boolean {
  if (a.orgId && b.orgId) return a.orgId === b.orgId;
  return normalizeOrgName(a.name) === normalizeOrgName(b.name);
}

/** The call's other applications hosted by the same park, in the order given. */
export function applicationsOfPark(candidate: ParkApplication, others: ParkApplication[]): ParkApplication[] {
  return others.filter((other) => other.applicationId !== candidate.applicationId && samePark(other.park, candidate.park));
}

export function assertParkHasRoom(
  candidate: ParkApplication,
  others: ParkApplication[],
  limits: Pick<TCallLimits, 'applicationsPerPark'>,
): void {
  const already = applicationsOfPark(candidate, others);
  if (already.length >= limits.applicationsPerPark) {
    throw new DomainError('PARK_ALREADY_APPLIED', {
      park: candidate.park.name,
      application: already.map((application) => application.name).join('”、“'),
      limit: limits.applicationsPerPark,
    });
  }
}
