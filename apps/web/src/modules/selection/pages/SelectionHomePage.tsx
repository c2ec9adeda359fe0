/** 遴选: open calls for everyone, the organisation's own applications, and the calls an authority issued. */
import { PlusOutlined } from '@ant-design/icons';
import type { TApplicationSummary } from '@chanjiao/contracts/selection/index';
import { Button, Card, Table, Tabs, Tag } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useCan } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatDateTime } from '../../../app/format';
import { useLocale, useT } from '../../../app/i18n';
import { CallPhaseTag } from '../components/CallPhaseTag';
import { CallsTable } from '../components/CallsTable';
import { StartApplication } from '../components/StartApplication';
import { StatusTag } from '../components/StatusTag';
import { useManagedCalls, useMyApplications, usePublicCalls } from '../hooks/use-selection';
import { SELECTION_MESSAGES } from '../messages';

export default function SelectionHomePage() {
  const t = useT(SELECTION_MESSAGES);
  const locale = useLocale();
  const can = useCan();
  const navigate = useNavigate();
  const applies = can('selection.application.edit');
  const manages = can('selection.call.manage');
  const open = usePublicCalls();
  const mine = useMyApplications(applies);
  const managed = useManagedCalls(manages);
  const tabs = [
    {
      key: 'open',
      label: t('tab.open'),
      // Only what takes applications now; closed and published calls are on the public page and under 本单位的推荐书.
      children: (
        <CallsTable
          calls={(open.data?.items ?? []).filter((call) => call.phase === 'open')}
          loading={open.isPending}
          action={applies ? (call) => <StartApplication call={call} /> : undefined}
        />
      ),
    },
    ...(applies
      ? [
          {
            key: 'mine',
            label: t('tab.mine'),
            children: (
              <Table<TApplicationSummary>
                rowKey="id"
                loading={mine.isPending}
                dataSource={mine.data?.items ?? []}
                pagination={false}
                columns={[
                  { title: t('app.consortium'), render: (_, a) => <Link to={`/selection/applications/${a.id}`}>{a.consortiumName}</Link> },
                  { title: t('call.title'), dataIndex: 'callTitle' },
                  { title: t('app.park'), dataIndex: 'parkName' },
                  { title: t('call.status'), render: (_, a) => <StatusTag status={a.status} /> },
                  { title: t('call.phase'), render: (_, a) => <CallPhaseTag phase={a.callPhase} /> },
                  { title: t('app.updatedAt'), render: (_, a) => formatDateTime(a.updatedAt, locale) },
                  {
                    title: '',
                    render: (_, a) => a.resultPublished && <Link to={`/selection/applications/${a.id}/result`}>{t('app.result')}</Link>,
                  },
                ]}
              />
            ),
          },
        ]
      : []),
    ...(manages
      ? [
          {
            key: 'managed',
            label: t('tab.managed'),
            children: (
              <CallsTable
                calls={managed.data?.items ?? []}
                loading={managed.isPending}
                action={(call) => (
                  <>
                    <Link to={`/selection/calls/${call.id}`}>{t('app.view')}</Link>{' '}
                    <Tag>
                      {call.submittedCount}/{call.applicationCount}
                    </Tag>
                  </>
                )}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader
        title={t('home.title')}
        subtitle={t('home.subtitle')}
        actions={
          manages && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/selection/calls/new')}>
              {t('call.new')}
            </Button>
          )
        }
      />
      <Card>
        <Tabs items={tabs} defaultActiveKey={manages ? 'managed' : applies ? 'mine' : 'open'} />
      </Card>
    </>
  );
}
