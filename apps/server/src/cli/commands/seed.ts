import { bootstrap } from '../../bootstrap.js';
import { DEMO_PASSWORD, seedDemo } from '../../demo/index.js';
import { OperationError } from '../../kernel/db/operation-error.js';
import type { CliCommand } from '../command.js';

export const seedCommand: CliCommand = {
  name: 'seed',
  usage: 'seed',
  summary: { zh: '载入演示数据和演示账号（可重复运行）', en: 'Load the demo data and demo accounts (safe to repeat)' },
  options: {},
  async run(_args, config, io) {
    if (config.env === 'production') {
      throw new OperationError(
        'DEMO_IN_PRODUCTION',
        '生产环境（NODE_ENV=production）不能载入演示数据：演示账号的密码是公开的。',
        'Demo data cannot be loaded in production (NODE_ENV=production): the demo accounts have a published password.',
      );
    }
    const deps = await bootstrap(config, 'cli seed');
    try {
      const accounts = await seedDemo(deps);
      io.out(`演示数据已就绪（${deps.database.kind}）。演示账号（密码均为 ${DEMO_PASSWORD}）：`);
      io.out(`Demo data is in place (${deps.database.kind}). Demo accounts (password for all: ${DEMO_PASSWORD}):`);
      for (const account of accounts) io.out(`  ${account.username.padEnd(22)} ${account.description}`);
      return 0;
    } finally {
      await deps.database.close();
    }
  },
};
