#!/usr/bin/env node
/**
 * `npm start`: builds the web UI when its bundle is missing or older than its sources, then runs the
 * server (TypeScript through tsx), forwarding signals and exiting with the server's exit code.
 * CHANJIAO_SKIP_WEB_BUILD=1 skips the build check (e.g. a container image built the UI already).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WEB_INDEX = path.join(ROOT, 'apps/web/dist/index.html');
const WEB_SOURCES = ['apps/web/src', 'apps/web/public', 'apps/web/index.html', 'apps/web/vite.config.ts', 'packages/contracts/src'];
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * True when anything under `entry` changed after `builtAt`; stops at the first one found. A directory's
 * own time counts too: it changes when a file in it is added, removed or renamed.
 */
function changedSince(entry, builtAt) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return false;
  }
  if (stat.mtimeMs > builtAt) return true;
  return stat.isDirectory() && fs.readdirSync(entry).some((name) => changedSince(path.join(entry, name), builtAt));
}

function webBuildReason() {
  if (!fs.existsSync(path.join(ROOT, 'apps/web/src'))) return null;
  if (!fs.existsSync(WEB_INDEX)) return { zh: '尚未构建', en: 'not built yet' };
  const builtAt = fs.statSync(WEB_INDEX).mtimeMs;
  const stale = WEB_SOURCES.some((source) => changedSince(path.join(ROOT, source), builtAt));
  return stale ? { zh: '源代码已更新', en: 'sources changed since the last build' } : null;
}

let current = null;
for (const signal of FORWARDED_SIGNALS) {
  process.on(signal, () => current?.kill(signal));
}

/** Runs a child to its end; resolves with its exit code, or 128 + n when a signal ended it (shell convention). */
function run(command, args, options) {
  return new Promise((resolve) => {
    current = spawn(command, args, { stdio: 'inherit', ...options });
    current.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    current.on('exit', (code, signal) => {
      current = null;
      resolve(code ?? 128 + (os.constants.signals[signal] ?? 0));
    });
  });
}

async function main() {
  const reason = process.env.CHANJIAO_SKIP_WEB_BUILD ? null : webBuildReason();
  if (reason) {
    console.log(`正在构建网页界面（${reason.zh}）… / Building the web UI (${reason.en})…`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const code = await run(npm, ['run', 'build', '-w', '@chanjiao/web'], { cwd: ROOT });
    if (code !== 0) {
      console.error(
        `网页界面构建失败（退出码 ${code}），见上方输出。修复后重新运行 npm start；若只需 API，可设置 CHANJIAO_SKIP_WEB_BUILD=1。\n` +
          `Building the web UI failed (exit code ${code}); see the output above. Fix it and run npm start again, or set CHANJIAO_SKIP_WEB_BUILD=1 to serve the API alone.`,
      );
      return code;
    }
  }
  const tsx = import.meta.resolve('tsx');
  return run(process.execPath, ['--import', tsx, path.join(ROOT, 'apps/server/src/main.ts')], { env: process.env });
}

process.exitCode = await main();
