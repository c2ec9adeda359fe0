import { bootstrap } from '../../bootstrap.js';
import { findUserByUsername } from '../../kernel/auth/auth.repository.js';
import { DomainError } from '../../kernel/errors.js';
import { OperationError } from '../../kernel/db/operation-error.js';
import { assignRole, createUser } from '../../modules/accounts/index.js';
import { requiredString } from '../args.js';
import type { CliCommand } from '../command.js';
import { cliActor, type CliIo } from '../io.js';
import { promptHidden } from '../password-prompt.js';

export const ADMIN_PASSWORD_ENV = 'CHANJIAO_ADMIN_PASSWORD';

async function readNewPassword(io: CliIo): Promise<string> {
  const fromEnv = io.env[ADMIN_PASSWORD_ENV];
  if (fromEnv) return fromEnv;
  if (!io.input.isTTY) {
    throw new OperationError(
      'ADMIN_PASSWORD_MISSING',
      `没有终端可输入密码。请在终端中运行，或通过环境变量 ${ADMIN_PASSWORD_ENV} 提供密码。`,
      `There is no terminal to type the password in. Run this in a terminal, or provide it in the ${ADMIN_PASSWORD_ENV} environment variable.`,
    );
  }
  const first = await promptHidden('密码 Password: ', io.input, io.output);
  const second = await promptHidden('再次输入密码 Repeat password: ', io.input, io.output);
  if (first !== second) {
    throw new OperationError('PASSWORDS_DIFFER', '两次输入的密码不一致，请重新运行。', 'The two passwords differ; run the command again.');
  }
  return first;
}

export const createAdminCommand: CliCommand = {
  name: 'create-admin',
  usage: 'create-admin --username <name> [--display-name <name>]',
  summary: {
    zh: `创建系统管理员（密码在终端中输入两次，或取自 ${ADMIN_PASSWORD_ENV}）`,
    en: `Create a platform administrator (password typed twice, or from ${ADMIN_PASSWORD_ENV})`,
  },
  options: { username: { type: 'string' }, 'display-name': { type: 'string' } },
  async run(args, config, io) {
    const username = requiredString(args, 'username').toLowerCase();
    const displayName = typeof args.values['display-name'] === 'string' ? args.values['display-name'].trim() : '';
    const deps = await bootstrap(config, 'cli create-admin');
    try {
      const { db } = deps.database;
      // Checked before asking for a password, so nobody types one twice for nothing.
      if (await findUserByUsername(db, username)) throw new DomainError('USERNAME_TAKEN', { username });
      const password = await readNewPassword(io);
      const actor = cliActor(io.env);
      const user = await createUser(db, config, actor, {
        username,
        displayName: displayName || username,
        password,
        mustChangePassword: false,
        administrator: true,
      });
      await db.transaction((tx) => assignRole(tx, actor, { userId: user.id, role: 'platform_admin', scopeId: null }));
      io.out(`已创建系统管理员 ${user.username}。首次登录后须先绑定动态验证码（TOTP）才能执行管理操作。`);
      io.out(
        `Created the platform administrator ${user.username}. After the first sign-in they must enrol a TOTP authenticator before any administrative action.`,
      );
      return 0;
    } finally {
      await deps.database.close();
    }
  },
};
