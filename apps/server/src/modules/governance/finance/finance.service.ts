/**
 * Use cases of 章程第五章: the secretariat keeps the ledger (第二十四条 单独列账) and drafts the year's budget,
 * which the joint meeting approves by vote; members read both, since the meeting supervises (第二十五条).
 */
import {
  BUDGET_PHASES,
  type BudgetPhase,
  categoryLabel,
  type EntryKind,
  ENTRY_KINDS,
  type TBudget,
  type TBudgetInput,
  type TFinanceEntry,
  type TFinanceEntryInput,
  type TFinanceLedger,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { postgresErrorCode } from '../../../kernel/db/unavailable.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed, scopesWith } from '../../../kernel/rbac/rbac.rules.js';
import { activeMemberOrgIdsAmong, requireBody } from '../../bodies/index.js';
import { type AgendaDecision, findAgendaDecision, placeOnMeetingAgenda } from '../projects/meeting-agenda.js';
import * as repo from './finance.repository.js';
import { budgetExecution, categoryFits, formatYuan, parseYuan, yearBalances } from './finance.rules.js';

const ENTRY_ENTITY = bilingual('账目', 'ledger entry');

/** The secretariat reads its body's books; a member unit's representative reads those of the bodies it belongs to. */
export async function assertFinanceReader(db: Executor, grants: Grant[], bodyId: string): Promise<void> {
  if (isAllowed(grants, 'governance.finance.read', { bodyId })) return;
  const orgs = scopesWith(grants, 'governance.finance.read', 'org');
  if (orgs === 'all' || (await activeMemberOrgIdsAmong(db, bodyId, orgs)).length > 0) return;
  throw new DomainError('FORBIDDEN', { permission: 'governance.finance.read' });
}

function amountOf(text: string): number {
  const fen = parseYuan(text);
  if (fen === null) throw new DomainError('VALIDATION_FAILED');
  if (fen === 0) throw new DomainError('FINANCE_AMOUNT_ZERO');
  return fen;
}

function assertCategory(kind: EntryKind, category: string) {
  if (!categoryFits(kind, category)) {
    throw new DomainError('FINANCE_CATEGORY_MISMATCH', { category: categoryLabel(category), kind: ENTRY_KINDS[kind] });
  }
}

function presentEntry(row: repo.EntryRow): TFinanceEntry {
  return {
    id: row.id,
    kind: row.kind as EntryKind,
    category: row.category,
    occurredOn: row.occurredOn,
    amountFen: row.amountFen,
    amount: formatYuan(row.amountFen),
    description: row.description,
    counterparty: row.counterparty,
    voucherNo: row.voucherNo,
    voided: row.voidedAt !== null,
    voidReason: row.voidReason,
    isGenerated: row.isGenerated,
  };
}

/** The entries of a year that count: voided ones stay visible in the ledger but not in any total. */
async function validEntries(db: Executor, bodyId: string, year: number) {
  const rows = await repo.listEntriesOfYear(db, bodyId, year);
  return { rows, valid: rows.filter((row) => row.voidedAt === null).map((row) => ({ ...row, kind: row.kind as EntryKind })) };
}

export async function listLedger(db: Executor, bodyId: string, year: number): Promise<TFinanceLedger> {
  await requireBody(db, bodyId);
  const [{ rows, valid }, opening] = await Promise.all([validEntries(db, bodyId, year), repo.balanceBefore(db, bodyId, year)]);
  return { year, items: rows.map(presentEntry), ...yearBalances(opening, valid) };
}

export async function recordEntry(
  db: Executor,
  actor: Actor,
  bodyId: string,
  input: TFinanceEntryInput,
  provenance: { isGenerated?: boolean } = {},
) {
  await requireBody(db, bodyId);
  assertCategory(input.kind, input.category);
  const amountFen = amountOf(input.amount);
  return db.transaction(async (tx) => {
    const row = await repo.insertEntry(tx, {
      bodyId,
      kind: input.kind,
      category: input.category,
      occurredOn: input.occurredOn,
      amountFen,
      description: input.description,
      counterparty: input.counterparty ?? null,
      voucherNo: input.voucherNo ?? null,
      recordedByUserId: actor.userId,
      isGenerated: provenance.isGenerated ?? false,
    });
    await recordAudit(tx, actor, {
      action: 'governance.finance.entry',
      entityType: 'finance_entry',
      entityId: row.id,
      details: { bodyId, kind: row.kind, category: row.category, occurredOn: row.occurredOn, amountFen },
    });
    return presentEntry(row);
  });
}

export async function voidLedgerEntry(db: Executor, actor: Actor, bodyId: string, entryId: string, reason: string) {
  if (!(await repo.findEntry(db, bodyId, entryId))) throw notFound(ENTRY_ENTITY);
  return db.transaction(async (tx) => {
    const row = await repo.voidEntry(tx, entryId, reason);
    if (!row) throw new DomainError('FINANCE_ENTRY_VOIDED');
    await recordAudit(tx, actor, {
      action: 'governance.finance.void',
      entityType: 'finance_entry',
      entityId: entryId,
      details: { bodyId, reason },
    });
    return presentEntry(row);
  });
}

function budgetPhase(budget: repo.BudgetRow | undefined, decision: AgendaDecision | undefined): BudgetPhase {
  if (!budget) return 'none';
  if (!decision) return 'draft';
  if (decision.voteStatus !== 'closed') return 'under_review';
  return decision.passed ? 'approved' : 'rejected';
}

async function loadBudget(db: Executor, bodyId: string, year: number) {
  const budget = await repo.findBudget(db, bodyId, year);
  const [lines, decision] = await Promise.all([
    budget ? repo.listBudgetLines(db, budget.id) : [],
    budget?.approvalItemId ? findAgendaDecision(db, budget.approvalItemId) : undefined,
  ]);
  return { budget, lines, decision, phase: budgetPhase(budget, decision) };
}

export async function getBudget(db: Executor, bodyId: string, year: number): Promise<TBudget> {
  await requireBody(db, bodyId);
  const [{ budget, lines, decision, phase }, { valid }] = await Promise.all([loadBudget(db, bodyId, year), validEntries(db, bodyId, year)]);
  const typedLines = lines.map((line) => ({ ...line, kind: line.kind as EntryKind }));
  return {
    year,
    phase,
    lines: typedLines.map((line) => ({
      kind: line.kind,
      category: line.category,
      amountFen: line.amountFen,
      amount: formatYuan(line.amountFen),
      note: line.note,
    })),
    approval: decision
      ? {
          meetingId: decision.meetingId,
          meetingTitle: decision.meetingTitle,
          heldOn: decision.heldOn,
          itemId: decision.itemId,
          voteStatus: decision.voteStatus,
          resolutionNo: decision.resolutionNo,
        }
      : null,
    execution: budgetExecution(typedLines, valid),
    version: budget?.version ?? null,
  };
}

/** Drafts or revises the year's budget; once before the meeting or approved it is fixed (第二十四条). */
export async function saveBudget(
  db: Executor,
  actor: Actor,
  bodyId: string,
  year: number,
  input: TBudgetInput,
  provenance: { isGenerated?: boolean } = {},
) {
  await requireBody(db, bodyId);
  const { budget, phase } = await loadBudget(db, bodyId, year);
  if (phase !== 'none' && phase !== 'draft' && phase !== 'rejected') {
    throw new DomainError('BUDGET_LOCKED', { year, phase: BUDGET_PHASES[phase] });
  }
  const lines = input.lines.map((line) => {
    assertCategory(line.kind, line.category);
    return { kind: line.kind, category: line.category, amountFen: amountOf(line.amount), note: line.note ?? null };
  });
  try {
    await db.transaction(async (tx) => {
      const saved = budget
        ? await repo.touchBudget(tx, budget.id, input.version ?? -1, { approvalItemId: null })
        : await repo.insertBudget(tx, { bodyId, year, isGenerated: provenance.isGenerated ?? false });
      if (!saved) throw new DomainError('VERSION_CONFLICT', { current: budget?.version ?? 0 });
      await repo.replaceBudgetLines(tx, saved.id, lines);
      await recordAudit(tx, actor, {
        action: 'governance.finance.budget.save',
        entityType: 'finance_budget',
        entityId: saved.id,
        details: { bodyId, year, lines },
      });
    });
  } catch (error) {
    if (postgresErrorCode(error) === '23505') throw new DomainError('VERSION_CONFLICT', { current: 1 });
    throw error;
  }
  return getBudget(db, bodyId, year);
}

/** 第二十四条「报校长联席会议审议批准」: the budget becomes a budget-approval item of the (next) meeting. */
export async function submitBudget(db: Executor, actor: Actor, bodyId: string, year: number, meetingId: string | undefined, today: string) {
  const { budget, phase } = await loadBudget(db, bodyId, year);
  if (!budget) throw new DomainError('BUDGET_MISSING', { year });
  if (phase !== 'draft') throw new DomainError('BUDGET_LOCKED', { year, phase: BUDGET_PHASES[phase] });
  await db.transaction(async (tx) => {
    const item = await placeOnMeetingAgenda(tx, actor, {
      bodyId,
      meetingId,
      today,
      kind: 'budget_approval',
      title: `${year}年度经费预算`,
      description: '章程第二十四条：秘书处制定年度经费预算，报校长联席会议审议批准。',
      subjectOrgId: null,
      caseId: budget.id,
    });
    const updated = await repo.touchBudget(tx, budget.id, budget.version, { approvalItemId: item.id });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: budget.version });
    await recordAudit(tx, actor, {
      action: 'governance.finance.budget.submit',
      entityType: 'finance_budget',
      entityId: budget.id,
      details: { bodyId, year, itemId: item.id, meetingId: item.meetingId },
    });
  });
  return getBudget(db, bodyId, year);
}
