/** A background job that failed for good becomes a message to the platform administrators. */
import { SYSTEM_ACTOR } from '../../kernel/audit/audit.service.js';
import type { AppDeps } from '../../kernel/deps.js';
import type { FailedJob } from '../../kernel/jobs/index.js';
import { notify } from './notify.service.js';

export async function alertJobFailure(deps: AppDeps, failure: FailedJob): Promise<void> {
  await deps.database.db.transaction((tx) =>
    notify(tx, SYSTEM_ACTOR, {
      kind: 'system.job_failed',
      params: { job: failure.title['zh-CN'], attempts: failure.attempts, error: failure.error.slice(0, 500) || '—' },
      recipients: [{ role: 'platform_admin', scopeId: null }],
      link: { path: '/admin/jobs', recordType: 'job', recordId: failure.id },
      dedupeKey: `job-failed:${failure.id}:${failure.now.toISOString()}`,
    }),
  );
}
