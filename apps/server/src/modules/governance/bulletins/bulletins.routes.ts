import {
  ZBulletin,
  ZBulletinDraftInput,
  ZBulletinList,
  ZBulletinListQuery,
  ZBulletinParams,
  ZBulletinPublishInput,
  ZBulletinQuarterQuery,
  ZBulletinQuarterTable,
  ZBulletinUpdate,
  ZBulletinVersion,
  ZBulletinCount,
  ZIdParams,
  ZPublicBulletin,
  ZPublicBulletinList,
  ZPublicBulletinQuery,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { sendDownload } from '../../../kernel/files/index.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { bulletinDocx } from './bulletins.docx.js';
import * as publicPage from './bulletins.public.js';
import * as service from './bulletins.service.js';

const TAGS = ['governance'];

export async function bulletinRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });
  const existingScope = (request: FastifyRequest) => {
    const params = request.params as { id: string; bulletinId: string };
    return service.bulletinScope(db, params.id, params.bulletinId);
  };
  const grantsOf = (request: FastifyRequest) => requireAuth(request).grants;

  r.get(
    '/api/bodies/:id/bulletins',
    {
      schema: {
        tags: TAGS,
        summary: '简讯与简报 List bulletins',
        params: ZIdParams,
        querystring: ZBulletinListQuery,
        response: { 200: ZBulletinList },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.listBulletins(db, grantsOf(request), request.params.id, request.query.status),
  );

  r.post(
    '/api/bodies/:id/bulletins',
    {
      schema: {
        tags: TAGS,
        summary: '撰写简讯 Draft a bulletin',
        params: ZIdParams,
        body: ZBulletinDraftInput,
        response: { 201: ZBulletin },
      },
      config: {
        policy: {
          permission: 'governance.bulletin.draft',
          scope: (request) => ({ ...bodyScope(request), orgId: (request.body as { orgId: string }).orgId }),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.draftBulletin(db, request.actor, grantsOf(request), request.params.id, request.body)),
  );

  r.get(
    '/api/bodies/:id/bulletins/:bulletinId',
    {
      schema: { tags: TAGS, summary: '简讯详情 View a bulletin', params: ZBulletinParams, response: { 200: ZBulletin } },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => {
      const grants = grantsOf(request);
      return service.presentBulletin(
        await service.requireVisibleBulletin(db, grants, request.params.id, request.params.bulletinId),
        grants,
      );
    },
  );

  r.patch(
    '/api/bodies/:id/bulletins/:bulletinId',
    {
      schema: {
        tags: TAGS,
        summary: '修改简讯 Edit a bulletin',
        params: ZBulletinParams,
        body: ZBulletinUpdate,
        response: { 200: ZBulletin },
      },
      config: { policy: { permission: 'governance.bulletin.draft', scope: existingScope } },
    },
    async (request) =>
      service.updateBulletin(db, request.actor, grantsOf(request), request.params.id, request.params.bulletinId, request.body),
  );

  r.post(
    '/api/bodies/:id/bulletins/:bulletinId/submit',
    {
      schema: {
        tags: TAGS,
        summary: '报送秘书处 Submit to the secretariat',
        params: ZBulletinParams,
        body: ZBulletinVersion,
        response: { 200: ZBulletin },
      },
      config: { policy: { permission: 'governance.bulletin.draft', scope: existingScope } },
    },
    async (request) =>
      service.submitBulletin(
        db,
        request.actor,
        grantsOf(request),
        request.params.id,
        request.params.bulletinId,
        request.body,
        deps.clock.now(),
      ),
  );

  r.post(
    '/api/bodies/:id/bulletins/:bulletinId/publish',
    {
      schema: {
        tags: TAGS,
        summary: '编号并发布 Number and publish',
        params: ZBulletinParams,
        body: ZBulletinPublishInput,
        response: { 200: ZBulletin },
      },
      config: { policy: { permission: 'governance.bulletin.manage', scope: bodyScope } },
    },
    async (request) =>
      service.publishBulletin(
        db,
        request.actor,
        grantsOf(request),
        request.params.id,
        request.params.bulletinId,
        request.body,
        deps.clock.now(),
      ),
  );

  r.get(
    '/api/bodies/:id/bulletins/:bulletinId/docx',
    {
      schema: { tags: TAGS, summary: '下载简报 Word 文件 Download a bulletin as DOCX', params: ZBulletinParams },
      config: { policy: { permission: 'body.read' } },
    },
    async (request, reply) => {
      const row = await service.requireVisibleBulletin(db, grantsOf(request), request.params.id, request.params.bulletinId);
      return sendDownload(reply, await bulletinDocx(row));
    },
  );

  r.get(
    '/api/bodies/:id/bulletin-quarters',
    {
      schema: {
        tags: TAGS,
        summary: '成员单位每季度简讯报送情况 Bulletins per member and quarter',
        params: ZIdParams,
        querystring: ZBulletinQuarterQuery,
        response: { 200: ZBulletinQuarterTable },
      },
      config: { policy: { permission: 'body.read' } },
    },
    async (request) => service.bulletinQuarterTable(db, request.params.id, request.query.year, shanghaiToday(deps.clock)),
  );

  r.get(
    '/api/public/bulletins',
    {
      schema: {
        tags: TAGS,
        summary: '公开简报列表 Published bulletins (public)',
        querystring: ZPublicBulletinQuery,
        response: { 200: ZPublicBulletinList },
      },
      config: { policy: { public: true } },
    },
    async (request) => publicPage.listPublicBulletins(db, request.query),
  );

  r.get(
    '/api/public/bulletins/:id',
    {
      schema: {
        tags: TAGS,
        summary: '阅读简报（计入点击量） Read a bulletin (counts a view)',
        params: ZIdParams,
        response: { 200: ZPublicBulletin },
      },
      config: { policy: { public: true }, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request) =>
      publicPage.viewPublicBulletin(db, request.params.id, {
        reader: { ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
        day: shanghaiToday(deps.clock),
        secretKey: deps.secretKey,
      }),
  );

  r.get(
    '/api/public/bulletins/:id/docx',
    {
      schema: { tags: TAGS, summary: '下载公开简报 Word 文件 Download a published bulletin as DOCX', params: ZIdParams },
      config: { policy: { public: true }, rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => sendDownload(reply, await bulletinDocx(await publicPage.requirePublished(db, request.params.id))),
  );

  r.post(
    '/api/public/bulletins/:id/share',
    {
      schema: { tags: TAGS, summary: '转发简报（计入转发量） Count a share', params: ZIdParams, response: { 200: ZBulletinCount } },
      config: { policy: { public: true }, rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request) => publicPage.sharePublicBulletin(db, request.params.id),
  );
}
