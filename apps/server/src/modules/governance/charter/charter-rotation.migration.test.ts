/**
 * The migration that makes 章程第六条 data (chairRotation.basis) back-fills what was stored before: charters and
 * proposed amendments with the old different-city flag, and charters without a title. Written against a
 * database migrated up to the migration before, with rows in the old shape.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, MIGRATIONS_DIR, openDatabase, rowsOf } from '../../../kernel/db/database.js';

const MIGRATION = '20261207023430_charter_title_and_rotation_basis';

interface Journal {
  entries: { tag: string }[];
}

/** A copy of the migrations folder that ends just before `tag`. */
function migrationsBefore(tag: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cj-migrations-'));
  fs.cpSync(MIGRATIONS_DIR, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as Journal;
  const index = journal.entries.findIndex((entry) => entry.tag === tag);
  if (index < 0) throw new Error(`migration ${tag} not in the journal`);
  fs.writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, index) }));
  return folder;
}

describe(`migration ${MIGRATION}: existing charters rotate by city unless they said otherwise`, () => {
  let handle: DatabaseHandle;
  let before: string;
  const rows = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await handle.db.execute(query));

  beforeAll(async () => {
    before = migrationsBefore(MIGRATION);
    handle = await openDatabase({ dataDir: 'memory://' });
    await migrate(handle.db as never, { migrationsFolder: before });
    await handle.db.execute(sql`
      INSERT INTO bodies (id, name, kind) VALUES
        ('00000000-0000-4000-8000-000000000001', '沿沪宁产业创新带职业院校联盟', 'alliance'),
        ('00000000-0000-4000-8000-000000000002', '某市产教联合体', 'consortium')`);
    await handle.db.execute(sql`
      INSERT INTO charter_versions (body_id, version_no, text, parameters, chair_rotation, effective_on) VALUES
        ('00000000-0000-4000-8000-000000000001', 1, '第六条 …', '{}'::jsonb, '{"termYears":1,"differentCityEachTerm":true}'::jsonb, '2025-12-12'),
        ('00000000-0000-4000-8000-000000000002', 1, '第六条 …', '{}'::jsonb, '{"termYears":2,"differentCityEachTerm":false}'::jsonb, '2024-01-01')`);
    await handle.db.execute(sql`
      INSERT INTO meetings (id, body_id, title, held_on) VALUES
        ('00000000-0000-4000-8000-000000000011', '00000000-0000-4000-8000-000000000001', '一届二次会议', '2026-06-20')`);
    await handle.db.execute(sql`
      INSERT INTO agenda_items (meeting_id, body_id, position, kind, title, amendment) VALUES
        ('00000000-0000-4000-8000-000000000011', '00000000-0000-4000-8000-000000000001', 1, 'charter_amendment', '修改章程第六条',
         '{"parameters":{},"chairRotation":{"termYears":2,"differentCityEachTerm":true}}'::jsonb),
        ('00000000-0000-4000-8000-000000000011', '00000000-0000-4000-8000-000000000001', 2, 'motion', '一般议题', NULL)`);
    await handle.migrate();
  }, 300_000);
  afterAll(async () => {
    await handle?.close();
    if (before) fs.rmSync(before, { recursive: true, force: true });
  });

  it('the different-city flag becomes basis city (章程第六条 "由不同城市的成员院校轮流担任"); no flag becomes none', async () => {
    const charters = await rows<{ name: string; title: string; chair_rotation: unknown }>(sql`
      SELECT b.name, c.title, c.chair_rotation FROM charter_versions c JOIN bodies b ON b.id = c.body_id ORDER BY b.name`);
    expect(charters).toEqual([
      { name: '某市产教联合体', title: '某市产教联合体章程', chair_rotation: { termYears: 2, basis: 'none' } },
      { name: '沿沪宁产业创新带职业院校联盟', title: '沿沪宁产业创新带职业院校联盟章程', chair_rotation: { termYears: 1, basis: 'city' } },
    ]);
  });

  it('a proposed amendment carries the same rule; items without one stay without', async () => {
    const items = await rows<{ position: number; amendment: unknown }>(sql`SELECT position, amendment FROM agenda_items ORDER BY position`);
    expect(items).toEqual([
      { position: 1, amendment: { parameters: {}, chairRotation: { termYears: 2, basis: 'city' } } },
      { position: 2, amendment: null },
    ]);
  });
});
