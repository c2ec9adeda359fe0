import {
  ZOk,
  ZShortageCatalogue,
  ZShortageCatalogueList,
  ZShortageDraftInput,
  ZShortageEntryInput,
  ZShortageEntryParams,
  ZShortageEntryRemoval,
  ZShortageParams,
  ZShortageRebuildInput,
  ZShortageStatusInput,
  ZTalentBodyParams,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import * as service from './shortage.service.js';

const TAGS = ['talent'];

export async function shortageRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });
  const manage = { policy: { permission: 'talent.analysis.manage' as const, scope: bodyScope } };

  r.get(
    '/api/bodies/:id/talent/shortage-catalogues',
    {
      schema: {
        tags: TAGS,
        summary: '紧缺人才目录 Shortage catalogues (drafts for the secretariat only)',
        params: ZTalentBodyParams,
        response: { 200: ZShortageCatalogueList },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listCatalogues(db, requireAuth(request).grants, request.params.id),
  );

  r.get(
    '/api/bodies/:id/talent/shortage-catalogues/:catalogueId',
    {
      schema: {
        tags: TAGS,
        summary: '紧缺人才目录及依据 A shortage catalogue with its evidence',
        params: ZShortageParams,
        response: { 200: ZShortageCatalogue },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.getCatalogue(db, requireAuth(request).grants, request.params.id, request.params.catalogueId),
  );

  r.post(
    '/api/bodies/:id/talent/shortage-catalogues',
    {
      schema: {
        tags: TAGS,
        summary: '按规则生成目录草稿 Build a draft by the rule',
        params: ZTalentBodyParams,
        body: ZShortageDraftInput,
        response: { 201: z.object({ id: z.string() }) },
      },
      config: manage,
    },
    async (request, reply) => {
      const catalogue = await service.buildDraft(db, request.actor, request.params.id, request.body, deps.clock.now());
      return reply.status(201).send({ id: catalogue.id });
    },
  );

  r.post(
    '/api/bodies/:id/talent/shortage-catalogues/:catalogueId/rebuild',
    {
      schema: {
        tags: TAGS,
        summary: '修改阈值并重新生成 Change the thresholds and run the rule again',
        params: ZShortageParams,
        body: ZShortageRebuildInput,
        response: { 200: ZOk },
      },
      config: manage,
    },
    async (request) => {
      await service.rebuildDraft(db, request.actor, request.params.id, request.params.catalogueId, request.body);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/talent/shortage-catalogues/:catalogueId/entries',
    {
      schema: {
        tags: TAGS,
        summary: '补充专业（写明理由） Add a major by hand, with a reason',
        params: ZShortageParams,
        body: ZShortageEntryInput,
        response: { 200: ZOk },
      },
      config: manage,
    },
    async (request) => {
      await service.addEntry(db, request.actor, request.params.id, request.params.catalogueId, request.body);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/talent/shortage-catalogues/:catalogueId/entries/:entryId/remove',
    {
      schema: {
        tags: TAGS,
        summary: '移出专业（写明理由） Take a major out, with a reason',
        params: ZShortageEntryParams,
        body: ZShortageEntryRemoval,
        response: { 200: ZOk },
      },
      config: manage,
    },
    async (request) => {
      await service.removeEntry(
        db,
        request.actor,
        request.params.id,
        request.params.catalogueId,
        request.params.entryId,
        request.body,
        deps.clock.now(),
      );
      return { ok: true as const };
    },
  );

  r.post(
    '/api/bodies/:id/talent/shortage-catalogues/:catalogueId/status',
    {
      schema: {
        tags: TAGS,
        summary: '发布或撤回目录 Publish or withdraw',
        params: ZShortageParams,
        body: ZShortageStatusInput,
        response: { 200: ZOk },
      },
      config: manage,
    },
    async (request) => {
      await service.changeStatus(db, request.actor, request.params.id, request.params.catalogueId, request.body, deps.clock.now());
      return { ok: true as const };
    },
  );
}
