import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { regionAncestors, regionLevelOf, type TOrgListQuery } from '@chanjiao/contracts';
import type { Executor } from '../../kernel/db/database.js';
import { perExecutor } from '../../kernel/db/prepared.js';
import { pinyinSortKey } from '../../kernel/search/pinyin-sort-key.js';
import { fillMissingSortKeys } from '../../kernel/search/sort-key-backfill.js';
import { tsQueryFor } from '../../kernel/search/segment.js';
import { organizations } from './organizations.table.js';

export type OrgRow = typeof organizations.$inferSelect;
export type OrgInsert = typeof organizations.$inferInsert;

export async function findOrgById(db: Executor, id: string): Promise<OrgRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  return row;
}

export async function findOrgsByIds(db: Executor, ids: string[]): Promise<OrgRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(organizations).where(inArray(organizations.id, ids));
}

export async function findOrgByUscc(db: Executor, uscc: string): Promise<OrgRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.uscc, uscc)).limit(1);
  return row;
}

/** The codes travel as one array parameter, so an import's 20,000 codes are one short statement. */
export async function findOrgsByUscc(db: Executor, codes: string[]): Promise<Pick<OrgRow, 'uscc' | 'name'>[]> {
  if (codes.length === 0) return [];
  return db
    .select({ uscc: organizations.uscc, name: organizations.name })
    .from(organizations)
    .where(sql`${organizations.uscc} = any(${sql.param(codes)}::text[])`);
}

/** The units an import names by 统一社会信用代码 or by name, each array one parameter. */
export async function findOrgsByUsccOrName(
  db: Executor,
  codes: string[],
  names: string[],
): Promise<Pick<OrgRow, 'id' | 'uscc' | 'name' | 'type'>[]> {
  if (codes.length === 0 && names.length === 0) return [];
  return db
    .select({ id: organizations.id, uscc: organizations.uscc, name: organizations.name, type: organizations.type })
    .from(organizations)
    .where(
      or(sql`${organizations.uscc} = any(${sql.param(codes)}::text[])`, sql`${organizations.name} = any(${sql.param(names)}::text[])`),
    );
}

/**
 * Every write of a name writes its sort key too, so lists never see a name without one. `orgValues` works it out
 * beforehand (an import does so while the previous chunk is written); other callers get it here.
 */
function withSortKey<T extends Partial<OrgInsert>>(values: T): T {
  if (values.name === undefined || values.nameSortKey !== undefined) return values;
  return { ...values, nameSortKey: pinyinSortKey(values.name) };
}

export async function insertOrgs(db: Executor, rows: OrgInsert[]): Promise<OrgRow[]> {
  if (rows.length === 0) return [];
  return db.insert(organizations).values(rows.map(withSortKey)).returning();
}

/** The columns a bulk insert fills, as named in the database, with their types; the others keep their defaults. */
const BULK_COLUMNS = [
  ['name', 'name', 'text'],
  ['nameSortKey', 'name_sort_key', 'text'],
  ['shortName', 'short_name', 'text'],
  ['uscc', 'uscc', 'text'],
  ['type', 'type', 'text'],
  ['level', 'level', 'text'],
  ['regionCode', 'region_code', 'text'],
  ['provinceCode', 'province_code', 'text'],
  ['cityCode', 'city_code', 'text'],
  ['address', 'address', 'text'],
  ['legalRepresentative', 'legal_representative', 'text'],
  ['website', 'website', 'text'],
  ['description', 'description', 'text'],
  ['isGenerated', 'is_generated', 'boolean'],
  ['searchTokens', 'search_tokens', 'text'],
] as const satisfies readonly (readonly [keyof OrgInsert, string, string])[];

/**
 * Inserts many organisations with one statement whose parameters are one array per column (`unnest`): the
 * statement text stays the same whatever the number of rows, so building and parsing it costs nothing per row,
 * unlike a multi-row VALUES list. Returns nothing; an import needs no rows back.
 */
export async function insertOrgsInBulk(db: Executor, rows: OrgInsert[]): Promise<void> {
  if (rows.length === 0) return;
  const keyed = rows.map(withSortKey);
  const columns = sql.join(
    BULK_COLUMNS.map(([, column]) => sql.identifier(column)),
    sql`, `,
  );
  const arrays = sql.join(
    BULK_COLUMNS.map(([key, , type]) => sql`${sql.param(keyed.map((row) => row[key] ?? null))}::${sql.raw(type)}[]`),
    sql`, `,
  );
  await db.execute(sql`insert into ${organizations} (${columns}) select * from unnest(${arrays})`);
}

/** Optimistic locking: the update applies only if nobody changed the row since `version`. */
export async function updateOrgAtVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<OrgInsert>,
): Promise<OrgRow | undefined> {
  const [row] = await db
    .update(organizations)
    .set({ ...withSortKey(values), version: sql`${organizations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(organizations.id, id), eq(organizations.version, version)))
    .returning();
  return row;
}

/** Which filters a list request uses and how it sorts: each shape is one SQL text, prepared once. */
interface ListShape {
  /** `tokens` when the search text segments into words (full text and names), `text` when it does not (names only). */
  search: 'none' | 'text' | 'tokens';
  type: boolean;
  region: 'none' | ReturnType<typeof regionLevelOf>;
  sort: TOrgListQuery['sort'];
}

const REGION_COLUMNS = {
  province: organizations.provinceCode,
  city: organizations.cityCode,
  district: organizations.regionCode,
} as const;

function searchCondition(search: ListShape['search']): SQL | undefined {
  if (search === 'none') return undefined;
  const byName = or(
    ilike(organizations.name, sql.placeholder('like')),
    ilike(organizations.shortName, sql.placeholder('like')),
    eq(organizations.uscc, sql.placeholder('uscc')),
  );
  if (search === 'text') return byName;
  return or(sql`to_tsvector('simple', ${organizations.searchTokens}) @@ to_tsquery('simple', ${sql.placeholder('tsQuery')})`, byName);
}

function listCondition(shape: ListShape): SQL | undefined {
  return and(
    searchCondition(shape.search),
    shape.type ? eq(organizations.type, sql.placeholder('type')) : undefined,
    shape.region === 'none' ? undefined : eq(REGION_COLUMNS[shape.region], sql.placeholder('region')),
  );
}

const SORTS = {
  name: [asc(organizations.nameSortKey), asc(organizations.name), asc(organizations.id)],
  '-name': [desc(organizations.nameSortKey), desc(organizations.name), desc(organizations.id)],
  updatedAt: [asc(organizations.updatedAt), asc(organizations.id)],
  '-updatedAt': [desc(organizations.updatedAt), desc(organizations.id)],
} as const;

/** Also the statements' name: PostgreSQL knows a prepared statement per connection by its name. */
function shapeName(shape: ListShape): string {
  return `cj_orgs_${shape.search}_${shape.type ? 'type' : 'any'}_${shape.region}_${shape.sort.replace('-', 'desc_')}`;
}

function prepareList(db: Executor, shape: ListShape, name: string) {
  const where = listCondition(shape);
  return {
    page: db
      .select()
      .from(organizations)
      .where(where)
      .orderBy(...SORTS[shape.sort])
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(`${name}_page`),
    count: db.select({ total: count() }).from(organizations).where(where).prepare(`${name}_count`),
  };
}

/** At most 3 × 2 × 4 × 4 shapes, each built on first use. */
const listStatements = perExecutor(() => new Map<string, ReturnType<typeof prepareList>>());

function listParameters(query: TOrgListQuery, tsQuery: string | null): Record<string, unknown> {
  return {
    like: query.q ? `%${query.q.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%` : undefined,
    uscc: query.q?.toUpperCase(),
    tsQuery,
    type: query.type,
    region: query.region && regionLevelOf(query.region) === 'province' ? regionAncestors(query.region).provinceCode : query.region,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
}

export async function listOrgs(db: Executor, query: TOrgListQuery): Promise<{ rows: OrgRow[]; total: number }> {
  const tsQuery = query.q ? tsQueryFor(query.q) : null;
  const shape: ListShape = {
    search: !query.q ? 'none' : tsQuery ? 'tokens' : 'text',
    type: !!query.type,
    region: query.region ? regionLevelOf(query.region) : 'none',
    sort: query.sort,
  };
  const name = shapeName(shape);
  const statements = listStatements(db);
  let prepared = statements.get(name);
  if (!prepared) {
    prepared = prepareList(db, shape, name);
    statements.set(name, prepared);
  }
  const parameters = listParameters(query, tsQuery);
  const [rows, [totalRow]] = await Promise.all([prepared.page.execute(parameters), prepared.count.execute(parameters)]);
  return { rows, total: Number(totalRow?.total ?? 0) };
}

/** At start: keys for names written before the column existed (kernel/search/sort-key-backfill.ts). */
export function fillMissingOrgSortKeys(db: Executor): Promise<number> {
  return fillMissingSortKeys(db, { table: organizations, id: organizations.id, name: organizations.name, key: organizations.nameSortKey });
}

/** Organisations still without a 统一社会信用代码, for the platform administrator's to-dos. */
export async function countOrgsWithoutUscc(db: Executor): Promise<number> {
  const [row] = await db.select({ total: count() }).from(organizations).where(isNull(organizations.uscc));
  return Number(row?.total ?? 0);
}
