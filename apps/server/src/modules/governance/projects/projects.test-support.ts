/** Fixtures for slice C tests: the alliance with its charter, and a joint meeting that decides one item. */
import { expect } from 'vitest';
import type { Session, TestContext } from '../../../testing/test-app.js';
import { registerSeedCharter } from '../charter/charter.test-support.js';
import { makeAlliance } from '../testing/alliance.test-support.js';

export async function allianceWithCharter(ctx: TestContext) {
  const alliance = await makeAlliance(ctx.deps);
  await registerSeedCharter(ctx.deps, alliance.bodyId);
  return alliance;
}

export async function scheduleMeeting(secretariat: Session, bodyId: string, heldOn: string): Promise<string> {
  const response = await secretariat.request({
    method: 'POST',
    url: `/api/bodies/${bodyId}/meetings`,
    payload: { title: `${heldOn} 校长联席会议`, heldOn },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

/** Records every member present, opens the item's vote, casts paper ballots and closes it. */
export async function decideItem(
  secretariat: Session,
  bodyId: string,
  meetingId: string,
  itemId: string,
  ballots: [orgId: string, choice: 'yes' | 'no' | 'abstain'][],
) {
  const base = `/api/bodies/${bodyId}/meetings/${meetingId}`;
  const attendance = await secretariat.request({
    method: 'PUT',
    url: `${base}/attendance`,
    payload: { entries: ballots.map(([orgId]) => ({ orgId, status: 'present', representativeRole: 'principal' })) },
  });
  expect(attendance.statusCode, attendance.body).toBeLessThan(300);
  expect((await secretariat.request({ method: 'POST', url: `${base}/items/${itemId}/open` })).statusCode).toBe(200);
  for (const [orgId, choice] of ballots) {
    const cast = await secretariat.request({ method: 'POST', url: `${base}/items/${itemId}/paper-ballots`, payload: { orgId, choice } });
    expect(cast.statusCode, cast.body).toBe(201);
  }
  const closed = await secretariat.request({ method: 'POST', url: `${base}/items/${itemId}/close` });
  expect(closed.statusCode, closed.body).toBe(200);
}
