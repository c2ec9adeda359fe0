/** The reports assigned to the expert for the compliance evaluation. */
import { EVALUATION_STATUSES, REPORT_LEVELS } from '@chanjiao/contracts/reports/index';
import { Button, Card, Table, Tag } from 'antd';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { EVALUATION_COLORS } from '../compliance-colors';
import { COMPLIANCE_MESSAGES } from '../compliance-messages';
import { useMyEvaluations } from '../hooks/compliance-api';

export default function MyEvaluationsPage() {
  const t = useT(COMPLIANCE_MESSAGES);
  const bilingual = useBilingual();
  const navigate = useNavigate();
  const evaluations = useMyEvaluations();
  const open = (id: string) => navigate(`/reports/compliance/evaluations/${id}`);
  return (
    <>
      <PageHeader title={t('mine.title')} subtitle={t('mine.subtitle')} />
      <Card>
        {evaluations.isError && <QueryError error={evaluations.error} onRetry={evaluations.refetch} />}
        <Table
          rowKey="id"
          size="small"
          loading={evaluations.isPending}
          dataSource={evaluations.data?.items ?? []}
          locale={{ emptyText: t('mine.empty') }}
          scroll={{ x: 640 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          onRow={(r) => ({ onClick: () => open(r.id), style: { cursor: 'pointer' } })}
          columns={[
            {
              key: 'org',
              title: t('mine.col.org'),
              render: (_, r) => (
                <>
                  {r.report.org.name}
                  <div style={{ color: '#888', fontSize: 12 }}>{bilingual(REPORT_LEVELS[r.report.level])}</div>
                </>
              ),
            },
            { key: 'cycle', title: t('mine.col.cycle'), render: (_, r) => r.cycle.title },
            {
              key: 'status',
              title: t('mine.col.status'),
              width: 120,
              render: (_, r) => <Tag color={EVALUATION_COLORS[r.status]}>{bilingual(EVALUATION_STATUSES[r.status])}</Tag>,
            },
            {
              key: 'open',
              width: 80,
              fixed: 'right',
              render: (_, r) => (
                <Button size="small" type="link" onClick={() => open(r.id)}>
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
