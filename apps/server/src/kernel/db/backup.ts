/**
 * Backups of either engine. PostgreSQL: pg_dump's custom format and pg_restore, online, run against
 * DATABASE_URL. PGlite: the data directory as a gzip tarball (PGlite's own dump), restored into a fresh
 * directory; the server must be stopped because an embedded database has one process.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir, LOCK_FILE_NAME } from './data-dir-lock.js';
import { OperationError } from './operation-error.js';

export type BackupTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export interface BackupResult {
  file: string;
  bytes: number;
  format: 'pg_dump-custom' | 'pglite-tar-gzip';
}

export interface RestoreResult {
  /** Where the replaced PGlite data directory was moved, so an operator can go back to it. */
  previousDataDir: string | null;
}

const PG_DUMP_MAGIC = 'PGDMP';
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

export async function backupDatabase(target: BackupTarget, outFile: string): Promise<BackupResult> {
  const file = path.resolve(outFile);
  if (fs.existsSync(file)) {
    throw new OperationError(
      'BACKUP_FILE_EXISTS',
      `备份文件 ${file} 已存在。请换一个文件名，或先删除旧文件。`,
      `The backup file ${file} already exists. Choose another name or delete the old file first.`,
    );
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written under a temporary name, so an interrupted backup never looks like a complete one.
  const partial = `${file}.partial`;
  try {
    if (target.kind === 'postgres') {
      await runPgTool('pg_dump', ['--format=custom', `--file=${partial}`], target.url);
    } else {
      await dumpPglite(target.dataDir, partial);
    }
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return { file, bytes: fs.statSync(file).size, format: target.kind === 'postgres' ? 'pg_dump-custom' : 'pglite-tar-gzip' };
}

export async function restoreDatabase(target: BackupTarget, inFile: string, options: { confirmed: boolean }): Promise<RestoreResult> {
  const file = path.resolve(inFile);
  assertBackupFormat(file, target.kind);
  if (target.kind === 'postgres') {
    if (!options.confirmed && (await postgresTableCount(target.url)) > 0) throw confirmationNeeded('PostgreSQL');
    await runPgTool(
      'pg_restore',
      ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', file],
      target.url,
    );
    return { previousDataDir: null };
  }
  return restorePglite(target.dataDir, file, options.confirmed);
}

async function dumpPglite(dataDir: string, outFile: string): Promise<void> {
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new OperationError(
      'NO_DATABASE_TO_BACK_UP',
      `数据目录 ${dataDir} 中没有数据库。请检查 DATA_DIR 设置。`,
      `There is no database in the data directory ${dataDir}. Check the DATA_DIR setting.`,
    );
  }
  const lock = lockDataDir(dataDir, 'backup');
  try {
    const client = await PGlite.create(dataDir);
    try {
      const tarball = await client.dumpDataDir('gzip');
      fs.writeFileSync(outFile, Buffer.from(await tarball.arrayBuffer()));
    } finally {
      await client.close();
    }
  } finally {
    lock.release();
  }
}

/**
 * Loads the tarball into a sibling directory first and checks it opens; only then is the current
 * directory moved aside and the new one moved in, so a bad backup never costs the current data.
 */
async function restorePglite(dataDir: string, file: string, confirmed: boolean): Promise<RestoreResult> {
  const occupied = fs.existsSync(dataDir) && fs.readdirSync(dataDir).some((name) => name !== LOCK_FILE_NAME);
  if (occupied && !confirmed) throw confirmationNeeded(dataDir);
  const lock = lockDataDir(dataDir, 'restore');
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const staging = `${dataDir}.restoring-${stamp}`;
  try {
    const client = await PGlite.create(staging, { loadDataDir: new Blob([fs.readFileSync(file)]) });
    try {
      await client.query('select 1');
    } finally {
      await client.close();
    }
    // The backup was taken while its own process held the lock; that lock means nothing here.
    fs.rmSync(path.join(staging, LOCK_FILE_NAME), { force: true });
    let previousDataDir: string | null = null;
    if (occupied) {
      previousDataDir = `${dataDir}.before-restore-${stamp}`;
      lock.release();
      fs.renameSync(dataDir, previousDataDir);
    } else {
      lock.release();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    fs.renameSync(staging, dataDir);
    return { previousDataDir };
  } catch (error) {
    lock.release();
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function confirmationNeeded(what: string): OperationError {
  return new OperationError(
    'RESTORE_NEEDS_CONFIRMATION',
    `${what} 中已有数据，恢复会替换它们。确认无误后加上 --yes 重新运行（PGlite 的旧数据目录会被保留为 *.before-restore-<时间>）。`,
    `${what} already holds data, which the restore replaces. Re-run with --yes to confirm (a PGlite data directory is kept as *.before-restore-<time>).`,
  );
}

function assertBackupFormat(file: string, kind: BackupTarget['kind']): void {
  if (!fs.existsSync(file)) {
    throw new OperationError(
      'BACKUP_FILE_NOT_FOUND',
      `找不到备份文件 ${file}。请检查路径。`,
      `The backup file ${file} does not exist. Check the path.`,
    );
  }
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const isPgDump = head.toString('latin1') === PG_DUMP_MAGIC;
  const isGzip = head.subarray(0, 2).equals(GZIP_MAGIC);
  if (kind === 'postgres' ? isPgDump : isGzip) return;
  const made = isPgDump ? 'PostgreSQL (pg_dump)' : isGzip ? 'PGlite' : null;
  const current = kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (DATA_DIR)';
  throw new OperationError(
    'BACKUP_FORMAT_MISMATCH',
    made
      ? `备份文件 ${file} 来自 ${made}，而当前配置的数据库是 ${current}。请在同类数据库上恢复，或调整 DATABASE_URL。`
      : `文件 ${file} 不是 Chanjiao 备份（既非 pg_dump 自定义格式，也非 PGlite 压缩包）。请选择 chanjiao backup 生成的文件。`,
    made
      ? `The backup ${file} was made from ${made}, but the configured database is ${current}. Restore it into the same kind of database, or change DATABASE_URL.`
      : `The file ${file} is not a Chanjiao backup (neither a pg_dump custom archive nor a PGlite tarball). Choose a file made by chanjiao backup.`,
  );
}

async function postgresTableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>(
      `select count(*) as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`,
    );
    return Number(result.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/** Runs pg_dump / pg_restore; the password goes through the environment, not the process list. */
function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[], url: string): Promise<void> {
  const connection = new URL(url);
  const password = decodeURIComponent(connection.password);
  connection.password = '';
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${connection.toString()}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new OperationError(
              'PG_TOOLS_MISSING',
              `找不到 ${tool}。请安装 PostgreSQL 客户端工具（Debian/Ubuntu：apt-get install postgresql-client），版本不低于数据库服务器。`,
              `${tool} was not found. Install the PostgreSQL client tools (Debian/Ubuntu: apt-get install postgresql-client), at least the server's version.`,
            )
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const detail = stderr.trim() || `exit code ${code}`;
      reject(
        new OperationError(
          tool === 'pg_dump' ? 'PG_DUMP_FAILED' : 'PG_RESTORE_FAILED',
          `${tool} 执行失败：${detail}\n请检查 DATABASE_URL、数据库是否可连接，以及客户端工具版本是否不低于服务器。`,
          `${tool} failed: ${detail}\nCheck DATABASE_URL, that the database is reachable, and that the client tools are at least the server's version.`,
        ),
      );
    });
  });
}
