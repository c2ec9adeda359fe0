import { type TOrgInput, type TOrgListQuery, ZOrgListQuery } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import {
  fillMissingOrgSortKeys,
  findOrgById,
  insertOrgs,
  insertOrgsInBulk,
  listOrgs,
  updateOrgAtVersion,
} from './organizations.repository.js';
import { organizations } from './organizations.table.js';
import { orgValues } from './organizations.service.js';
import { STEPS_IN_ORDER } from '../../testing/steps-in-order.js';

// Each filter shape of the list is a statement prepared once and reused with new values: every shape
// must filter like the words of the query say, and a reused statement must take the new values.
const ORGS: TOrgInput[] = [
  { name: '昆山精密机械有限公司', type: 'enterprise', regionCode: '320583', uscc: '91320583MA1PRECI5E' },
  { name: '苏州市相城中等专业学校', type: 'secondary_vocational', regionCode: '320507' },
  { name: '相城智能制造有限公司', type: 'enterprise', regionCode: '320507' },
  { name: '南京鼓楼软件有限公司', type: 'enterprise', regionCode: '320106' },
  { name: '徐汇100%纯净水有限公司', type: 'enterprise', regionCode: '310104' },
  { name: '徐汇1000号仓储有限公司', type: 'enterprise', regionCode: '310104' },
];

describe('listing organisations through prepared statements', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await insertOrgs(
      database.handle.db,
      ORGS.map((org) => orgValues(org)),
    );
  });
  afterAll(async () => database.dispose());

  const list = async (query: Partial<TOrgListQuery>) => {
    const { rows, total } = await listOrgs(database.handle.db, ZOrgListQuery.parse(query));
    return { names: rows.map((row) => row.name), total };
  };

  it.each<[string, Partial<TOrgListQuery>, string[]]>([
    [
      'a province: 江苏省',
      { region: '320000' },
      ['南京鼓楼软件有限公司', '昆山精密机械有限公司', '相城智能制造有限公司', '苏州市相城中等专业学校'],
    ],
    ['a city: 苏州市', { region: '320500' }, ['昆山精密机械有限公司', '相城智能制造有限公司', '苏州市相城中等专业学校']],
    ['the same city statement, another city: 南京市', { region: '320100' }, ['南京鼓楼软件有限公司']],
    ['a district: 相城区', { region: '320507' }, ['相城智能制造有限公司', '苏州市相城中等专业学校']],
    ['a type within a city', { region: '320500', type: 'enterprise' }, ['昆山精密机械有限公司', '相城智能制造有限公司']],
    ['a Chinese word', { q: '相城' }, ['相城智能制造有限公司', '苏州市相城中等专业学校']],
    ['a credit code typed in lower case', { q: '91320583ma1preci5e' }, ['昆山精密机械有限公司']],
    ['a % sign, matched literally and not as a wildcard', { q: '%' }, ['徐汇100%纯净水有限公司']],
  ])('%s', async (_label, query, expected) => {
    const { names, total } = await list(query);
    expect([...names].sort()).toEqual([...expected].sort());
    expect(total).toBe(expected.length);
  });

  it('sorts by name descending as the exact reverse of ascending', async () => {
    const ascending = await list({ sort: 'name' });
    const descending = await list({ sort: '-name' });
    expect(ascending.names).toHaveLength(ORGS.length);
    expect(descending.names).toEqual([...ascending.names].reverse());
  });

  it('pages through one shape with the same statement: pages do not overlap and the total is the whole set', async () => {
    const first = await list({ region: '320000', page: 1, pageSize: 3 });
    const second = await list({ region: '320000', page: 2, pageSize: 3 });
    expect(first.total).toBe(4);
    expect(second.total).toBe(4);
    expect(first.names).toHaveLength(3);
    expect(second.names).toHaveLength(1);
    expect(new Set([...first.names, ...second.names]).size).toBe(4);
  });
});

// PGlite has no pinyin collation: names sort by a key the repository writes beside them (上海三菱 sanling,
// 上海世纪 shiji, 上海中侨 zhongqiao), where ordering by the name itself gives code-point order (三 U+4E09,
// 世 U+4E16, 中 U+4E2D happen to agree, so the test adds names whose code points do not: 重庆 chongqing,
// 长沙 changsha, 北京 beijing).
describe('organisations in pinyin order', STEPS_IN_ORDER, () => {
  let database: TestDatabase;
  const region = '310104';
  beforeAll(async () => {
    database = await createTestDatabase();
    const names = [
      '上海中侨职业技术大学',
      '重庆银行上海分行',
      '上海三菱电梯有限公司',
      '长沙银行上海分行',
      '上海世纪出版集团',
      '北京银行上海分行',
    ];
    await insertOrgs(
      database.handle.db,
      names.map((name) => orgValues({ name, type: 'enterprise', regionCode: region })),
    );
  });
  afterAll(async () => database.dispose());

  const names = async (query: Partial<TOrgListQuery>) =>
    (await listOrgs(database.handle.db, ZOrgListQuery.parse({ region, ...query }))).rows.map((row) => row.name);

  it('lists by pinyin, not by code point', async () => {
    expect(await names({ sort: 'name' })).toEqual([
      '北京银行上海分行',
      '长沙银行上海分行',
      '重庆银行上海分行',
      '上海三菱电梯有限公司',
      '上海世纪出版集团',
      '上海中侨职业技术大学',
    ]);
  });

  it('keeps the order when an import writes the rows in bulk, and reverses it for a descending sort', async () => {
    await insertOrgsInBulk(database.handle.db, [orgValues({ name: '安徽职业技术学院上海办事处', type: 'enterprise', regionCode: region })]);
    const ascending = await names({ sort: 'name' });
    expect(ascending.slice(0, 2)).toEqual(['安徽职业技术学院上海办事处', '北京银行上海分行']);
    expect(await names({ sort: '-name' })).toEqual([...ascending].reverse());
  });

  it('moves a renamed organisation to the place of its new name', async () => {
    const [org] = await insertOrgs(database.handle.db, [orgValues({ name: '安康市驻沪联络处', type: 'enterprise', regionCode: region })]);
    expect((await names({ sort: 'name' })).slice(0, 2)).toEqual(['安徽职业技术学院上海办事处', '安康市驻沪联络处']);
    await updateOrgAtVersion(database.handle.db, org!.id, org!.version, { name: '紫竹园区驻沪联络处' });
    expect((await findOrgById(database.handle.db, org!.id))!.nameSortKey).toBe('zi3zhu2yuan2qu1zhu4hu4lian2luo4chu4');
    expect((await names({ sort: 'name' })).at(-1)).toBe('紫竹园区驻沪联络处');
  });

  it('fills the keys of rows written without one, once', async () => {
    const db = database.handle.db;
    await db.execute(sql`update ${organizations} set name_sort_key = null where ${organizations.name} like '%银行%'`);
    expect(await fillMissingOrgSortKeys(db)).toBe(3);
    expect(await fillMissingOrgSortKeys(db)).toBe(0);
    const [bank] = await db.select().from(organizations).where(eq(organizations.name, '长沙银行上海分行'));
    expect(bank!.nameSortKey).toBe('chang2sha1yin2hang2shang4hai3fen1hang2');
    expect((await names({ sort: 'name' })).slice(1, 4)).toEqual(['北京银行上海分行', '长沙银行上海分行', '重庆银行上海分行']);
  });
});
