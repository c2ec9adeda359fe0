/** Fixtures shared by the notifications tests: organisations, a body, and a way to notify as a module would. */
import { SYSTEM_ACTOR, type Actor } from '../../kernel/audit/audit.service.js';
import type { AppDeps } from '../../kernel/deps.js';
import { createBody } from '../bodies/index.js';
import { insertOrgs, orgValues } from '../organizations/index.js';
import { notify, type Recipient } from './notify.service.js';

let sequence = 0;

export async function newOrg(deps: AppDeps, name = '上海市曹杨职业技术学校'): Promise<string> {
  sequence += 1;
  const [org] = await insertOrgs(deps.database.db, [
    orgValues({ name: `${name}${sequence}`, type: 'secondary_vocational', regionCode: '310107' }),
  ]);
  return org!.id;
}

export async function newBody(deps: AppDeps, secretariatOrgId: string): Promise<string> {
  sequence += 1;
  const body = await createBody(deps.database.db, SYSTEM_ACTOR, {
    name: `沿沪宁产业创新带职业院校联盟${sequence}`,
    kind: 'alliance',
    secretariatOrgId,
  });
  return body.id;
}

/** A meeting notice as governance sends it, to the given recipients. */
export async function notifyMeeting(
  deps: AppDeps,
  recipients: Recipient[],
  options: { title?: string; dedupeKey?: string; actor?: Actor } = {},
) {
  const title = options.title ?? '2026年度校长联席会议';
  const meetingId = crypto.randomUUID();
  const notified = await deps.database.db.transaction((tx) =>
    notify(tx, options.actor ?? SYSTEM_ACTOR, {
      kind: 'governance.meeting_convened',
      params: {
        bodyName: '沿沪宁产业创新带职业院校联盟',
        meetingTitle: title,
        heldOn: '2026-12-20',
        location: '上海市曹杨职业技术学校',
        agenda: '审议2027年工作计划',
      },
      recipients,
      link: { path: `/governance/meetings/${meetingId}`, recordType: 'meeting', recordId: meetingId },
      dedupeKey: options.dedupeKey,
    }),
  );
  return { ...notified, meetingId };
}
