import { count, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillMissingUserSortKeys, updateUser } from '../../../kernel/auth/auth.repository.js';
import { users } from '../../../kernel/auth/auth.table.js';
import { createTestContext, createTestUser, type TestContext } from '../../../testing/test-app.js';
import { listExpertUsers } from './experts.repository.js';

// Code points put 张 (U+5F20) before 李 (U+674E), 艾 (U+827E) and 陈 (U+9648); pinyin puts ai, chen, li, zhang.
describe('experts are listed in pinyin order of their names', () => {
  let ctx: TestContext;
  const ids: string[] = [];
  beforeAll(async () => {
    ctx = await createTestContext();
    for (const name of ['张伟', '李娜', '艾明', '陈静']) {
      const user = await createTestUser(ctx.deps, [{ role: 'expert' }], { totp: false });
      await updateUser(ctx.deps.database.db, user.id, { displayName: name });
      ids.push(user.id);
    }
  });
  afterAll(async () => ctx.close());

  const listed = async () => (await listExpertUsers(ctx.deps.database.db, ids)).map((expert) => expert.displayName);

  it('orders by the key written with the renamed display name', async () => {
    expect(await listed()).toEqual(['艾明', '陈静', '李娜', '张伟']);
  });

  it('gives accounts from before the key their key at start, once', async () => {
    const db = ctx.deps.database.db;
    await db.update(users).set({ displayNameSortKey: null }).where(inArray(users.id, ids));
    expect(await fillMissingUserSortKeys(db)).toBeGreaterThanOrEqual(ids.length);
    expect(await fillMissingUserSortKeys(db)).toBe(0);
    const [missing] = await db.select({ n: count() }).from(users).where(isNull(users.displayNameSortKey));
    expect(Number(missing!.n)).toBe(0);
    expect(await listed()).toEqual(['艾明', '陈静', '李娜', '张伟']);
  });
});
