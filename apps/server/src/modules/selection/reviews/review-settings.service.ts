/**
 * A call's review settings: the published scoring rule (mean / median / trimmed mean and the tie-break), the
 * assignment limits (K reviews per application, at most L per expert), whether applicants read the comments, and the
 * last day experts score, which they are reminded of (selection-reminders.ts).
 * Until the authority saves them, a call uses the defaults (version 0); publication freezes them.
 */
import {
  DEFAULT_ASSIGNMENT_LIMITS,
  DEFAULT_SCORING_RULE,
  type TResultNotice,
  type TReviewSettings,
  type TReviewSettingsUpdate,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError } from '../../../kernel/errors.js';
import { formatShanghai } from '../../../kernel/time/shanghai.js';
import { requireCall } from '../calls/calls.service.js';
import * as repo from './reviews.repository.js';

export interface EffectiveSettings extends TReviewSettings {
  version: number;
  publishedAt: Date | null;
  notice: TResultNotice | null;
}

export async function settingsOf(db: Executor, callId: string): Promise<EffectiveSettings> {
  const row = await repo.findSettings(db, callId);
  if (!row) {
    return {
      scoringRule: DEFAULT_SCORING_RULE,
      limits: DEFAULT_ASSIGNMENT_LIMITS,
      commentsVisibleToApplicants: false,
      scoresDueOn: null,
      version: 0,
      publishedAt: null,
      notice: null,
    };
  }
  return {
    scoringRule: row.scoringRule,
    limits: row.limits,
    commentsVisibleToApplicants: row.commentsVisibleToApplicants,
    scoresDueOn: row.scoresDueOn,
    version: row.version,
    publishedAt: row.publishedAt,
    notice: row.notice,
  };
}

export function assertNotPublished(settings: { publishedAt: Date | null }): void {
  if (settings.publishedAt) throw new DomainError('RESULTS_PUBLISHED', { publishedAt: formatShanghai(settings.publishedAt, 'minute') });
}

export async function updateSettings(db: Executor, actor: Actor, callId: string, input: TReviewSettingsUpdate): Promise<void> {
  const current = await settingsOf(db, callId);
  assertNotPublished(current);
  if (current.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: current.version });
  if (input.scoresDueOn) assertScoringAfterClosing(input.scoresDueOn, (await requireCall(db, callId)).deadlineLocal);
  const { version, ...values } = input;
  await db.transaction(async (tx) => {
    await bumpResultsVersion(tx, callId, version, values);
    await recordAudit(tx, actor, {
      action: 'selection.review.settings',
      entityType: 'selection_call',
      entityId: callId,
      details: {
        before: {
          scoringRule: current.scoringRule,
          limits: current.limits,
          comments: current.commentsVisibleToApplicants,
          scoresDueOn: current.scoresDueOn,
        },
        after: values,
      },
    });
  });
}

/** Experts score the 推荐书 once the call has closed: the last day of scoring cannot come before the closing day. */
function assertScoringAfterClosing(scoresDueOn: string, deadlineLocal: string): void {
  const closesOn = deadlineLocal.slice(0, 10);
  if (scoresDueOn >= closesOn) return;
  throw new DomainError('VALIDATION_FAILED', {}, [
    {
      path: 'scoresDueOn',
      message: bilingual(
        `『评分截止日期』不能早于申报截止日 ${closesOn}`,
        `“Scores due on” cannot be before the day applications close, ${closesOn}`,
      ),
    },
  ]);
}

/**
 * Every change to a call's review settings or results moves one version (optimistic locking over the results
 * page); the first change writes the defaults with it.
 */
export async function bumpResultsVersion(
  tx: Executor,
  callId: string,
  version: number,
  changes: Partial<Omit<repo.SettingsRow, 'callId' | 'version' | 'updatedAt'>>,
): Promise<void> {
  const saved =
    version === 0
      ? await repo.insertSettings(tx, {
          callId,
          scoringRule: DEFAULT_SCORING_RULE,
          limits: DEFAULT_ASSIGNMENT_LIMITS,
          commentsVisibleToApplicants: false,
          ...changes,
        })
      : await repo.updateSettingsAtVersion(tx, callId, version, changes);
  if (!saved) throw new DomainError('VERSION_CONFLICT', { current: (await repo.findSettings(tx, callId))?.version ?? 0 });
}
