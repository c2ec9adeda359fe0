import {
  ZBudget,
  ZBudgetInput,
  ZFinanceEntry,
  ZFinanceEntryInput,
  ZFinanceEntryParams,
  ZFinanceLedger,
  ZFinanceYearParams,
  ZFinanceYearQuery,
  ZIdParams,
  ZProjectAgendaInput,
  ZVoidEntryInput,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { sendDownload } from '../../../kernel/files/index.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { annualReport, reportDocx, reportXlsx } from './finance.report.js';
import * as service from './finance.service.js';

const TAGS = ['governance'];

export async function financeRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });
  // Members read through their unit (no body scope); the service checks that the unit belongs to the body.
  const reader = (request: FastifyRequest) =>
    service.assertFinanceReader(db, requireAuth(request).grants, (request.params as { id: string }).id);

  r.get(
    '/api/bodies/:id/finance/entries',
    {
      schema: {
        tags: TAGS,
        summary: '收支账目 Ledger of a year',
        params: ZIdParams,
        querystring: ZFinanceYearQuery,
        response: { 200: ZFinanceLedger },
      },
      config: { policy: { permission: 'governance.finance.read' } },
    },
    async (request) => {
      await reader(request);
      return service.listLedger(db, request.params.id, request.query.year);
    },
  );

  r.post(
    '/api/bodies/:id/finance/entries',
    {
      schema: {
        tags: TAGS,
        summary: '登记收入或支出 Record income or an expense',
        params: ZIdParams,
        body: ZFinanceEntryInput,
        response: { 201: ZFinanceEntry },
      },
      config: { policy: { permission: 'governance.finance.manage', scope: bodyScope } },
    },
    async (request, reply) => reply.status(201).send(await service.recordEntry(db, request.actor, request.params.id, request.body)),
  );

  r.post(
    '/api/bodies/:id/finance/entries/:entryId/void',
    {
      schema: {
        tags: TAGS,
        summary: '冲销账目 Void an entry with a reason',
        params: ZFinanceEntryParams,
        body: ZVoidEntryInput,
        response: { 200: ZFinanceEntry },
      },
      config: { policy: { permission: 'governance.finance.manage', scope: bodyScope } },
    },
    async (request) => service.voidLedgerEntry(db, request.actor, request.params.id, request.params.entryId, request.body.reason),
  );

  r.get(
    '/api/bodies/:id/finance/budgets/:year',
    {
      schema: {
        tags: TAGS,
        summary: '年度经费预算与执行 Budget and its execution',
        params: ZFinanceYearParams,
        response: { 200: ZBudget },
      },
      config: { policy: { permission: 'governance.finance.read' } },
    },
    async (request) => {
      await reader(request);
      return service.getBudget(db, request.params.id, request.params.year);
    },
  );

  r.put(
    '/api/bodies/:id/finance/budgets/:year',
    {
      schema: {
        tags: TAGS,
        summary: '编制年度经费预算 Draft the budget',
        params: ZFinanceYearParams,
        body: ZBudgetInput,
        response: { 200: ZBudget },
      },
      config: { policy: { permission: 'governance.finance.manage', scope: bodyScope } },
    },
    async (request) => service.saveBudget(db, request.actor, request.params.id, request.params.year, request.body),
  );

  r.post(
    '/api/bodies/:id/finance/budgets/:year/review',
    {
      schema: {
        tags: TAGS,
        summary: '报校长联席会议审议 Put the budget to the meeting (第二十四条)',
        params: ZFinanceYearParams,
        body: ZProjectAgendaInput,
        response: { 200: ZBudget },
      },
      config: { policy: { permission: 'governance.finance.manage', scope: bodyScope } },
    },
    async (request) =>
      service.submitBudget(db, request.actor, request.params.id, request.params.year, request.body.meetingId, shanghaiToday(deps.clock)),
  );

  for (const [format, render] of [
    ['docx', reportDocx],
    ['xlsx', reportXlsx],
  ] as const) {
    r.get(
      `/api/bodies/:id/finance/reports/:year/${format}`,
      {
        schema: {
          tags: TAGS,
          summary: `年度财务报告 Annual financial report (${format.toUpperCase()}, 第二十五条)`,
          params: ZFinanceYearParams,
        },
        config: { policy: { permission: 'governance.finance.read' } },
      },
      async (request, reply) => {
        await reader(request);
        return sendDownload(reply, await render(await annualReport(db, request.params.id, request.params.year)));
      },
    );
  }
}
