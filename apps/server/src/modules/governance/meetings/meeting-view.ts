/** A meeting as the requesting user sees it: with the actions their grants allow. */
import type { FastifyRequest } from 'fastify';
import type { Executor } from '../../../kernel/db/database.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { isAllowed, scopesWith } from '../../../kernel/rbac/rbac.rules.js';
import { getMeeting } from './meetings.service.js';

export function meetingForUser(db: Executor, request: FastifyRequest, bodyId: string, meetingId: string) {
  const grants = requireAuth(request).grants;
  const voteFor = scopesWith(grants, 'governance.vote.cast', 'org');
  return getMeeting(db, bodyId, meetingId, request.locale, {
    manage: isAllowed(grants, 'governance.meeting.manage', { bodyId }),
    voteFor: voteFor === 'all' ? [] : voteFor,
  });
}
