import type { CliCommand } from '../command.js';
import type { CliIo } from '../io.js';

export function printHelp(commands: CliCommand[], write: CliIo['out']): void {
  write('Chanjiao 产教协同平台 — 运维命令 / operations CLI');
  write('');
  write('用法 Usage: npx chanjiao <command> [options]   (或 or: npm run cli -- <command> [options])');
  write('');
  for (const command of commands) {
    write(`  ${command.usage}`);
    write(`      ${command.summary.zh}`);
    write(`      ${command.summary.en}`);
  }
  write('  help');
  write('      显示本帮助');
  write('      Show this help');
  write('');
  write('数据库取自 DATABASE_URL（PostgreSQL），未设置时使用 DATA_DIR 下的 PGlite；详见 docs/operations.md。');
  write('The database is DATABASE_URL (PostgreSQL), or PGlite in DATA_DIR when unset; see docs/operations.md.');
}
