import {
  ZInnovationIssueInput,
  ZInnovationIssueList,
  ZListItemContact,
  ZListItemInput,
  ZListItemList,
  ZListItemParams,
  ZListItemQuery,
  ZListItemUpdate,
  ZListStatusInput,
  ZOk,
  ZTalentBodyParams,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { notFound } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { findItem } from './items.repository.js';
import * as service from './items.service.js';

const TAGS = ['talent'];

export async function itemRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const at = () => ({ now: deps.clock.now(), today: shanghaiToday(deps.clock) });
  const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });
  // The whole contact: the secretariat, or the enterprise whose own innovation demand it is.
  const itemScope = async (request: FastifyRequest) => {
    const { id, itemId } = request.params as { id: string; itemId: string };
    const item = await findItem(db, id, itemId);
    if (!item) throw notFound(service.ITEM_ENTITY);
    return { bodyId: id, orgId: item.orgId };
  };
  const enterpriseScope = (request: FastifyRequest) => ({
    bodyId: (request.params as { id: string }).id,
    orgId: (request.body as { orgId?: string }).orgId ?? null,
  });

  r.get(
    '/api/bodies/:id/talent/items',
    {
      schema: {
        tags: TAGS,
        summary: '应用技术创新需求、政策支持、培训资源、技术服务清单 The lists of innovation demands, policies, training and services',
        params: ZTalentBodyParams,
        querystring: ZListItemQuery,
        response: { 200: ZListItemList },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listItems(db, requireAuth(request).grants, request.params.id, request.query.kind, shanghaiToday(deps.clock)),
  );

  r.post(
    '/api/bodies/:id/talent/items',
    {
      schema: {
        tags: TAGS,
        summary: '秘书处新建清单条目（草稿） The secretariat enters a list entry (draft)',
        params: ZTalentBodyParams,
        body: ZListItemInput,
        response: { 201: z.object({ id: z.string() }) },
      },
      config: { policy: { permission: 'talent.list.manage', scope: bodyScope } },
    },
    async (request, reply) => {
      const item = await service.createItem(db, request.actor, request.params.id, request.body, deps.clock.now());
      return reply.status(201).send({ id: item.id });
    },
  );

  r.post(
    '/api/bodies/:id/talent/innovation-demands',
    {
      schema: {
        tags: TAGS,
        summary: '企业提交应用技术创新需求（草稿） An enterprise submits a technology-innovation demand (draft, 指标3.4)',
        params: ZTalentBodyParams,
        body: ZListItemInput,
        response: { 201: z.object({ id: z.string() }) },
      },
      config: { policy: { permission: 'talent.demand.edit', scope: enterpriseScope } },
    },
    async (request, reply) => {
      const item = await service.submitInnovationDemand(db, request.actor, request.params.id, request.body, deps.clock.now());
      return reply.status(201).send({ id: item.id });
    },
  );

  r.put(
    '/api/bodies/:id/talent/items/:itemId',
    {
      schema: {
        tags: TAGS,
        summary: '修改清单条目草稿 Edit a draft entry',
        params: ZListItemParams,
        body: ZListItemUpdate,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'talent.list.manage', scope: bodyScope } },
    },
    async (request) => {
      await service.updateItem(db, request.actor, request.params.id, request.params.itemId, request.body, deps.clock.now());
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/talent/items/:itemId/status',
    {
      schema: {
        tags: TAGS,
        summary: '发布或撤回清单条目 Publish or withdraw an entry',
        params: ZListItemParams,
        body: ZListStatusInput,
        response: { 200: ZOk },
      },
      config: { policy: { permission: 'talent.list.manage', scope: bodyScope } },
    },
    async (request) => {
      await service.changeItemStatus(db, request.actor, request.params.id, request.params.itemId, request.body, at());
      return { ok: true as const };
    },
  );

  r.get(
    '/api/bodies/:id/talent/items/:itemId/contact',
    {
      schema: {
        tags: TAGS,
        summary: '查看完整联系方式（记入审计） Reveal an entry’s contact (audited)',
        params: ZListItemParams,
        response: { 200: ZListItemContact },
      },
      config: { policy: { permission: 'personal.unmask', scope: itemScope } },
    },
    async (request) => service.revealContact(db, request.actor, request.params.id, request.params.itemId),
  );

  r.get(
    '/api/bodies/:id/talent/innovation-issues',
    {
      schema: {
        tags: TAGS,
        summary: '应用技术创新需求清单各期 Issues of the innovation demands',
        params: ZTalentBodyParams,
        response: { 200: ZInnovationIssueList },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listIssues(db, request.params.id),
  );

  r.post(
    '/api/bodies/:id/talent/innovation-issues',
    {
      schema: {
        tags: TAGS,
        summary: '发布新一期应用技术创新需求清单 Publish the next issue (第N期)',
        params: ZTalentBodyParams,
        body: ZInnovationIssueInput,
        response: { 201: z.object({ id: z.string(), number: z.number().int() }) },
      },
      config: { policy: { permission: 'talent.list.manage', scope: bodyScope } },
    },
    async (request, reply) => {
      const issue = await service.publishIssue(db, request.actor, request.params.id, request.body, at());
      return reply.status(201).send({ id: issue.id, number: issue.number });
    },
  );
}
