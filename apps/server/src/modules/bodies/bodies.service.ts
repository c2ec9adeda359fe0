/** Use cases of the body register: create, edit (optimistic locking), view, list. */
import type { TBody, TBodyInput, TBodyListQuery, TBodySummary, TBodyUpdate } from '@chanjiao/contracts';
import { type Actor, changedFields, recordAudit } from '../../kernel/audit/audit.service.js';
import type { Executor } from '../../kernel/db/database.js';
import { postgresErrorCode } from '../../kernel/db/unavailable.js';
import { bilingual, DomainError, type FieldProblem, notFound } from '../../kernel/errors.js';
import { searchTokens } from '../../kernel/search/segment.js';
import { findOrgById } from '../organizations/index.js';
import { regionExists, regionFullNames } from '../reference/index.js';
import * as repo from './bodies.repository.js';

export const BODY_ENTITY = bilingual('联盟/联合体', 'body');

export function presentBodySummary(row: repo.BodyListRow, names: Map<string, string>): TBodySummary {
  return {
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind as TBodySummary['kind'],
    regionCode: row.regionCode,
    regionName: row.regionCode ? (names.get(row.regionCode) ?? null) : null,
    secretariatOrg: row.secretariatOrgId && row.secretariatOrgName ? { id: row.secretariatOrgId, name: row.secretariatOrgName } : null,
    memberCount: row.memberCount,
    foundedOn: row.foundedOn,
    isGenerated: row.isGenerated,
    version: row.version,
  };
}

export function presentBody(row: repo.BodyListRow, names: Map<string, string>): Omit<TBody, 'abilities'> {
  return {
    ...presentBodySummary(row, names),
    description: row.description,
    sourceNote: row.sourceNote,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The region and secretariat must exist; every wrong reference is named at once. */
async function assertReferences(db: Executor, refs: { regionCode?: string | null; secretariatOrgId?: string | null }) {
  const problems: FieldProblem[] = [];
  if (refs.regionCode && !(await regionExists(db, refs.regionCode))) {
    problems.push({
      path: 'regionCode',
      message: bilingual(
        `『所在地区』代码 ${refs.regionCode} 不在行政区划表中，请从列表中选择`,
        `“Region” code ${refs.regionCode} is not a known region; choose one from the list`,
      ),
    });
  }
  if (refs.secretariatOrgId && !(await findOrgById(db, refs.secretariatOrgId))) {
    problems.push({
      path: 'secretariatOrgId',
      message: bilingual(
        '『秘书处所在单位』不在组织名录中，请先登记该组织再选择',
        '“Secretariat organisation” is not in the directory; register the organisation first, then choose it',
      ),
    });
  }
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', {}, problems);
}

async function assertNameFree(db: Executor, name: string, exceptId?: string) {
  const holder = await repo.findBodyByName(db, name);
  if (holder && holder.id !== exceptId) throw new DomainError('BODY_NAME_TAKEN', { name });
}

/** Two requests with the same name at once: the unique index stops the second, which gets the same user error. */
async function translatingNameConflict<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (postgresErrorCode(error) === '23505') throw new DomainError('BODY_NAME_TAKEN', { name });
    throw error;
  }
}

async function loadPresented(db: Executor, id: string) {
  const row = await repo.findBodyListRow(db, id);
  if (!row) throw notFound(BODY_ENTITY);
  return presentBody(row, await regionFullNames(db));
}

export interface BodyProvenance {
  /** Made up by the platform (demo or benchmark data), not taken from a document. */
  isGenerated?: boolean;
  /** Facts as a source document gives them. */
  sourceNote?: string | null;
}

export async function createBody(db: Executor, actor: Actor, input: TBodyInput, provenance: BodyProvenance = {}) {
  await assertReferences(db, input);
  await assertNameFree(db, input.name);
  const created = await translatingNameConflict(input.name, () =>
    db.transaction(async (tx) => {
      const row = await repo.insertBody(tx, {
        name: input.name,
        shortName: input.shortName ?? null,
        kind: input.kind,
        regionCode: input.regionCode ?? null,
        secretariatOrgId: input.secretariatOrgId ?? null,
        foundedOn: input.foundedOn ?? null,
        description: input.description ?? null,
        sourceNote: provenance.sourceNote ?? null,
        isGenerated: provenance.isGenerated ?? false,
        searchTokens: searchTokens(input.name, input.shortName),
      });
      await recordAudit(tx, actor, {
        action: 'body.create',
        entityType: 'body',
        entityId: row.id,
        details: { name: row.name, kind: row.kind },
      });
      return row;
    }),
  );
  return loadPresented(db, created.id);
}

export async function updateBody(db: Executor, actor: Actor, id: string, input: TBodyUpdate) {
  const current = await repo.findBodyById(db, id);
  if (!current) throw notFound(BODY_ENTITY);
  if (current.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: current.version });
  await assertReferences(db, input);
  if (input.name !== undefined) await assertNameFree(db, input.name, id);
  const { version, ...changes } = input;
  const name = changes.name ?? current.name;
  const shortName = changes.shortName === undefined ? current.shortName : changes.shortName;
  await translatingNameConflict(name, () =>
    db.transaction(async (tx) => {
      const updated = await repo.updateBodyAtVersion(tx, id, version, {
        ...changes,
        searchTokens: searchTokens(name, shortName),
      });
      if (!updated) {
        const latest = await repo.findBodyById(tx, id);
        throw new DomainError('VERSION_CONFLICT', { current: latest?.version ?? '?' });
      }
      await recordAudit(tx, actor, {
        action: 'body.update',
        entityType: 'body',
        entityId: id,
        details: { changes: changedFields(current as unknown as Record<string, unknown>, changes) },
      });
    }),
  );
  return loadPresented(db, id);
}

export async function getBody(db: Executor, id: string) {
  return loadPresented(db, id);
}

export async function listBodies(db: Executor, query: TBodyListQuery) {
  const [{ rows, total }, names] = await Promise.all([repo.listBodies(db, query), regionFullNames(db)]);
  return { items: rows.map((row) => presentBodySummary(row, names)), total, page: query.page, pageSize: query.pageSize };
}

/** A body that must exist before its members or liaisons are touched. */
export async function requireBody(db: Executor, id: string): Promise<repo.BodyRow> {
  const body = await repo.findBodyById(db, id);
  if (!body) throw notFound(BODY_ENTITY);
  return body;
}
