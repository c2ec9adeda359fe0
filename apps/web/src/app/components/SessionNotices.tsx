/**
 * Second-factor notices. Administrators must enrol TOTP before administrative pages work (the server refuses
 * with TOTP_ENROLMENT_REQUIRED); in demo mode demo administrators may skip it, and a banner says so.
 */
import type { TMe } from '@chanjiao/contracts/auth';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Result from 'antd/es/result';
import { Link } from 'react-router-dom';
import { TOTP_PATH } from '../auth';
import { useT } from '../i18n';
import { APP_MESSAGES } from '../messages';

export function demoMaySkipTotp(me: TMe): boolean {
  return me.totpEnrolmentRequired && me.demoMode && me.user.isDemo;
}

export function mustEnrolTotp(me: TMe): boolean {
  return me.totpEnrolmentRequired && !demoMaySkipTotp(me);
}

export function DemoTotpBanner() {
  const t = useT(APP_MESSAGES);
  return <Alert type="info" showIcon banner title={t('banner.demoTotp')} style={{ marginBottom: 16 }} />;
}

export function TotpRequiredNotice() {
  const t = useT(APP_MESSAGES);
  return (
    <Result
      status="warning"
      title={t('banner.totpRequired.title')}
      subTitle={t('banner.totpRequired.text')}
      extra={
        <Link to={TOTP_PATH}>
          <Button type="primary">{t('banner.totpRequired.action')}</Button>
        </Link>
      }
    />
  );
}
