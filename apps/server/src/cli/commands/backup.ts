import fs from 'node:fs';
import type { AppConfig } from '../../kernel/config.js';
import { backupDatabase, type BackupTarget, restoreDatabase } from '../../kernel/db/backup.js';
import { requiredString } from '../args.js';
import type { CliCommand } from '../command.js';
import { recordOperation } from '../record-operation.js';

function targetOf(config: AppConfig): BackupTarget {
  return config.database.url ? { kind: 'postgres', url: config.database.url } : { kind: 'pglite', dataDir: config.database.dataDir };
}

function describeTarget(target: BackupTarget): string {
  return target.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite (${target.dataDir})`;
}

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup --out <file>',
  summary: {
    zh: '备份数据库到文件（PostgreSQL 可在线备份；PGlite 需先停止服务）',
    en: 'Back up the database to a file (online for PostgreSQL; stop the server first with PGlite)',
  },
  options: { out: { type: 'string' } },
  async run(args, config, io) {
    const target = targetOf(config);
    const result = await backupDatabase(target, requiredString(args, 'out'));
    try {
      await recordOperation(config, io, {
        action: 'database.backup',
        entityType: 'database',
        details: { file: result.file, bytes: result.bytes },
      });
    } catch (error) {
      // An unaudited copy of everyone's data must not be left behind.
      fs.rmSync(result.file, { force: true });
      throw error;
    }
    const size = result.bytes < 1024 * 1024 ? `${Math.ceil(result.bytes / 1024)} KB` : `${(result.bytes / 1024 / 1024).toFixed(1)} MB`;
    io.out(`已将 ${describeTarget(target)} 备份到 ${result.file}（${size}，${result.format}）。`);
    io.out(`Backed up ${describeTarget(target)} to ${result.file} (${size}, ${result.format}).`);
    return 0;
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: 'restore --in <file> [--yes]',
  summary: {
    zh: '从备份文件恢复数据库（替换现有数据须加 --yes；请先停止服务）',
    en: 'Restore the database from a backup (--yes to replace existing data; stop the server first)',
  },
  options: { in: { type: 'string' }, yes: { type: 'boolean' } },
  async run(args, config, io) {
    const target = targetOf(config);
    const file = requiredString(args, 'in');
    const result = await restoreDatabase(target, file, { confirmed: args.values.yes === true });
    // Brought up to the current schema at once, so the audit entry and the next start both find it ready.
    await recordOperation(
      config,
      io,
      { action: 'database.restore', entityType: 'database', details: { file, previousDataDir: result.previousDataDir } },
      { migrateFirst: true },
    );
    io.out(`已从 ${file} 恢复 ${describeTarget(target)}，并已更新到当前数据库结构。`);
    io.out(`Restored ${describeTarget(target)} from ${file} and brought it up to the current schema.`);
    if (result.previousDataDir) {
      io.out(`原数据目录已保留在 ${result.previousDataDir}，确认无误后可删除。`);
      io.out(`The previous data directory is kept at ${result.previousDataDir}; delete it once you are satisfied.`);
    }
    return 0;
  },
};
