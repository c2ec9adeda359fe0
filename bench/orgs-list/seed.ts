/**
 * Fills the benchmark database: organisations through the module's own `orgValues` (derived region columns,
 * search tokens), users as direct rows sharing one password hash (argon2 is slow by design; 50,000 hashes
 * would take longer than the benchmark), and org-scoped roles for some users.
 */
import { sql } from 'drizzle-orm';
import type { Role } from '@chanjiao/contracts';
import type { DatabaseHandle } from '../../apps/server/src/kernel/db/database.js';
import { hashPassword } from '../../apps/server/src/kernel/auth/password.js';
import { users } from '../../apps/server/src/kernel/auth/auth.table.js';
import { userRoles } from '../../apps/server/src/kernel/rbac/rbac.table.js';
import { pinyinSortKey } from '../../apps/server/src/kernel/search/pinyin-sort-key.js';
import { insertOrgs, orgValues } from '../../apps/server/src/modules/organizations/index.js';
import { seededRandom, type Random } from '../lib/random.js';
import { generatedOrganisation } from './org-names.js';

export interface SeedCounts {
  organisations: number;
  users: number;
  scopedUsers: number;
}

export interface SeededData {
  /** Users holding an org-scoped role, who may therefore list organisations. */
  scopedUsernames: string[];
  password: string;
}

export const BENCH_PASSWORD = 'Bench-Passw0rd-2026';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗'];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '军',
  '杰',
  '婷',
  '强',
  '丽',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '辉',
  '华',
  '鑫',
];
const SCOPED_ROLES: Role[] = ['member_representative', 'liaison', 'org_admin', 'data_collector', 'reviewer'];

async function inBatches<T>(items: T[], size: number, write: (batch: T[]) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) await write(items.slice(start, start + size));
}

async function seedOrganisations(handle: DatabaseHandle, count: number, random: Random): Promise<string[]> {
  const rows = Array.from({ length: count }, () => orgValues(generatedOrganisation(random), { isGenerated: true }));
  const ids: string[] = [];
  await inBatches(rows, 1_000, async (batch) => {
    ids.push(...(await insertOrgs(handle.db, batch)).map((row) => row.id));
  });
  return ids;
}

function personNames(random: Random): { displayName: string; displayNameSortKey: string } {
  const given = random.next() < 0.6 ? random.pick(GIVEN) + random.pick(GIVEN) : random.pick(GIVEN);
  const displayName = random.pick(SURNAMES) + given;
  return { displayName, displayNameSortKey: pinyinSortKey(displayName) };
}

async function seedUsers(handle: DatabaseHandle, count: number, random: Random): Promise<{ id: string; username: string }[]> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const rows = Array.from({ length: count }, (_, index) => ({
    username: `bench${String(index + 1).padStart(5, '0')}`,
    ...personNames(random),
    email: `bench${index + 1}@example.edu.cn`,
    phone: `139${String(10_000_000 + random.int(89_999_999))}`,
    passwordHash,
    isGenerated: true,
  }));
  const created: { id: string; username: string }[] = [];
  await inBatches(rows, 2_000, async (batch) => {
    created.push(...(await handle.db.insert(users).values(batch).returning({ id: users.id, username: users.username })));
  });
  return created;
}

export async function seedBenchData(handle: DatabaseHandle, counts: SeedCounts, seed = 20_260_101): Promise<SeededData> {
  const random = seededRandom(seed);
  const orgIds = await seedOrganisations(handle, counts.organisations, random);
  const created = await seedUsers(handle, counts.users, random);
  const scoped = created.slice(0, counts.scopedUsers);
  await handle.db
    .insert(userRoles)
    .values(scoped.map((user) => ({ userId: user.id, role: random.pick(SCOPED_ROLES), scopeType: 'org', scopeId: random.pick(orgIds) })));
  // Planner statistics as autovacuum would have them in a running system, instead of the defaults of fresh tables.
  await handle.db.execute(sql`analyze`);
  return { scopedUsernames: scoped.map((user) => user.username), password: BENCH_PASSWORD };
}
