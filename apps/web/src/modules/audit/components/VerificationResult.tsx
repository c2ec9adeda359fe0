/**
 * The outcome of "校验审计链": intact up to which entry, or where the chain breaks and what to do about it;
 * and whether the database still holds what the newest signed checkpoint recorded.
 */
import type { TAuditVerification } from '@chanjiao/contracts/audit';
import { Alert, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { AUDIT_MESSAGES } from '../messages';

type Checkpoint = NonNullable<TAuditVerification['checkpoint']>;

function useCheckpointLines(checkpoint: TAuditVerification['checkpoint']): string[] {
  const t = useT(AUDIT_MESSAGES);
  if (!checkpoint) return [t('verify.checkpoint.none')];
  const at = checkpoint.at ?? '';
  if (checkpoint.signature !== 'valid') return [t(`verify.checkpoint.${checkpoint.signature}`)];
  if (checkpoint.matched) return [t('verify.checkpoint.matched', { at })];
  const laneName = (lane: number | null) => (lane === null ? t('verify.legacy') : t('verify.lane', { lane }));
  return checkpoint.mismatches.map((mismatch: Checkpoint['mismatches'][number]) =>
    mismatch.problem === 'entries_missing'
      ? t('verify.checkpoint.entries_missing', { at, lane: laneName(mismatch.lane), found: mismatch.found, expected: mismatch.expected })
      : t('verify.checkpoint.hash_differs', { at, lane: laneName(mismatch.lane), seq: mismatch.seq }),
  );
}

export function VerificationResult({ result, onClose }: { result: TAuditVerification; onClose: () => void }) {
  const t = useT(AUDIT_MESSAGES);
  const checkpointLines = [
    ...useCheckpointLines(result.checkpoint),
    ...result.archives.problems.map((problem) => t('verify.archive.problem', { file: problem.file })),
  ];
  const text = result.break
    ? t('verify.broken', { id: result.break.id, checked: result.checked, problem: t(`verify.problem.${result.break.problem}`) })
    : result.checked === 0
      ? t('verify.empty')
      : t('verify.ok', { checked: result.checked, lastId: result.lastId ?? '' });
  return (
    <Alert
      type={result.ok ? 'success' : 'error'}
      showIcon
      closable
      onClose={onClose}
      title={t(result.ok ? 'verify.title.ok' : 'verify.title.broken')}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>{text}</Typography.Paragraph>
          {checkpointLines.map((line) => (
            <Typography.Paragraph key={line} style={{ marginBottom: 4 }}>
              {line}
            </Typography.Paragraph>
          ))}
          <Typography.Text type="secondary">{t('verify.recorded')}</Typography.Text>
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
