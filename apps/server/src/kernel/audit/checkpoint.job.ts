/**
 * Writes a signed checkpoint of the audit chain every 15 minutes (AUDIT_CHECKPOINT_DIR): removing the newest
 * entries is then visible against the last checkpoint, at most 15 minutes old. Running twice only writes
 * two checkpoints of the same chain.
 */
import { defineRecurringJob } from '../jobs/job-definition.js';
import { installAuditKeys } from './audit-keys.js';
import { writeCheckpoint } from './audit-checkpoint.js';

export const AUDIT_CHECKPOINT_EVERY_MINUTES = 15;

export const auditCheckpointJob = defineRecurringJob({
  name: 'audit.checkpoint',
  title: { 'zh-CN': '签署审计链检查点', 'en-US': 'Sign an audit chain checkpoint' },
  schedule: { everyMinutes: AUDIT_CHECKPOINT_EVERY_MINUTES },
  handler: async ({ db, deps, now }) => {
    await writeCheckpoint(db, deps.config.audit.checkpointDir, installAuditKeys(deps.secretKey), now);
  },
});
