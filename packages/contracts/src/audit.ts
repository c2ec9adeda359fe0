/** The audit log as the audit administrator (审计管理员) reads, exports and verifies it. */
import { z } from 'zod';
import { pageOf, ZPageQuery } from './common.js';
import { defineErrors } from './errors.js';
import type { Bilingual } from './i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const AUDIT_OUTCOMES = {
  success: l('成功', 'Success'),
  denied: l('拒绝', 'Denied'),
  failure: l('失败', 'Failure'),
} as const;
export type AuditOutcomeName = keyof typeof AUDIT_OUTCOMES;
export const AUDIT_OUTCOME_NAMES = Object.keys(AUDIT_OUTCOMES) as [AuditOutcomeName, ...AuditOutcomeName[]];

/** One export may hold at most this many entries; a larger range is narrowed first. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

/**
 * A day (YYYY-MM-DD, a whole day in Asia/Shanghai: `to` includes it) or an instant with its offset.
 */
const ZTimeBound = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const ZAuditFilter = z.object({
  from: ZTimeBound.optional(),
  to: ZTimeBound.optional(),
  /** A username (any case) or a user id. */
  actor: z.string().trim().max(64).optional(),
  /** An action or an action family: `user.role` matches `user.role.assign` and `user.role.revoke`. */
  action: z.string().trim().max(64).optional(),
  entityType: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(200).optional(),
  outcome: z.enum(AUDIT_OUTCOME_NAMES).optional(),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

export const ZAuditQuery = ZPageQuery.extend(ZAuditFilter.shape);
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  outcome: z.enum(AUDIT_OUTCOME_NAMES),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditPage = pageOf(ZAuditEntry);

export const ZCheckpointMismatch = z.discriminatedUnion('problem', [
  z.object({
    problem: z.literal('entries_missing'),
    lane: z.number().int().nullable(),
    expected: z.number().int(),
    found: z.number().int(),
  }),
  z.object({ problem: z.literal('hash_differs'), lane: z.number().int().nullable(), seq: z.number().int() }),
]);

export const ZAuditVerification = z.object({
  ok: z.boolean(),
  /** Entries whose keyed hash and link were verified. */
  checked: z.number().int(),
  lastId: z.number().int().nullable(),
  /** The first broken entry. */
  break: z
    .object({
      id: z.number().int(),
      problem: z.enum(['prev_hash_mismatch', 'hash_mismatch', 'sequence_gap']),
      lane: z.number().int().nullable().optional(),
    })
    .nullable(),
  /** The newest signed checkpoint and whether the database still holds what it recorded; null when there is none. */
  checkpoint: z
    .object({
      at: z.string().nullable(),
      matched: z.boolean(),
      signature: z.enum(['valid', 'bad_signature', 'unreadable']),
      mismatches: z.array(ZCheckpointMismatch),
    })
    .nullable(),
  /** Entries verified in the archives (`chanjiao audit archive`), and archives that fail verification. */
  archives: z.object({
    checked: z.number().int(),
    problems: z.array(
      z.object({
        file: z.string(),
        problem: z.enum(['bad_signature', 'file_changed', 'chain_broken', 'not_linked']),
        lane: z.number().int().optional(),
      }),
    ),
  }),
});
export type TAuditVerification = z.infer<typeof ZAuditVerification>;

export const AUDIT_ERRORS = defineErrors({
  AUDIT_EXPORT_TOO_LARGE: {
    status: 400,
    message: {
      'zh-CN': '符合条件的审计记录有 {count} 条，超过单次导出上限 {limit} 条；请缩小时间范围或增加筛选条件后再导出',
      'en-US': '{count} audit entries match, more than the {limit} one export may hold; narrow the time range or add filters',
    },
  },
  AUDIT_RANGE_INVERTED: {
    status: 400,
    message: {
      'zh-CN': '开始时间晚于结束时间，请调整时间范围',
      'en-US': 'The start is after the end; correct the time range',
    },
  },
});

export const AUDIT_LABELS: Record<string, Bilingual> = {
  actor: l('操作人', 'Actor'),
  action: l('操作', 'Action'),
  entityType: l('对象类型', 'Entity type'),
  entityId: l('对象编号', 'Entity id'),
  outcome: l('结果', 'Outcome'),
};
