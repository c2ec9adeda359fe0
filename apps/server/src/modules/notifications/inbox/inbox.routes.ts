/** The signed-in user's inbox: everyone has one, and sees only their own messages. */
import {
  ZInboxItemParams,
  ZInboxPage,
  ZInboxQuery,
  ZMarkAllReadBody,
  ZMarkedCount,
  ZOk,
  ZReadStateBody,
  ZUnreadCount,
} from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import * as service from './inbox.service.js';

const TAGS = ['notifications'];
const SIGNED_IN = { authenticated: true } as const;

export async function inboxRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);

  r.get(
    '/api/notifications',
    {
      schema: { tags: TAGS, summary: '站内消息 Inbox', querystring: ZInboxQuery, response: { 200: ZInboxPage } },
      config: { policy: SIGNED_IN },
    },
    async (request) => service.listInbox(db, requireAuth(request).user.id, request.query, request.locale),
  );

  r.get(
    '/api/notifications/unread-count',
    { schema: { tags: TAGS, summary: '未读消息数 Unread count', response: { 200: ZUnreadCount } }, config: { policy: SIGNED_IN } },
    async (request) => ({ unread: await service.unreadCount(db, requireAuth(request).user.id) }),
  );

  r.put(
    '/api/notifications/:id/read',
    {
      schema: {
        tags: TAGS,
        summary: '标为已读/未读 Mark read or unread',
        params: ZInboxItemParams,
        body: ZReadStateBody,
        response: { 200: ZOk },
      },
      config: { policy: SIGNED_IN },
    },
    async (request) => {
      await service.setRead(db, requireAuth(request).user.id, request.params.id, request.body.read, deps.clock.now());
      return { ok: true as const };
    },
  );

  r.post(
    '/api/notifications/read-all',
    {
      schema: { tags: TAGS, summary: '全部标为已读 Mark all read', body: ZMarkAllReadBody, response: { 200: ZMarkedCount } },
      config: { policy: SIGNED_IN },
    },
    async (request) => ({ updated: await service.markAllRead(db, requireAuth(request).user.id, request.body.module, deps.clock.now()) }),
  );
}
