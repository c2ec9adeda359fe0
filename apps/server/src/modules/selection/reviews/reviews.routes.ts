/** The authority's review routes: the board, settings, panel, conflicts, assignment and site visits. */
import {
  ZAssignmentOutcome,
  ZAutoAssignment,
  ZConflictPin,
  ZIdParams,
  ZManualAssignment,
  ZOk,
  ZPanelUpdate,
  ZReviewBoard,
  ZReviewSettingsUpdate,
  ZSiteVisitInput,
  ZSiteVisitList,
} from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { typed } from '../../../kernel/http/routes.js';
import { pinConflict, removeStatedConflict } from '../experts/conflicts.service.js';
import { setPanel } from '../experts/experts.service.js';
import { selectionValidator } from '../selection.validation.js';
import { assignAutomatically, assignByHand, getBoard, unassign } from './assignment.service.js';
import { reviewScopes } from './review-scopes.js';
import { updateSettings } from './review-settings.service.js';
import { listSiteVisits, recordSiteVisit } from './site-visits.service.js';

const TAGS = ['selection'];

export async function reviewRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const scopes = reviewScopes(db);
  const onCall = { permission: 'selection.review.manage' as const, scope: scopes.call };
  const board = { 200: ZReviewBoard };

  r.get(
    '/api/selection/calls/:id/review',
    {
      schema: { tags: TAGS, summary: '评审工作台 Review board of a call', params: ZIdParams, response: board },
      config: { policy: onCall },
      validatorCompiler: selectionValidator,
    },
    async (request) => getBoard(db, request.params.id, request.locale),
  );

  r.put(
    '/api/selection/calls/:id/review/settings',
    {
      schema: { tags: TAGS, summary: '评审规则 Review settings', params: ZIdParams, body: ZReviewSettingsUpdate, response: board },
      config: { policy: onCall },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await updateSettings(db, request.actor, request.params.id, request.body);
      return getBoard(db, request.params.id, request.locale);
    },
  );

  r.put(
    '/api/selection/calls/:id/review/panel',
    {
      schema: { tags: TAGS, summary: '评审专家组 Set the panel', params: ZIdParams, body: ZPanelUpdate, response: board },
      config: { policy: onCall },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await setPanel(db, request.actor, request.params.id, request.body.expertIds);
      return getBoard(db, request.params.id, request.locale);
    },
  );

  r.post(
    '/api/selection/calls/:id/review/assignments',
    {
      schema: {
        tags: TAGS,
        summary: '人工分配评审 Assign by hand',
        params: ZIdParams,
        body: ZManualAssignment,
        response: { 201: ZReviewBoard },
      },
      config: { policy: onCall },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => {
      await assignByHand(db, request.actor, request.params.id, request.body);
      return reply.status(201).send(await getBoard(db, request.params.id, request.locale));
    },
  );

  r.post(
    '/api/selection/calls/:id/review/assignments/automatic',
    {
      schema: {
        tags: TAGS,
        summary: '自动分配评审 Assign automatically',
        params: ZIdParams,
        body: ZAutoAssignment,
        response: { 200: ZAssignmentOutcome },
      },
      config: { policy: onCall },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      const outcome = await assignAutomatically(db, request.actor, request.params.id, request.body.seed);
      return {
        added: outcome.added,
        explanation: outcome.explanation[request.locale],
        board: await getBoard(db, request.params.id, request.locale),
      };
    },
  );

  r.delete(
    '/api/selection/reviews/:id',
    {
      schema: { tags: TAGS, summary: '取消分配 Unassign', params: ZIdParams, response: { 200: ZOk } },
      config: { policy: { permission: 'selection.review.manage', scope: scopes.review } },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await unassign(db, request.actor, request.params.id);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/selection/calls/:id/review/conflicts',
    {
      schema: { tags: TAGS, summary: '登记回避 Record a conflict', params: ZIdParams, body: ZConflictPin, response: { 201: ZReviewBoard } },
      config: { policy: onCall },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => {
      await pinConflict(db, request.actor, request.params.id, request.body);
      return reply.status(201).send(await getBoard(db, request.params.id, request.locale));
    },
  );

  r.delete(
    '/api/selection/conflicts/:id',
    {
      schema: { tags: TAGS, summary: '撤销登记的回避 Remove a recorded conflict', params: ZIdParams, response: { 200: ZOk } },
      config: { policy: { permission: 'selection.review.manage', scope: scopes.conflict } },
      validatorCompiler: selectionValidator,
    },
    async (request) => {
      await removeStatedConflict(db, request.actor, request.params.id);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/selection/applications/:id/site-visits',
    {
      schema: { tags: TAGS, summary: '实地考察记录 Site visits', params: ZIdParams, response: { 200: ZSiteVisitList } },
      config: { policy: { permission: 'selection.review.manage', scope: scopes.application } },
      validatorCompiler: selectionValidator,
    },
    async (request) => listSiteVisits(db, request.params.id),
  );

  r.post(
    '/api/selection/applications/:id/site-visits',
    {
      schema: {
        tags: TAGS,
        summary: '记录实地考察 Record a site visit',
        params: ZIdParams,
        body: ZSiteVisitInput,
        response: { 201: ZSiteVisitList },
      },
      config: { policy: { permission: 'selection.review.manage', scope: scopes.application } },
      validatorCompiler: selectionValidator,
    },
    async (request, reply) => {
      await recordSiteVisit(db, request.actor, request.params.id, request.body);
      return reply.status(201).send(await listSiteVisits(db, request.params.id));
    },
  );
}
