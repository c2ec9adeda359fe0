/**
 * Use cases of the lists of entries (连教职函〔2026〕6号 附件1 指标3.4; 《本期聚焦：市域产教联合体》 政策支持、培训资源、技术服务清单): the secretariat
 * enters and edits drafts, an enterprise submits its own innovation demands; drafts are published (innovation demands
 * only in a numbered issue), withdrawn with a reason, or expire by their last day. Contacts are masked when listed.
 */
import {
  type BudgetBand,
  LIST_ITEM_KINDS,
  type ListItemKind,
  maskPhone,
  type StoredListStatus,
  type TInnovationIssue,
  type TInnovationIssueInput,
  type TListHistoryItem,
  type TListItem,
  type TListItemInput,
  type TListItemList,
  type TListItemUpdate,
  type TListStatusInput,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { requireBody } from '../../bodies/index.js';
import { requireListed } from '../enterprises/enterprise-list.service.js';
import { effectiveStatus, isEditable } from '../lists/list-lifecycle.rules.js';
import { insertStatusChange } from '../lists/list-status.repository.js';
import { changeListStatus, historiesOf, recordCreated } from '../lists/list-status.service.js';
import { issueLabel, issueProblems, nextIssueNumber } from './innovation-issues.rules.js';
import * as repo from './items.repository.js';

export const ITEM_ENTITY = bilingual('清单条目', 'list entry');

interface At {
  now: Date;
  today: string;
}

/** The day after which the entry has expired: an innovation demand's closing date, else the end of its validity. */
export const lastDayOf = (item: Pick<repo.ItemRow, 'kind' | 'closesOn' | 'validUntil'>) =>
  item.kind === 'innovation' ? (item.closesOn ?? item.validUntil) : item.validUntil;

type ListedItem = Awaited<ReturnType<typeof repo.listItems>>[number];

export function presentItem(row: ListedItem, histories: Map<string, TListHistoryItem[]>, today: string): TListItem {
  const i = row.item;
  return {
    id: i.id,
    kind: i.kind as ListItemKind,
    name: i.name,
    summary: i.summary,
    provider: i.provider,
    org: i.orgId ? { id: i.orgId, name: row.orgName ?? '' } : null,
    field: i.field,
    budgetBand: i.budgetBand as BudgetBand | null,
    closesOn: i.closesOn,
    contactName: i.contactName,
    contactPhone: maskPhone(i.contactPhone),
    validFrom: i.validFrom,
    validUntil: i.validUntil,
    links: i.links,
    status: effectiveStatus(i.status as StoredListStatus, lastDayOf(i), today),
    issue: row.issue ? { id: row.issue.id, number: row.issue.number, label: issueLabel(row.issue.number) } : null,
    isGenerated: i.isGenerated,
    version: i.version,
    history: histories.get(i.id) ?? [],
  };
}

export async function presentItems(db: Executor, rows: ListedItem[], today: string) {
  const histories = await historiesOf(
    db,
    'item',
    rows.map((r) => r.item.id),
  );
  return rows.map((row) => presentItem(row, histories, today));
}

/** Drafts are the secretariat's and, for its own innovation demands, the enterprise's. */
export async function listItems(
  db: Executor,
  grants: Grant[],
  bodyId: string,
  kind: ListItemKind | undefined,
  today: string,
): Promise<TListItemList> {
  await requireBody(db, bodyId);
  const manages = isAllowed(grants, 'talent.list.manage', { bodyId });
  const rows = (await repo.listItems(db, bodyId, kind)).filter(
    ({ item }) =>
      item.status !== 'draft' || manages || (item.orgId !== null && isAllowed(grants, 'talent.demand.edit', { orgId: item.orgId })),
  );
  return { items: await presentItems(db, rows, today) };
}

async function requireItem(db: Executor, bodyId: string, itemId: string) {
  const row = await repo.findItem(db, bodyId, itemId);
  if (!row) throw notFound(ITEM_ENTITY);
  return row;
}

/** The stored columns of an entry: the innovation-only fields are kept for innovation demands only. */
export function itemColumns(input: TListItemInput) {
  const innovation = input.kind === 'innovation';
  return {
    kind: input.kind,
    name: input.name,
    summary: input.summary,
    provider: input.provider,
    orgId: input.orgId ?? null,
    field: innovation ? (input.field ?? null) : null,
    budgetBand: innovation ? (input.budgetBand ?? null) : null,
    closesOn: innovation ? (input.closesOn ?? null) : null,
    contactName: input.contactName ?? null,
    contactPhone: input.contactPhone ?? null,
    validFrom: input.validFrom ?? null,
    validUntil: input.validUntil ?? null,
    links: input.links,
  };
}

export async function createItem(
  db: Executor,
  actor: Actor,
  bodyId: string,
  input: TListItemInput,
  now: Date,
  provenance: { isGenerated?: boolean } = {},
) {
  await requireBody(db, bodyId);
  if (input.orgId) await requireListed(db, bodyId, input.orgId);
  return db.transaction(async (tx) => {
    const item = await repo.insertItem(tx, {
      bodyId,
      ...itemColumns(input),
      isGenerated: provenance.isGenerated ?? false,
      createdAt: now,
      updatedAt: now,
    });
    await recordCreated(tx, actor, 'item', item.id, now);
    await recordAudit(tx, actor, {
      action: 'talent.item.create',
      entityType: 'talent_item',
      entityId: item.id,
      details: { bodyId, kind: input.kind, name: input.name, orgId: input.orgId ?? null },
    });
    return item;
  });
}

/** An enterprise enters only its own innovation demands; the other lists are the secretariat's. */
export async function submitInnovationDemand(db: Executor, actor: Actor, bodyId: string, input: TListItemInput, now: Date) {
  if (input.kind !== 'innovation' || !input.orgId) throw new DomainError('TALENT_INNOVATION_ORG');
  return createItem(db, actor, bodyId, input, now);
}

export async function updateItem(db: Executor, actor: Actor, bodyId: string, itemId: string, input: TListItemUpdate, now: Date) {
  const item = await requireItem(db, bodyId, itemId);
  if (!isEditable(item.status as StoredListStatus)) throw new DomainError('TALENT_ENTRY_NOT_DRAFT', { name: item.name });
  if (input.kind !== item.kind) {
    throw new DomainError('TALENT_ITEM_KIND', { name: item.name, kind: LIST_ITEM_KINDS[item.kind as ListItemKind] });
  }
  if (input.orgId && input.orgId !== item.orgId) await requireListed(db, bodyId, input.orgId);
  await db.transaction(async (tx) => {
    const updated = await repo.updateItemAtVersion(tx, itemId, input.version, { ...itemColumns(input), updatedAt: now });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: item.version });
    await recordAudit(tx, actor, {
      action: 'talent.item.update',
      entityType: 'talent_item',
      entityId: itemId,
      details: { bodyId, before: { name: item.name, summary: item.summary }, after: { name: input.name, summary: input.summary } },
    });
  });
}

export async function changeItemStatus(db: Executor, actor: Actor, bodyId: string, itemId: string, input: TListStatusInput, at: At) {
  const item = await requireItem(db, bodyId, itemId);
  // 指标3.4 定期发布: an innovation demand reaches the public only inside a numbered issue.
  if (item.kind === 'innovation' && input.action === 'publish') throw new DomainError('TALENT_INNOVATION_IN_ISSUE', { name: item.name });
  const entry = { id: item.id, name: item.name, status: item.status as StoredListStatus, lastDay: lastDayOf(item), version: item.version };
  await changeListStatus(
    db,
    actor,
    'item',
    entry,
    input,
    at,
    async (tx, to) => (await repo.updateItemAtVersion(tx, item.id, input.version, { status: to, updatedAt: at.now }))?.version,
    { bodyId, kind: item.kind },
  );
}

/** The whole contact of an entry, for a holder of personal.unmask; the reading is audited. */
export async function revealContact(db: Executor, actor: Actor, bodyId: string, itemId: string) {
  const item = await requireItem(db, bodyId, itemId);
  await recordAudit(db, actor, { action: 'talent.item.contact.read', entityType: 'talent_item', entityId: itemId, details: { bodyId } });
  return { contactName: item.contactName, contactPhone: item.contactPhone };
}

export async function publishIssue(
  db: Executor,
  actor: Actor,
  bodyId: string,
  input: TInnovationIssueInput,
  at: At,
  provenance: { isGenerated?: boolean } = {},
) {
  await requireBody(db, bodyId);
  const ids = [...new Set(input.itemIds)];
  const items = await repo.itemsByIds(db, bodyId, ids);
  const missing = ids.filter((id) => !items.some((i) => i.id === id));
  if (missing.length > 0) throw notFound(ITEM_ENTITY);
  const [problem] = issueProblems(items, at.today);
  if (problem) {
    const item = items.find((i) => i.id === problem.id)!;
    throw new DomainError('TALENT_ISSUE_ITEM', { name: item.name, problem: ISSUE_PROBLEMS[problem.problem] });
  }
  return db.transaction(async (tx) => {
    const number = nextIssueNumber(await repo.issueNumbers(tx, bodyId));
    const issue = await repo.insertIssue(tx, {
      bodyId,
      number,
      name: input.name,
      publishedOn: at.today,
      publishedAt: at.now,
      isGenerated: provenance.isGenerated ?? false,
    });
    for (const item of items) {
      const updated = await repo.updateItemAtVersion(tx, item.id, item.version, {
        status: 'published',
        issueId: issue.id,
        updatedAt: at.now,
      });
      if (!updated) throw new DomainError('VERSION_CONFLICT', { current: item.version });
      await insertStatusChange(tx, {
        entryType: 'item',
        entryId: item.id,
        seq: updated.version,
        action: 'publish',
        fromStatus: 'draft',
        toStatus: 'published',
        reason: issueLabel(number),
        actorName: actor.username,
        at: at.now,
      });
    }
    await recordAudit(tx, actor, {
      action: 'talent.innovation_issue.publish',
      entityType: 'talent_innovation_issue',
      entityId: issue.id,
      details: { bodyId, number, name: input.name, items: ids },
    });
    return issue;
  });
}

const ISSUE_PROBLEMS = {
  not_innovation: bilingual('不是应用技术创新需求', 'is not a technology-innovation demand'),
  not_draft: bilingual('已发布或已撤回', 'has already been published or withdrawn'),
  closed: bilingual('已过截止日期', 'is past its closing date'),
} as const;

export function presentIssue(issue: repo.IssueRow, itemCount: number): TInnovationIssue {
  return {
    id: issue.id,
    number: issue.number,
    label: issueLabel(issue.number),
    name: issue.name,
    publishedOn: issue.publishedOn,
    itemCount,
  };
}

export async function listIssues(db: Executor, bodyId: string) {
  await requireBody(db, bodyId);
  return { items: (await repo.listIssues(db, bodyId)).map(({ issue, itemCount }) => presentIssue(issue, itemCount)) };
}
