/**
 * The routes a module opens for the reminder offsets of its records (a body's, a call's): the list of its
 * sources with their offsets and whether the viewer may change them, changing one source's offsets, and going
 * back to its defaults. The module gives the path, its sources and its own policies; the notifications module
 * keeps the rules (reminder-rules.service.ts).
 */
import {
  type Permission,
  ZIdParams,
  ZReminderRules,
  ZReminderRulesInput,
  ZReminderRulesList,
  ZReminderRulesParams,
  ZReminderRulesRestoreQuery,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { bilingual, notFound } from '../../../kernel/errors.js';
import { requireAuth, type RoutePolicy } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { reminderRules, restoreDefaultReminderRules, setReminderRules } from './reminder-rules.service.js';
import type { ReminderSource } from './reminder-source.js';

const REMINDER_SOURCE = bilingual('提醒类型', 'reminder');

type PermissionPolicy = Extract<RoutePolicy, { permission: Permission }>;

export interface ReminderRulesRoutes {
  /** e.g. '/api/bodies/:id' — the record whose offsets these are is `:id`. */
  basePath: string;
  tags: string[];
  sources: ReminderSource[];
  read: RoutePolicy;
  /** A permission on the record, so that the list can tell the viewer whether they may change it. */
  change: PermissionPolicy;
}

export async function reminderRulesRoutes(app: FastifyInstance, deps: AppDeps, options: ReminderRulesRoutes) {
  const db = deps.database.db;
  const r = typed(app);
  const sourceNamed = (name: string) => {
    const source = options.sources.find((candidate) => candidate.name === name);
    if (!source) throw notFound(REMINDER_SOURCE);
    return source;
  };
  const mayChange = async (request: FastifyRequest) =>
    isAllowed(requireAuth(request).grants, options.change.permission, await options.change.scope?.(request));

  r.get(
    `${options.basePath}/reminder-rules`,
    {
      schema: { tags: options.tags, summary: '提醒时间设置 Reminder offsets', params: ZIdParams, response: { 200: ZReminderRulesList } },
      config: { policy: options.read },
    },
    async (request) => ({
      items: await Promise.all(options.sources.map((source) => reminderRules(db, source, request.params.id, request.locale))),
      abilities: { change: await mayChange(request) },
    }),
  );

  r.put(
    `${options.basePath}/reminder-rules/:source`,
    {
      schema: {
        tags: options.tags,
        summary: '修改提醒时间 Change reminder offsets',
        params: ZReminderRulesParams,
        body: ZReminderRulesInput,
        response: { 200: ZReminderRules },
      },
      config: { policy: options.change },
    },
    async (request) =>
      setReminderRules(db, request.actor, sourceNamed(request.params.source), request.params.id, request.body, request.locale),
  );

  r.delete(
    `${options.basePath}/reminder-rules/:source`,
    {
      schema: {
        tags: options.tags,
        summary: '提醒时间恢复默认 Restore the default reminder offsets',
        params: ZReminderRulesParams,
        querystring: ZReminderRulesRestoreQuery,
        response: { 200: ZReminderRules },
      },
      config: { policy: options.change },
    },
    async (request) =>
      restoreDefaultReminderRules(
        db,
        request.actor,
        sourceNamed(request.params.source),
        request.params.id,
        request.query.version,
        request.locale,
      ),
  );
}
