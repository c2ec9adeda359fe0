/** The reports of one's unit in open cycles, for its collector, reviewer or principal. */
import { REPORT_LEVELS, REPORT_STATUSES } from '@chanjiao/contracts/reports/index';
import { Button, Card, Table, Tag } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { useMyReports } from '../hooks/reports-api';
import { REPORT_MESSAGES } from '../reports-messages';
import { STATUS_COLORS } from '../status-colors';

const STAGES = ['collect', 'review', 'approve'] as const;

export default function MyReportsPage() {
  const param = useParams().stage;
  const stage = STAGES.find((s) => s === param) ?? 'collect';
  const t = useT(REPORT_MESSAGES);
  const bilingual = useBilingual();
  const navigate = useNavigate();
  const reports = useMyReports();
  return (
    <>
      <PageHeader title={t(`mine.title.${stage}`)} subtitle={t('mine.subtitle')} />
      <Card>
        {reports.isError && <QueryError error={reports.error} onRetry={reports.refetch} />}
        <Table
          rowKey="id"
          size="small"
          loading={reports.isPending}
          dataSource={reports.data?.items ?? []}
          locale={{ emptyText: t('mine.empty') }}
          scroll={{ x: 640 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          onRow={(r) => ({ onClick: () => navigate(`/reports/${r.id}`), style: { cursor: 'pointer' } })}
          columns={[
            { key: 'cycle', title: t('mine.col.cycle'), render: (_, r) => r.cycle.title },
            {
              key: 'org',
              title: t('mine.col.org'),
              render: (_, r) => (
                <>
                  {r.org.name}
                  <div style={{ color: '#888' }}>{bilingual(REPORT_LEVELS[r.level])}</div>
                </>
              ),
            },
            {
              key: 'status',
              title: t('mine.col.status'),
              width: 120,
              render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{bilingual(REPORT_STATUSES[r.status])}</Tag>,
            },
            {
              key: 'open',
              width: 80,
              fixed: 'right',
              render: (_, r) => (
                <Button size="small" type="link" onClick={() => navigate(`/reports/${r.id}`)}>
                  {t('mine.open')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
