/**
 * PGlite is embedded, so nothing stops a second process (a CLI backup, say) from opening the data
 * directory the server is using — and two writers corrupt it. A lock file naming the owner's pid makes
 * the second one refuse. A lock whose pid is gone (crash, kill -9) or is our own pid (a container
 * restarted as pid 1) is stale and taken over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { OperationError } from './operation-error.js';

export const LOCK_FILE_NAME = 'chanjiao.lock';

export interface DataDirLock {
  release(): void;
}

interface LockOwner {
  pid: number;
  purpose: string;
  since: string;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}

/** Takes the lock of a PGlite data directory for this process, or throws DATA_DIR_IN_USE. */
export function lockDataDir(dataDir: string, purpose: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const content = JSON.stringify({ pid: process.pid, purpose, since: new Date().toISOString() } satisfies LockOwner);
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(file, content, { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const owner = readOwner(file);
      if (owner && owner.pid !== process.pid && isRunning(owner.pid)) {
        throw new OperationError(
          'DATA_DIR_IN_USE',
          `数据目录 ${dataDir} 正被进程 ${owner.pid}（${owner.purpose}，始于 ${owner.since}）使用。请先停止该进程（如服务器）再重试；若使用 PostgreSQL（DATABASE_URL）则可在线操作。`,
          `The data directory ${dataDir} is in use by process ${owner.pid} (${owner.purpose}, since ${owner.since}). Stop that process (e.g. the server) and try again; with PostgreSQL (DATABASE_URL) this works online.`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  return {
    release: () => {
      if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
    },
  };
}
