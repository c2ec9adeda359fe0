import { openConfiguredDatabase } from '../../bootstrap.js';
import type { ChainBreak } from '../../kernel/audit/audit.rules.js';
import { verifyAuditChain } from '../../kernel/audit/audit.verify.js';
import type { CliCommand } from '../command.js';
import { UsageError } from '../io.js';

const PROBLEMS: Record<ChainBreak['problem'], { zh: string; en: string }> = {
  prev_hash_mismatch: {
    zh: '与前一条记录的哈希不衔接（有记录被删除、插入或调换）',
    en: 'it does not link to the previous entry’s hash (an entry was removed, inserted or reordered)',
  },
  hash_mismatch: {
    zh: '内容与其哈希不符（该记录被修改过）',
    en: 'its content does not match its hash (the entry was altered)',
  },
};

export const auditCommand: CliCommand = {
  name: 'audit',
  usage: 'audit verify',
  summary: {
    zh: '校验审计日志哈希链；断裂时以代码 1 退出并给出断点记录编号',
    en: 'Verify the audit log hash chain; exits 1 and names the broken entry when it is broken',
  },
  options: {},
  async run(args, config, io) {
    if (args.positionals[0] !== 'verify' || args.positionals.length > 1) {
      throw new UsageError('audit 命令需要子命令 verify', 'The audit command needs the subcommand verify');
    }
    // Opened without migrating: verification only reads and must not change what it checks.
    const database = await openConfiguredDatabase(config, 'cli audit verify');
    try {
      const result = await verifyAuditChain(database.db);
      if (result.ok) {
        io.out(`审计链完整：已校验 ${result.checked} 条记录。`);
        io.out(`The audit chain is intact: ${result.checked} entries verified.`);
        return 0;
      }
      const brokenId = result.break!.id;
      const problem = PROBLEMS[result.break!.problem];
      io.err(`审计链在记录 #${brokenId} 处断裂：${problem.zh}。此前 ${result.checked} 条记录完好。请保全数据库并调查该记录。`);
      io.err(`The audit chain is broken at entry #${brokenId}: ${problem.en}. The ${result.checked} entries before it are intact. Preserve the database and investigate that entry.`);
      io.err(`broken-entry-id: ${brokenId}`);
      return 1;
    } finally {
      await database.close();
    }
  },
};
