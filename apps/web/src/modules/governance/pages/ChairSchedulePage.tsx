/** The rotating chair schedule (章程第六、七条): who chairs each year and why; the secretariat plans it. */
import { PlusOutlined } from '@ant-design/icons';
import { CHAIR_SOURCE_LABELS, type TChairSchedule } from '@chanjiao/contracts/governance/chair';
import { CHAIR_ROTATION_BASIS_LABELS } from '@chanjiao/contracts/governance/charter';
import { Alert, App, Button, Card, Empty, Popconfirm, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useReportError } from '../../../app/forms';
import { useBilingual, useLocale, useT } from '../../../app/i18n';
import { CHAIR_MESSAGES } from '../chair-messages';
import { BodyPicker } from '../components/BodyPicker';
import { ChairOverrideModal } from '../components/ChairOverrideModal';
import { ChairPlanForm } from '../components/ChairPlanForm';
import { GOVERNANCE_PAGE_MESSAGES } from '../governance-page-messages';
import { useChairSchedule, useRevokeChairOverride } from '../hooks/chair-api';
import { useBodyChoice } from '../hooks/use-body-choice';

const SOURCE_COLORS = { first: 'gold', override: 'purple', rotation: 'blue', new_round: 'cyan' } as const;

function Overrides({ bodyId, schedule }: { bodyId: string; schedule: TChairSchedule }) {
  const t = useT(CHAIR_MESSAGES);
  const common = useT(GOVERNANCE_PAGE_MESSAGES);
  const locale = useLocale();
  const { message } = App.useApp();
  const reportError = useReportError();
  const revoke = useRevokeChairOverride(bodyId);
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={schedule.overrides}
      locale={{ emptyText: t('override.none') }}
      columns={[
        { key: 'year', title: t('override.year'), dataIndex: 'year', width: 80 },
        { key: 'org', title: t('override.org'), render: (_, row) => row.org.name },
        { key: 'reason', title: t('override.reason'), dataIndex: 'reason' },
        { key: 'decidedOn', title: t('override.decidedOn'), dataIndex: 'decidedOn', width: 120 },
        {
          key: 'recordedBy',
          title: t('override.recordedBy'),
          render: (_, row) => `${row.recordedBy ?? ''} ${formatDateTime(row.createdAt, locale)}`,
        },
        ...(schedule.abilities.manage
          ? [
              {
                key: 'actions',
                title: common('common.actions'),
                width: 90,
                render: (_: unknown, row: TChairSchedule['overrides'][number]) => (
                  <Popconfirm
                    title={t('override.revokeConfirm')}
                    onConfirm={() =>
                      revoke.mutate(row.id, {
                        onSuccess: () => void message.success(common('common.saved')),
                        onError: (error) => reportError(error),
                      })
                    }
                  >
                    <Button size="small" danger>
                      {t('override.revoke')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function Schedule({ bodyId }: { bodyId: string }) {
  const t = useT(CHAIR_MESSAGES);
  const bilingual = useBilingual();
  const schedule = useChairSchedule(bodyId);
  const [overriding, setOverriding] = useState(false);
  if (schedule.isPending) return <Skeleton active />;
  if (schedule.isError) return <QueryError error={schedule.error} onRetry={schedule.refetch} />;
  const data = schedule.data;
  return (
    <>
      {data.abilities.manage && (
        <Card title={t('plan.title')} style={{ marginBottom: 16 }}>
          <ChairPlanForm bodyId={bodyId} schedule={data} />
        </Card>
      )}
      <Card
        title={t('title')}
        style={{ marginBottom: 16 }}
        extra={
          data.abilities.manage &&
          data.plan && (
            <Button icon={<PlusOutlined />} onClick={() => setOverriding(true)}>
              {t('override.add')}
            </Button>
          )
        }
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('rule.inForce', {
            source: t(`rule.source.${data.rule.source}`),
            years: data.rule.termYears,
            city: bilingual(CHAIR_ROTATION_BASIS_LABELS[data.rule.basis]),
          })}
        />
        {data.years.length === 0 ? (
          <Empty description={t('plan.none')} />
        ) : (
          <Table
            rowKey="year"
            size="small"
            pagination={false}
            dataSource={data.years}
            columns={[
              { key: 'year', title: t('table.year'), dataIndex: 'year', width: 80 },
              { key: 'unit', title: t('table.unit'), render: (_, row) => row.org.name },
              { key: 'city', title: t('table.city'), dataIndex: 'city', width: 100 },
              {
                key: 'source',
                title: t('table.source'),
                width: 140,
                render: (_, row) => <Tag color={SOURCE_COLORS[row.source]}>{bilingual(CHAIR_SOURCE_LABELS[row.source])}</Tag>,
              },
              {
                key: 'explanation',
                title: t('table.explanation'),
                render: (_, row) => <Typography.Text type="secondary">{row.explanation}</Typography.Text>,
              },
            ]}
          />
        )}
      </Card>
      <Card title={t('override.title')} style={{ marginBottom: 16 }}>
        <Overrides bodyId={bodyId} schedule={data} />
      </Card>
      <Card title={t('candidates.title', { count: data.candidates.length })}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {data.candidates.map((school) => `${school.name}（${school.city}）`).join('、')}
        </Typography.Paragraph>
      </Card>
      {overriding && <ChairOverrideModal bodyId={bodyId} schedule={data} open={overriding} onClose={() => setOverriding(false)} />}
    </>
  );
}

export default function ChairSchedulePage() {
  const t = useT(CHAIR_MESSAGES);
  const common = useT(GOVERNANCE_PAGE_MESSAGES);
  const { bodyId } = useBodyChoice();
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={<BodyPicker />} />
      {bodyId ? <Schedule bodyId={bodyId} /> : <Empty description={common('body.none')} />}
    </>
  );
}
