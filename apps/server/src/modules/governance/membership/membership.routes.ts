import {
  ZJoinApplication,
  ZJoinApplicationInput,
  ZJoinApplicationReview,
  ZCaseParams,
  ZCaseToAgendaInput,
  ZDismissInput,
  ZExpulsion,
  ZExpulsionInput,
  ZIdParams,
  ZMembershipQueues,
  ZNotice,
  ZOk,
  ZOrgGovernanceCases,
  ZReceiptInput,
  ZWithdrawal,
  ZWithdrawalCompletion,
  ZWithdrawalInput,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import * as applications from './applications.service.js';
import { foundingUnitsAwaitingCertificate, listCertificates } from './certificates.service.js';
import * as expulsions from './expulsions.service.js';
import { listNotices } from './notices.service.js';
import * as withdrawals from './withdrawals.service.js';

const TAGS = ['governance'];
const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });
/** The unit named in the request body: an organisation's grant must cover it. */
const applicantScope = (request: FastifyRequest) => ({ orgId: (request.body as { orgId: string }).orgId });
const REVIEW = { permission: 'governance.membership.review', scope: bodyScope } as const;
const APPLY = { permission: 'governance.membership.apply', scope: applicantScope } as const;

export async function membershipRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const ok = { ok: true as const };

  r.get(
    '/api/bodies/:id/membership-queues',
    {
      schema: {
        tags: TAGS,
        summary: '秘书处待办：加入、退出、除名与证书 Membership cases of a body',
        params: ZIdParams,
        response: { 200: ZMembershipQueues },
      },
      config: { policy: REVIEW },
    },
    async (request) => {
      const bodyId = request.params.id;
      const reveal = isAllowed(requireAuth(request).grants, 'personal.unmask', { bodyId });
      const [apps, outs, expels, certs, founding] = await Promise.all([
        applications.listApplications(db, { bodyId }, reveal),
        withdrawals.listWithdrawals(db, { bodyId }, request.locale),
        expulsions.listExpulsions(db, bodyId),
        listCertificates(db, { bodyId }),
        foundingUnitsAwaitingCertificate(db, bodyId),
      ]);
      return { applications: apps, withdrawals: outs, expulsions: expels, certificates: certs, foundingWithoutCertificate: founding };
    },
  );

  r.get(
    '/api/organizations/:id/governance',
    {
      schema: {
        tags: TAGS,
        summary: '本单位的入会、退会申请与成员证书 An organisation’s applications, withdrawals and certificates',
        params: ZIdParams,
        response: { 200: ZOrgGovernanceCases },
      },
      config: {
        policy: { permission: 'governance.membership.apply', scope: (request) => ({ orgId: (request.params as { id: string }).id }) },
      },
    },
    async (request) => {
      const orgId = request.params.id;
      const [apps, outs, certs] = await Promise.all([
        // The unit's own contact details, so they are shown in full.
        applications.listApplications(db, { orgId }, true),
        withdrawals.listWithdrawals(db, { orgId }, request.locale),
        listCertificates(db, { orgId }),
      ]);
      return { applications: apps, withdrawals: outs, certificates: certs };
    },
  );

  r.post(
    '/api/bodies/:id/applications',
    {
      schema: {
        tags: TAGS,
        summary: '申请加入 Apply to join (章程第十六、十九条)',
        params: ZIdParams,
        body: ZJoinApplicationInput,
        response: { 201: ZJoinApplication },
      },
      config: { policy: APPLY },
    },
    async (request, reply) => {
      const row = await applications.submitApplication(db, request.actor, request.params.id, request.body, shanghaiToday(deps.clock));
      const [created] = (await applications.listApplications(db, { orgId: row.orgId }, true)).filter((a) => a.id === row.id);
      return reply.status(201).send(created!);
    },
  );

  r.post(
    '/api/bodies/:id/applications/:caseId/review',
    {
      schema: {
        tags: TAGS,
        summary: '秘书处初审 Preliminary review',
        params: ZCaseParams,
        body: ZJoinApplicationReview,
        response: { 200: ZOk },
      },
      config: { policy: REVIEW },
    },
    async (request) => {
      await applications.reviewApplication(
        db,
        request.actor,
        request.params.id,
        request.params.caseId,
        request.body,
        shanghaiToday(deps.clock),
      );
      return ok;
    },
  );

  r.post(
    '/api/bodies/:id/withdrawals',
    {
      schema: {
        tags: TAGS,
        summary: '书面申请退会 Apply in writing to withdraw (章程第二十条)',
        params: ZIdParams,
        body: ZWithdrawalInput,
        response: { 201: ZWithdrawal },
      },
      config: { policy: APPLY },
    },
    async (request, reply) => {
      const row = await withdrawals.submitWithdrawal(db, request.actor, request.params.id, request.body, deps.clock.now());
      const [created] = (await withdrawals.listWithdrawals(db, { orgId: row.orgId }, request.locale)).filter((w) => w.id === row.id);
      return reply.status(201).send(created!);
    },
  );

  r.post(
    '/api/bodies/:id/withdrawals/:caseId/receipt',
    {
      schema: {
        tags: TAGS,
        summary: '秘书处书面确认收到 Confirm written receipt',
        params: ZCaseParams,
        body: ZReceiptInput,
        response: { 200: ZOk },
      },
      config: { policy: REVIEW },
    },
    async (request) => {
      await withdrawals.confirmReceipt(
        db,
        request.actor,
        request.params.id,
        request.params.caseId,
        request.body,
        shanghaiToday(deps.clock),
      );
      return ok;
    },
  );

  r.post(
    '/api/bodies/:id/withdrawals/:caseId/to-meeting',
    {
      schema: {
        tags: TAGS,
        summary: '审核后提交会议审议 Put to the meeting',
        params: ZCaseParams,
        body: ZCaseToAgendaInput,
        response: { 200: ZOk },
      },
      config: { policy: REVIEW },
    },
    async (request) => {
      await withdrawals.sendWithdrawalToMeeting(
        db,
        request.actor,
        request.params.id,
        request.params.caseId,
        request.body,
        shanghaiToday(deps.clock),
      );
      return ok;
    },
  );

  r.post(
    '/api/bodies/:id/withdrawals/:caseId/complete',
    {
      schema: {
        tags: TAGS,
        summary: '交回证书、退会、公示 Complete the withdrawal',
        params: ZCaseParams,
        body: ZWithdrawalCompletion,
        response: { 200: ZOk },
      },
      config: { policy: REVIEW },
    },
    async (request) => {
      await withdrawals.completeWithdrawal(
        db,
        request.actor,
        request.params.id,
        request.params.caseId,
        request.body,
        shanghaiToday(deps.clock),
      );
      return ok;
    },
  );

  r.post(
    '/api/bodies/:id/expulsions',
    {
      schema: {
        tags: TAGS,
        summary: '提议除名 Propose an expulsion (章程第二十一条)',
        params: ZIdParams,
        body: ZExpulsionInput,
        response: { 201: ZExpulsion },
      },
      config: { policy: REVIEW },
    },
    async (request, reply) => {
      const row = await expulsions.proposeExpulsion(db, request.actor, request.params.id, request.body);
      const created = (await expulsions.listExpulsions(db, request.params.id)).find((e) => e.id === row.id);
      return reply.status(201).send(created!);
    },
  );

  r.post(
    '/api/bodies/:id/expulsions/:caseId/to-meeting',
    {
      schema: {
        tags: TAGS,
        summary: '提交会议表决 Put an expulsion to the meeting',
        params: ZCaseParams,
        body: ZCaseToAgendaInput,
        response: { 200: ZOk },
      },
      config: { policy: REVIEW },
    },
    async (request) => {
      await expulsions.sendExpulsionToMeeting(
        db,
        request.actor,
        request.params.id,
        request.params.caseId,
        request.body,
        shanghaiToday(deps.clock),
      );
      return ok;
    },
  );

  r.post(
    '/api/bodies/:id/expulsions/:caseId/dismiss',
    {
      schema: { tags: TAGS, summary: '撤回除名提议 Withdraw a proposal', params: ZCaseParams, body: ZDismissInput, response: { 200: ZOk } },
      config: { policy: REVIEW },
    },
    async (request) => {
      await expulsions.dismissExpulsion(db, request.actor, request.params.id, request.params.caseId, request.body);
      return ok;
    },
  );

  r.get(
    '/api/public/bodies/:id/notices',
    {
      schema: {
        tags: TAGS,
        summary: '退会与除名公示 Public notices of withdrawals and expulsions',
        params: ZIdParams,
        response: { 200: z.array(ZNotice) },
      },
      config: { policy: { public: true } },
    },
    async (request) => listNotices(db, request.params.id),
  );
}
