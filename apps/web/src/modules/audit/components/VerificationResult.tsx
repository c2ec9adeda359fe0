/** The outcome of "校验审计链": intact up to which entry, or where the chain breaks and what to do about it. */
import type { TAuditVerification } from '@chanjiao/contracts/audit';
import { Alert, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { AUDIT_MESSAGES } from '../messages';

export function VerificationResult({ result, onClose }: { result: TAuditVerification; onClose: () => void }) {
  const t = useT(AUDIT_MESSAGES);
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
          <Typography.Text type="secondary">{t('verify.recorded')}</Typography.Text>
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
