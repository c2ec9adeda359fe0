/** Record scopes of the review routes: everything of a call belongs to the authority that issued it. */
import type { FastifyRequest } from 'fastify';
import type { Executor } from '../../../kernel/db/database.js';
import type { RecordScope } from '../../../kernel/rbac/rbac.rules.js';
import { requireApplication } from '../applications/applications.service.js';
import { requireCall } from '../calls/calls.service.js';
import { requireStatedConflict } from '../experts/conflicts.service.js';
import { REVIEW_ENTITY } from './assignment.service.js';
import { notFound } from '../../../kernel/errors.js';
import { findReview } from './reviews.repository.js';

const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

async function authorityOfCall(db: Executor, callId: string): Promise<RecordScope> {
  return { orgId: (await requireCall(db, callId)).authorityOrgId };
}

export function reviewScopes(db: Executor) {
  return {
    call: (request: FastifyRequest) => authorityOfCall(db, idOf(request)),
    application: async (request: FastifyRequest) => authorityOfCall(db, (await requireApplication(db, idOf(request))).callId),
    review: async (request: FastifyRequest) => {
      const review = await findReview(db, idOf(request));
      if (!review) throw notFound(REVIEW_ENTITY);
      return authorityOfCall(db, review.callId);
    },
    conflict: async (request: FastifyRequest) => authorityOfCall(db, (await requireStatedConflict(db, idOf(request))).callId),
    applicant: async (request: FastifyRequest) => ({ orgId: (await requireApplication(db, idOf(request))).applicantOrgId }),
  };
}
