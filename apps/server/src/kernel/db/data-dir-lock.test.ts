import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME, lockDataDir } from './data-dir-lock.js';
import { OperationError } from './operation-error.js';

const dirs: string[] = [];
function tmpDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cj-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function writeLock(dir: string, pid: number) {
  fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify({ pid, purpose: 'server', since: '2026-01-01T00:00:00.000Z' }));
}

describe('PGlite data directory lock', () => {
  it('is held while open and gone after release', () => {
    const dir = tmpDir();
    const lock = lockDataDir(dir, 'test');
    const owner = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')) as { pid: number; purpose: string };
    expect(owner).toMatchObject({ pid: process.pid, purpose: 'test' });
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('refuses a directory another running process holds, naming that process', () => {
    const dir = tmpDir();
    writeLock(dir, process.ppid);
    let refusal: unknown;
    try {
      lockDataDir(dir, 'backup');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(OperationError);
    expect((refusal as OperationError).code).toBe('DATA_DIR_IN_USE');
    expect((refusal as OperationError).en).toContain(`process ${process.ppid}`);
    // The other owner's lock is left alone.
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.ppid);
  });

  it('takes over a lock left by a process that no longer exists', () => {
    const dir = tmpDir();
    const finished = spawnSync(process.execPath, ['-e', '0']);
    writeLock(dir, finished.pid!);
    const lock = lockDataDir(dir, 'server');
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('does not remove a lock that another process took over in the meantime', () => {
    const dir = tmpDir();
    const lock = lockDataDir(dir, 'server');
    writeLock(dir, process.ppid);
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(true);
  });
});
