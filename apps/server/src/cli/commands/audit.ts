import { openConfiguredDatabase } from '../../bootstrap.js';
import { auditKeys, publicKeyPem } from '../../kernel/audit/audit-keys.js';
import { archiveAuditLog } from '../../kernel/audit/audit-archive.js';
import { writeCheckpoint } from '../../kernel/audit/audit-checkpoint.js';
import type { ChainProblem } from '../../kernel/audit/audit.rules.js';
import { type CheckpointCheck, type CheckpointMismatch, verifyAuditChain } from '../../kernel/audit/audit.verify.js';
import type { AppConfig } from '../../kernel/config.js';
import { openDatabase } from '../../kernel/db/database.js';
import { plainDate } from '../../kernel/time/calendar.js';
import { systemClock } from '../../kernel/time/clock.js';
import { formatShanghai, shanghaiDayStart, shanghaiToday } from '../../kernel/time/shanghai.js';
import type { CliCommand } from '../command.js';
import { cliActor, type CliIo, UsageError } from '../io.js';

const PROBLEMS: Record<ChainProblem, { zh: string; en: string }> = {
  prev_hash_mismatch: {
    zh: '与前一条记录的哈希不衔接（有记录被删除、插入或调换）',
    en: 'it does not link to the previous entry’s hash (an entry was removed, inserted or reordered)',
  },
  hash_mismatch: {
    zh: '内容与其密钥哈希不符（该记录被修改过，或由不掌握密钥者伪造）',
    en: 'its content does not match its keyed hash (the entry was altered, or forged by someone without the key)',
  },
  sequence_gap: {
    zh: '链道中的序号不连续（有记录被删除）',
    en: 'its position in the lane does not follow the previous one (entries were removed)',
  },
};

const SUBCOMMANDS = ['verify', 'checkpoint', 'public-key', 'archive'] as const;

function laneName(lane: number | null): { zh: string; en: string } {
  return lane === null
    ? { zh: '早期（未加密钥）记录段', en: 'the entries written before the chain was keyed' }
    : { zh: `链道 ${lane}`, en: `lane ${lane}` };
}

function mismatchLine(mismatch: CheckpointMismatch): { zh: string; en: string } {
  const lane = laneName(mismatch.lane);
  return mismatch.problem === 'entries_missing'
    ? {
        zh: `${lane.zh}只到第 ${mismatch.found} 条，而检查点记录了 ${mismatch.expected} 条：最新的记录被删除了`,
        en: `${lane.en} ends at entry ${mismatch.found} but the checkpoint recorded ${mismatch.expected}: the newest entries were removed`,
      }
    : {
        zh: `${lane.zh}第 ${mismatch.seq} 条记录与检查点记录的哈希不同：该链道被改写过`,
        en: `entry ${mismatch.seq} of ${lane.en} differs from the hash the checkpoint recorded: the lane was rewritten`,
      };
}

function reportCheckpoint(check: CheckpointCheck | null, dir: string, io: CliIo): void {
  if (!check) {
    io.out(`检查点：${dir} 中尚无检查点；请运行 chanjiao audit checkpoint 并由审计方保存检查点目录。`);
    io.out(`Checkpoint: none in ${dir} yet; run chanjiao audit checkpoint and have the auditor keep the directory.`);
    io.out('checkpoint: none');
    return;
  }
  if (check.matched) {
    io.out(`检查点相符：${check.file}（${check.at}）记录的内容仍完整地在数据库中。`);
    io.out(`Checkpoint matched: what ${check.file} (${check.at}) recorded is still in the database.`);
    io.out('checkpoint: matched');
    return;
  }
  if (check.signature !== 'valid') {
    io.err(`检查点 ${check.file} 的签名无效或文件不可读：它不是由本平台的密钥签署的，或已被改动。`);
    io.err(
      `Checkpoint ${check.file} has an invalid signature or cannot be read: it was not signed with this platform’s key, or was altered.`,
    );
  }
  for (const mismatch of check.mismatches) {
    const line = mismatchLine(mismatch);
    io.err(`检查点不符（${check.file}）：${line.zh}。`);
    io.err(`Checkpoint not matched (${check.file}): ${line.en}.`);
  }
  io.err('checkpoint: not-matched');
}

export const auditCommand: CliCommand = {
  name: 'audit',
  usage: 'audit verify | audit checkpoint | audit public-key | audit archive',
  summary: {
    zh: '校验审计日志的密钥哈希链并与最近的签名检查点比对（不符时以代码 1 退出）；签署检查点；输出检查点公钥；归档超过保存期限（AUDIT_RETENTION_MONTHS）的记录',
    en: 'Verify the audit log’s keyed hash chain against the last signed checkpoint (exit 1 when broken); sign a checkpoint; print the checkpoints’ public key; archive entries older than AUDIT_RETENTION_MONTHS',
  },
  options: {},
  async run(args, config, io) {
    const sub = args.positionals[0] as (typeof SUBCOMMANDS)[number] | undefined;
    if (!sub || !SUBCOMMANDS.includes(sub) || args.positionals.length > 1) {
      throw new UsageError(
        'audit 命令需要子命令 verify、checkpoint、public-key 或 archive',
        'The audit command needs the subcommand verify, checkpoint, public-key or archive',
      );
    }
    const keys = auditKeys();
    if (sub === 'public-key') {
      io.out(publicKeyPem(keys).trimEnd());
      return 0;
    }
    const dir = config.audit.checkpointDir;
    if (sub === 'archive') return archive(config, io);
    // Opened without migrating: verification only reads and must not change what it checks.
    const database = await openConfiguredDatabase(config, `cli audit ${sub}`);
    try {
      if (sub === 'checkpoint') {
        const { file, checkpoint } = await writeCheckpoint(database.db, dir, keys, systemClock.now());
        io.out(`已签署检查点：${file}（${checkpoint.entries} 条记录，${checkpoint.lanes.length} 条链道）。`);
        io.out(`Checkpoint signed: ${file} (${checkpoint.entries} entries, ${checkpoint.lanes.length} lanes).`);
        return 0;
      }
      const result = await verifyAuditChain(database.db, { keys, checkpointDir: dir });
      if (result.break) {
        const brokenId = result.break.id;
        const problem = PROBLEMS[result.break.problem];
        const lane = laneName(result.break.lane ?? null);
        io.err(
          `审计链在记录 #${brokenId}（${lane.zh}）处断裂：${problem.zh}。已校验 ${result.checked} 条记录完好。请保全数据库并调查该记录。`,
        );
        io.err(
          `The audit chain is broken at entry #${brokenId} (${lane.en}): ${problem.en}. ${result.checked} entries verified intact. Preserve the database and investigate that entry.`,
        );
      } else {
        io.out(`审计链完整：已校验 ${result.checked} 条记录（${result.lanes.length} 条链道）。`);
        io.out(`The audit chain is intact: ${result.checked} entries verified (${result.lanes.length} lanes).`);
      }
      reportCheckpoint(result.checkpoint, dir, io);
      for (const problem of result.archives.problems) {
        io.err(
          `归档 ${problem.file} 未通过校验（${problem.problem}${problem.lane === undefined ? '' : `，链道 ${problem.lane}`}）：归档文件或其签名边界被改动、缺失或不衔接。`,
        );
        io.err(
          `Archive ${problem.file} fails verification (${problem.problem}${problem.lane === undefined ? '' : `, lane ${problem.lane}`}): an archive file or its signed boundary was altered, is missing or does not link up.`,
        );
      }
      io.out(`entries-verified: ${result.checked}`);
      if (result.break) io.err(`broken-entry-id: ${result.break.id}`);
      else io.out('broken-entry-id: none');
      return result.ok ? 0 : 1;
    } finally {
      await database.close();
    }
  },
};

/** Through the owner's connection (DATABASE_MIGRATION_URL), the only role the delete trigger lets remove rows. */
async function archive(config: AppConfig, io: CliIo): Promise<number> {
  const { migrationUrl } = config.database;
  const database = migrationUrl
    ? await openDatabase({ url: migrationUrl, poolSize: 1 })
    : await openConfiguredDatabase(config, 'cli audit archive');
  try {
    const months = config.audit.retentionMonths;
    const before = shanghaiDayStart(plainDate(shanghaiToday(systemClock)).subtract({ months }).toString());
    const archived = await archiveAuditLog(database.db, cliActor(io.env), {
      dir: config.audit.checkpointDir,
      keys: auditKeys(),
      before,
      at: systemClock.now(),
    });
    if (!archived) {
      io.out(`没有早于 ${formatShanghai(before)}（保存 ${months} 个月）的记录需要归档。`);
      io.out(`No entries older than ${formatShanghai(before)} (kept ${months} months) to archive.`);
      return 0;
    }
    const entries = archived.manifest.lanes.reduce((sum, lane) => sum + lane.entries, 0);
    io.out(
      `已将 ${entries} 条早于 ${formatShanghai(before)} 的记录（${archived.manifest.lanes.length} 条链道）连同签名边界归档到 ${archived.file}，并从数据库中移除。`,
    );
    io.out(
      `Archived ${entries} entries older than ${formatShanghai(before)} (${archived.manifest.lanes.length} lanes) with their signed boundary to ${archived.file}, and removed them from the database.`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
