/** Notification settings (signed in) and the unsubscribe link of e-mails (no sign-in: the link is signed). */
import {
  ZNotificationSettings,
  ZNotificationSettingsUpdate,
  ZUnsubscribeBody,
  ZUnsubscribeQuery,
  ZUnsubscribeResult,
} from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../kernel/deps.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import * as service from './preferences.service.js';

const TAGS = ['notifications'];
const PUBLIC = { public: true } as const;

export async function preferenceRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);

  r.get(
    '/api/notifications/settings',
    {
      schema: { tags: TAGS, summary: '消息设置 Notification settings', response: { 200: ZNotificationSettings } },
      config: { policy: { authenticated: true } },
    },
    async (request) => service.getSettings(deps, requireAuth(request).user.id, request.locale),
  );

  r.put(
    '/api/notifications/settings',
    {
      schema: {
        tags: TAGS,
        summary: '修改消息设置 Change notification settings',
        body: ZNotificationSettingsUpdate,
        response: { 200: ZNotificationSettings },
      },
      config: { policy: { authenticated: true } },
    },
    async (request) =>
      service.updateSettings(deps, request.actor, requireAuth(request).user.id, request.body, deps.clock.now(), request.locale),
  );

  r.get(
    '/api/notifications/unsubscribe',
    {
      schema: {
        tags: TAGS,
        summary: '退订链接说明 What an unsubscribe link does',
        querystring: ZUnsubscribeQuery,
        response: { 200: ZUnsubscribeResult },
      },
      config: { policy: PUBLIC },
    },
    async (request) => service.describeUnsubscribe(deps, request.query.token, request.locale),
  );

  r.post(
    '/api/notifications/unsubscribe',
    {
      schema: {
        tags: TAGS,
        summary: '退订此类邮件 Unsubscribe from a kind',
        body: ZUnsubscribeBody,
        response: { 200: ZUnsubscribeResult },
      },
      config: { policy: PUBLIC },
    },
    async (request) => service.unsubscribe(deps, request.actor, request.body.token, deps.clock.now(), request.locale),
  );

  // Mail clients' one-click unsubscribe (RFC 8058) POSTs a form body to the List-Unsubscribe address.
  await app.register(async (oneClick) => {
    oneClick.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    typed(oneClick).post(
      '/api/notifications/unsubscribe/one-click',
      {
        schema: {
          tags: TAGS,
          summary: '一键退订 One-click unsubscribe (RFC 8058)',
          querystring: ZUnsubscribeQuery,
          body: z.unknown(),
          response: { 200: ZUnsubscribeResult },
        },
        config: { policy: PUBLIC },
      },
      async (request) => service.unsubscribe(deps, request.actor, request.query.token, deps.clock.now(), request.locale),
    );
  });
}
