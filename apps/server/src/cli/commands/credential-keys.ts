import { openConfiguredDatabase } from '../../bootstrap.js';
import { resolveSecretKey } from '../../kernel/secret.js';
import { systemClock } from '../../kernel/time/clock.js';
import { rotateSigningKey } from '../../modules/resources/index.js';
import type { CliCommand } from '../command.js';
import { cliActor, UsageError } from '../io.js';

/**
 * Rotates the key that signs learning records (e.g. on a suspected leak or on a schedule). The old key is retired,
 * not deleted: it stays in /.well-known/did.json so that every record it signed still verifies.
 */
export const credentialKeysCommand: CliCommand = {
  name: 'credential-keys',
  usage: 'credential-keys rotate',
  summary: {
    zh: '更换学习记录签名密钥（旧密钥继续公布，已签发的记录仍可核验）',
    en: 'Rotate the learning record signing key (the old key stays published, so issued records still verify)',
  },
  options: {},
  async run(args, config, io) {
    if (args.positionals[0] !== 'rotate') throw new UsageError('请指定子命令 rotate', 'Name the subcommand: rotate');
    const database = await openConfiguredDatabase(config, 'cli credential-keys');
    try {
      const keyId = await rotateSigningKey(database.db, cliActor(io.env), resolveSecretKey(config), systemClock.now());
      io.out(`已启用新的签名密钥 ${keyId}；旧密钥已停用，但仍公布在 /.well-known/did.json 中。`);
      io.out(`New signing key ${keyId} is active; the old one is retired and stays published in /.well-known/did.json.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
