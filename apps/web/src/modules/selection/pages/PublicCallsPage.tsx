/**
 * The public page of calls, readable without signing in, in three parts that never mix: calls open for
 * applications (with the notice and a sign-in to apply), calls whose deadline has passed, and calls whose
 * results are published with their 公示.
 */
import type { CallPhase, TCallSummary } from '@chanjiao/contracts/selection/index';
import { Button, Card, Collapse, Empty, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { useT } from '../../../app/i18n';
import { CallPhaseTag } from '../components/CallPhaseTag';
import { PublicResults } from '../components/PublicResults';
import { usePublicCall, usePublicCalls } from '../hooks/use-selection';
import { SELECTION_MESSAGES } from '../messages';

function Notice({ id }: { id: string }) {
  const call = usePublicCall(id);
  return <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{call.data?.noticeText}</Typography.Paragraph>;
}

const SECTIONS: { phase: CallPhase; title: 'public.open' | 'public.closed' | 'public.published' }[] = [
  { phase: 'open', title: 'public.open' },
  { phase: 'closed', title: 'public.closed' },
  { phase: 'published', title: 'public.published' },
];

function CallLabel({ call }: { call: TCallSummary }) {
  const t = useT(SELECTION_MESSAGES);
  return (
    <Space wrap size={[8, 0]}>
      <CallPhaseTag phase={call.phase} />
      <Typography.Text strong>{call.title}</Typography.Text>
      {call.documentNumber && <Typography.Text type="secondary">{call.documentNumber}</Typography.Text>}
      <Typography.Text type="secondary">
        {call.authority.name} · {t('app.deadline', { deadline: call.deadline.replace('T', ' ') })}
      </Typography.Text>
    </Space>
  );
}

function Section({ phase, title, calls }: { phase: CallPhase; title: (typeof SECTIONS)[number]['title']; calls: TCallSummary[] }) {
  const t = useT(SELECTION_MESSAGES);
  return (
    <Card title={t(title)} style={{ marginBottom: 16 }} data-phase={phase}>
      {calls.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('public.none')} />
      ) : (
        <Collapse
          defaultActiveKey={phase === 'published' ? calls.map((call) => call.id) : undefined}
          items={calls.map((call) => ({
            key: call.id,
            label: <CallLabel call={call} />,
            children:
              phase === 'published' ? (
                <PublicResults callId={call.id} />
              ) : (
                <>
                  {phase === 'closed' && <Typography.Paragraph type="secondary">{t('public.closedHint')}</Typography.Paragraph>}
                  <Notice id={call.id} />
                </>
              ),
          }))}
        />
      )}
      {phase === 'open' && calls.length > 0 && (
        <Link to="/login">
          <Button type="primary" style={{ marginTop: 16 }}>
            {t('public.signIn')}
          </Button>
        </Link>
      )}
    </Card>
  );
}

export default function PublicCallsPage() {
  const t = useT(SELECTION_MESSAGES);
  const calls = usePublicCalls();
  const items = calls.data?.items ?? [];
  return (
    <div style={{ maxWidth: 960, margin: '24px auto', padding: '0 16px' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Title level={2}>{t('public.title')}</Typography.Title>
        <LanguageSwitch />
      </div>
      {SECTIONS.map((section) => (
        <Section key={section.phase} {...section} calls={items.filter((call) => call.phase === section.phase)} />
      ))}
    </div>
  );
}
