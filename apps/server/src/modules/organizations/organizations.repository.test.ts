import { type TOrgInput, type TOrgListQuery, ZOrgListQuery } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { insertOrgs, listOrgs } from './organizations.repository.js';
import { orgValues } from './organizations.service.js';

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
