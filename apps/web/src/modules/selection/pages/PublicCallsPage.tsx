/** The public page of open calls: anyone can read the notice and its deadline, then sign in to apply. */
import { Button, Card, Collapse, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { useT } from '../../../app/i18n';
import { usePublicCall, usePublicCalls } from '../hooks/use-selection';
import { SELECTION_MESSAGES } from '../messages';

function Notice({ id }: { id: string }) {
  const call = usePublicCall(id);
  return <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{call.data?.noticeText}</Typography.Paragraph>;
}

export default function PublicCallsPage() {
  const t = useT(SELECTION_MESSAGES);
  const calls = usePublicCalls();
  return (
    <div style={{ maxWidth: 960, margin: '24px auto', padding: '0 16px' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={2}>{t('public.title')}</Typography.Title>
        <LanguageSwitch />
      </div>
      <Card>
        <Collapse
          items={(calls.data?.items ?? []).map((call) => ({
            key: call.id,
            label: `${call.title}（${call.documentNumber ?? ''}）— ${call.authority.name} · ${t('app.deadline', { deadline: call.deadline.replace('T', ' ') })}`,
            children: <Notice id={call.id} />,
          }))}
        />
        <Link to="/login">
          <Button type="primary" style={{ marginTop: 16 }}>{t('public.signIn')}</Button>
        </Link>
      </Card>
    </div>
  );
}
