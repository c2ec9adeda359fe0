import { sql } from 'drizzle-orm';
import { openConfiguredDatabase, prepareDatabase } from '../../bootstrap.js';
import { type DatabaseHandle, rowsOf } from '../../kernel/db/database.js';
import type { CliCommand } from '../command.js';

async function appliedMigrationCount(database: DatabaseHandle): Promise<number> {
  try {
    const [row] = rowsOf<{ n: string | number }>(await database.db.execute(sql`select count(*) as n from drizzle.__drizzle_migrations`));
    return Number(row?.n ?? 0);
  } catch {
    // A database that was never migrated has no bookkeeping table yet.
    return 0;
  }
}

export const migrateCommand: CliCommand = {
  name: 'migrate',
  usage: 'migrate',
  summary: { zh: '将数据库结构和参考数据更新到当前版本', en: 'Bring the database schema and reference data up to date' },
  options: {},
  async run(_args, config, io) {
    const database = await openConfiguredDatabase(config, 'cli migrate');
    try {
      const before = await appliedMigrationCount(database);
      await prepareDatabase(database);
      const after = await appliedMigrationCount(database);
      io.out(`数据库已是最新（${database.kind}）：本次应用 ${after - before} 个迁移，共 ${after} 个。`);
      io.out(`Database is up to date (${database.kind}): applied ${after - before} migration(s), ${after} in total.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
