/** Use cases of the organisation directory: create, edit (optimistic locking), view, list. */
import { regionAncestors, type TOrg, type TOrgInput, type TOrgListQuery, type TOrgUpdate } from '@chanjiao/contracts';
import type { Database, Executor } from '../../kernel/db/database.js';
import { postgresErrorCode } from '../../kernel/db/unavailable.js';
import { bilingual, DomainError, notFound } from '../../kernel/errors.js';
import { type Actor, changedFields, recordAudit } from '../../kernel/audit/audit.service.js';
import { pinyinSortKey } from '../../kernel/search/pinyin-sort-key.js';
import { searchTokens } from '../../kernel/search/segment.js';
import { regionExists, regionFullNames } from '../reference/index.js';
import * as repo from './organizations.repository.js';

export const ORG_ENTITY = bilingual('组织', 'organisation');

export function presentOrg(row: repo.OrgRow, names: Map<string, string>): Omit<TOrg, 'abilities'> {
  return {
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    uscc: row.uscc,
    type: row.type as TOrg['type'],
    level: (row.level ?? null) as TOrg['level'],
    regionCode: row.regionCode,
    regionName: names.get(row.regionCode) ?? null,
    address: row.address,
    legalRepresentative: row.legalRepresentative,
    website: row.website,
    description: row.description,
    isGenerated: row.isGenerated,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Turns input into a row: derived region columns, the name's sort key and search tokens. An import prepares the
 * next chunk's rows while the database writes the last one, so the key is worked out here rather than in the write.
 */
export function orgValues(input: TOrgInput, extra: { isGenerated?: boolean } = {}): repo.OrgInsert {
  return {
    name: input.name,
    nameSortKey: pinyinSortKey(input.name),
    shortName: input.shortName ?? null,
    uscc: input.uscc ?? null,
    type: input.type,
    level: input.level ?? null,
    regionCode: input.regionCode,
    ...regionAncestors(input.regionCode),
    address: input.address ?? null,
    legalRepresentative: input.legalRepresentative ?? null,
    website: input.website ?? null,
    description: input.description ?? null,
    isGenerated: extra.isGenerated ?? false,
    searchTokens: searchTokens(input.name, input.shortName),
  };
}

async function assertUsccFree(db: Executor, uscc: string | null | undefined, exceptId?: string) {
  if (!uscc) return;
  const holder = await repo.findOrgByUscc(db, uscc);
  if (holder && holder.id !== exceptId) throw new DomainError('USCC_DUPLICATE', { code: uscc, name: holder.name });
}

async function assertRegion(db: Executor, code: string) {
  if (!(await regionExists(db, code))) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      {
        path: 'regionCode',
        message: bilingual(`『所在地区』代码 ${code} 不在行政区划表中`, `“Region” code ${code} is not a known region`),
      },
    ]);
  }
}

/** A unique violation that slipped past the check (two requests at once) is still the same user error. */
async function translatingUniqueViolation<T>(uscc: string | null | undefined, db: Executor, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (postgresErrorCode(error) === '23505' && uscc) {
      const holder = await repo.findOrgByUscc(db, uscc);
      throw new DomainError('USCC_DUPLICATE', { code: uscc, name: holder?.name ?? '?' });
    }
    throw error;
  }
}

export async function createOrganization(db: Database, actor: Actor, input: TOrgInput) {
  await assertRegion(db, input.regionCode);
  await assertUsccFree(db, input.uscc);
  const row = await translatingUniqueViolation(input.uscc, db, () =>
    db.transaction(async (tx) => {
      const [created] = await repo.insertOrgs(tx, [orgValues(input)]);
      await recordAudit(tx, actor, {
        action: 'org.create',
        entityType: 'organization',
        entityId: created!.id,
        details: { name: created!.name, uscc: created!.uscc },
      });
      return created!;
    }),
  );
  return presentOrg(row, await regionFullNames(db));
}

export async function updateOrganization(db: Database, actor: Actor, id: string, input: TOrgUpdate) {
  const current = await repo.findOrgById(db, id);
  if (!current) throw notFound(ORG_ENTITY);
  if (current.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: current.version });
  if (input.regionCode) await assertRegion(db, input.regionCode);
  if (input.uscc !== undefined) await assertUsccFree(db, input.uscc, id);
  const { version, ...changes } = input;
  const merged = { ...presentOrg(current, new Map()), ...changes } as TOrgInput;
  const values = orgValues(merged, { isGenerated: current.isGenerated });
  const row = await translatingUniqueViolation(input.uscc, db, () =>
    db.transaction(async (tx) => {
      const updated = await repo.updateOrgAtVersion(tx, id, version, values);
      if (!updated) {
        const latest = await repo.findOrgById(tx, id);
        throw new DomainError('VERSION_CONFLICT', { current: latest?.version ?? '?' });
      }
      await recordAudit(tx, actor, {
        action: 'org.update',
        entityType: 'organization',
        entityId: id,
        details: { changes: changedFields(current as unknown as Record<string, unknown>, changes) },
      });
      return updated;
    }),
  );
  return presentOrg(row, await regionFullNames(db));
}

export async function getOrganization(db: Database, id: string) {
  const row = await repo.findOrgById(db, id);
  if (!row) throw notFound(ORG_ENTITY);
  return presentOrg(row, await regionFullNames(db));
}

export async function listOrganizations(db: Database, query: TOrgListQuery) {
  const [{ rows, total }, names] = await Promise.all([repo.listOrgs(db, query), regionFullNames(db)]);
  return { items: rows.map((row) => presentOrg(row, names)), total, page: query.page, pageSize: query.pageSize };
}
