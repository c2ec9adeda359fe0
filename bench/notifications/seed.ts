/**
 * The notifications benchmark's data on a fresh PostgreSQL database: a body with 500 member units, each with a
 * representative who has an e-mail address, and READERS users with 10,000 inbox messages each (a third of them
 * unread, across three modules), written with set-based SQL so that seeding takes seconds.
 */
import { sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../apps/server/src/kernel/audit/audit.service.js';
import type { Database } from '../../apps/server/src/kernel/db/database.js';
import { createUser } from '../../apps/server/src/modules/accounts/users.service.js';
import { createBody } from '../../apps/server/src/modules/bodies/index.js';
import { insertOrgs, orgValues } from '../../apps/server/src/modules/organizations/index.js';
import { testConfig } from '../../apps/server/src/kernel/config.js';

export const MEMBERS = 500;
export const READERS = 5;
export const MESSAGES_PER_READER = 10_000;
export const PASSWORD = 'Bench-notify-2026';

export interface Seeded {
  bodyId: string;
  memberOrgIds: string[];
  readerUsernames: string[];
}

export async function seed(db: Database): Promise<Seeded> {
  const orgs = await insertOrgs(
    db,
    Array.from({ length: MEMBERS }, (_, i) =>
      orgValues(
        { name: `基准成员单位${String(i + 1).padStart(3, '0')}（生成）`, type: 'secondary_vocational', regionCode: '310107' },
        { isGenerated: true },
      ),
    ),
  );
  const memberOrgIds = orgs.map((org) => org.id);
  const body = await createBody(db, SYSTEM_ACTOR, { name: '基准联盟（生成）', kind: 'alliance', secretariatOrgId: memberOrgIds[0]! });
  // One real account gives the password hash every generated account shares (argon2 once, not 505 times).
  const template = await createUser(db, testConfig(), SYSTEM_ACTOR, {
    username: 'bench_reader_1',
    displayName: '基准读者1',
    password: PASSWORD,
    mustChangePassword: false,
  });
  await db.execute(sql`
    insert into users (username, display_name, email, password_hash, is_generated)
    select 'bench_rep_' || n, '成员单位代表' || n, 'rep' || n || '@bench.example', (select password_hash from users where id = ${template.id}), true
      from generate_series(1, ${MEMBERS}) n`);
  await db.execute(sql`
    insert into user_roles (user_id, role, scope_type, scope_id)
    select u.id, 'member_representative', 'org', o.id
      from (select id, row_number() over (order by username) rn from users where username like 'bench_rep_%') u
      join (select id, row_number() over (order by name) rn from organizations where name like '基准成员单位%') o on o.rn = u.rn`);
  await db.execute(sql`
    insert into users (username, display_name, password_hash, is_generated)
    select 'bench_reader_' || n, '基准读者' || n, (select password_hash from users where id = ${template.id}), true
      from generate_series(2, ${READERS}) n`);
  await db.execute(sql`
    insert into notifications (kind, module, params, link_path, record_type, record_id, created_at)
    select case n % 3 when 0 then 'governance.meeting_convened' when 1 then 'selection.call_opened' else 'accounts.role_granted' end,
           case n % 3 when 0 then 'governance' when 1 then 'selection' else 'accounts' end,
           case n % 3
             when 0 then jsonb_build_object('bodyName', '基准联盟', 'meetingTitle', '第' || n || '次会议', 'heldOn', '2026-12-20', 'location', '上海', 'agenda', '审议工作计划')
             when 1 then jsonb_build_object('authority', '连云港市教育局', 'callTitle', '遴选' || n, 'closesAt', '2026-12-31 17:00')
             else jsonb_build_object('role', jsonb_build_object('zh-CN', '联络员', 'en-US', 'Liaison'), 'scope', jsonb_build_object('zh-CN', '基准单位', 'en-US', '基准单位'))
           end,
           '/governance/meetings/' || gen_random_uuid(), 'meeting', gen_random_uuid()::text,
           timestamptz '2026-01-01 00:00:00+00' + n * interval '30 minutes'
      from generate_series(1, ${MESSAGES_PER_READER}) n`);
  await db.execute(sql`
    insert into inbox_items (notification_id, user_id, module, created_at, read_at, channel)
    select n.id, u.id, n.module, n.created_at, case when random() < 0.67 then n.created_at + interval '1 hour' end, 'inbox'
      from notifications n cross join users u where u.username like 'bench_reader_%'`);
  await db.execute(sql`analyze`);
  return { bodyId: body.id, memberOrgIds, readerUsernames: Array.from({ length: READERS }, (_, i) => `bench_reader_${i + 1}`) };
}
