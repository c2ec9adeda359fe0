/** Fixtures for the review tests: submitted applications with distinct member units, and expert accounts. */
import { usccCheckCharacter } from '@chanjiao/contracts';
import type { AppDeps } from '../../../kernel/deps.js';
import { makeExpert as makeTestExpert, makeSubmittedApplication, type UnitNames } from '../../../testing/factories.js';

export { contentNaming, type UnitNames } from '../../../testing/factories.js';

/** A valid 统一社会信用代码 built from 17 characters. */
export function validUscc(first17: string): string {
  return first17 + usccCheckCharacter(first17);
}

const WHILE_OPEN = new Date('2026-05-01T00:00:00Z');

export async function submittedApplication(
  deps: AppDeps,
  callId: string,
  applicantOrgId: string,
  name: string,
  park: string,
  units: UnitNames,
) {
  return makeSubmittedApplication(deps, callId, applicantOrgId, { name, park, units, at: WHILE_OPEN });
}

export async function makeExpert(deps: AppDeps) {
  return makeTestExpert(deps);
}
