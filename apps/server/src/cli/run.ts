/** Dispatches a command line to its command and turns every failure into a readable message and exit code. */
import { installAuditKeys } from '../kernel/audit/audit-keys.js';
import { ConfigError, loadConfig } from '../kernel/config.js';
import { resolveSecretKey } from '../kernel/secret.js';
import { OperationError } from '../kernel/db/operation-error.js';
import { isDatabaseUnavailable } from '../kernel/db/unavailable.js';
import { DomainError } from '../kernel/errors.js';
import { parseCommandArgs } from './args.js';
import type { CliCommand } from './command.js';
import { auditCommand } from './commands/audit.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { createAdminCommand } from './commands/create-admin.js';
import { credentialKeysCommand } from './commands/credential-keys.js';
import { printHelp } from './commands/help.js';
import { migrateCommand } from './commands/migrate.js';
import { seedCommand } from './commands/seed.js';
import { type CliIo, UsageError } from './io.js';

export const COMMANDS: CliCommand[] = [
  migrateCommand,
  seedCommand,
  createAdminCommand,
  backupCommand,
  restoreCommand,
  auditCommand,
  credentialKeysCommand,
];

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    printHelp(COMMANDS, io.out);
    return EXIT_OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`未知命令：${name} / Unknown command: ${name}`);
    io.err('');
    printHelp(COMMANDS, io.err);
    return EXIT_USAGE;
  }
  try {
    const args = parseCommandArgs(rest, command.options);
    const config = loadConfig(io.env);
    // Commands write audit entries (create-admin, backup, restore) and verify the chain with the keys of SECRET_KEY.
    installAuditKeys(resolveSecretKey(config));
    return await command.run(args, config, io);
  } catch (error) {
    return reportFailure(error, command, io);
  }
}

function reportFailure(error: unknown, command: CliCommand, io: CliIo): number {
  if (error instanceof UsageError) {
    io.err(error.zh);
    io.err(error.en);
    io.err(`用法 Usage: chanjiao ${command.usage}`);
    return EXIT_USAGE;
  }
  if (error instanceof ConfigError) {
    io.err(error.message);
    return EXIT_USAGE;
  }
  if (error instanceof OperationError) {
    io.err(error.zh);
    io.err(error.en);
    io.err(`[${error.code}]`);
    return EXIT_FAILURE;
  }
  if (error instanceof DomainError) {
    io.err(error.messageIn('zh-CN'));
    io.err(error.messageIn('en-US'));
    io.err(`[${error.code}]`);
    return EXIT_FAILURE;
  }
  if (isDatabaseUnavailable(error)) {
    io.err('无法连接数据库。请检查 DATABASE_URL 以及数据库服务是否在运行。');
    io.err('Cannot reach the database. Check DATABASE_URL and that the database server is running.');
    io.err(`[DB_UNAVAILABLE] ${(error as Error).message}`);
    return EXIT_FAILURE;
  }
  io.err(`命令 ${command.name} 意外失败，详情如下 / The ${command.name} command failed unexpectedly:`);
  io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return EXIT_FAILURE;
}
