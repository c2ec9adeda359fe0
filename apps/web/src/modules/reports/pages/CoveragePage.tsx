/** A cycle's coverage: per level how many reports are submitted, approved and published, and who is late. */
import { REPORT_LEVELS, REPORT_STAGES, REPORT_STATUSES } from '@chanjiao/contracts/reports/index';
import { Button, Card, Col, Empty, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { ReminderRulesPanel } from '../../notifications';
import { TrainingTableCard } from '../components/TrainingTableCard';
import { useCoverage } from '../hooks/reports-api';
import { REPORT_MESSAGES } from '../reports-messages';
import { STATUS_COLORS } from '../status-colors';

export default function CoveragePage() {
  const t = useT(REPORT_MESSAGES);
  const bilingual = useBilingual();
  const { id } = useParams();
  const coverage = useCoverage(id);
  const data = coverage.data;
  return (
    <>
      <PageHeader
        backTo="/reports/cycles"
        title={data ? data.cycle.title : t('coverage.title')}
        subtitle={
          data && `${t('coverage.title')} · ${t('coverage.today', { date: data.today })} · ${t('report.deadline', data.cycle.deadlines)}`
        }
        actions={
          id && (
            <Space wrap>
              <Link to={`/reports/cycles/${id}/generated`}>
                <Button>{t('generated.open')}</Button>
              </Link>
              <Link to={`/reports/cycles/${id}/registers`}>
                <Button>{t('registers.open')}</Button>
              </Link>
              <Link to={`/reports/cycles/${id}/compliance`}>
                <Button>{t('compliance.open')}</Button>
              </Link>
            </Space>
          )
        }
      />
      {coverage.isError && <QueryError error={coverage.error} onRetry={coverage.refetch} />}
      {data && (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            {data.levels.map((level) => (
              <Col xs={24} md={12} xl={8} key={level.level}>
                <Card size="small" title={bilingual(REPORT_LEVELS[level.level])}>
                  <Row gutter={8}>
                    <Col span={8}>
                      <Statistic title={t('coverage.submitted')} value={`${level.submitted}/${level.participants}`} />
                    </Col>
                    <Col span={8}>
                      <Statistic title={t('coverage.approved')} value={`${level.approved}/${level.participants}`} />
                    </Col>
                    <Col span={8}>
                      <Statistic
                        title={t('coverage.late')}
                        value={level.late}
                        valueStyle={level.late > 0 ? { color: '#cf1322' } : undefined}
                      />
                    </Col>
                  </Row>
                  <Typography.Text type="secondary">
                    {t('coverage.published')} {level.published}/{level.participants}
                  </Typography.Text>
                </Card>
              </Col>
            ))}
          </Row>
          <Card>
            <Table
              rowKey="id"
              size="small"
              dataSource={data.participants}
              locale={{ emptyText: <Empty /> }}
              scroll={{ x: 720 }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              columns={[
                { key: 'org', title: t('coverage.col.org'), render: (_, p) => <Link to={`/reports/${p.id}`}>{p.org.name}</Link> },
                { key: 'level', title: t('coverage.col.level'), width: 170, render: (_, p) => bilingual(REPORT_LEVELS[p.level]) },
                {
                  key: 'status',
                  title: t('coverage.col.status'),
                  width: 120,
                  render: (_, p) => <Tag color={STATUS_COLORS[p.status]}>{bilingual(REPORT_STATUSES[p.status])}</Tag>,
                },
                {
                  key: 'submittedAt',
                  title: t('coverage.col.submittedAt'),
                  width: 120,
                  render: (_, p) => p.submittedAt?.slice(0, 10) ?? '—',
                },
                {
                  key: 'late',
                  title: t('coverage.col.late'),
                  width: 170,
                  render: (_, p) =>
                    p.lateStage ? <Tag color="red">{t('coverage.lateFor', { stage: bilingual(REPORT_STAGES[p.lateStage]) })}</Tag> : '—',
                },
              ]}
            />
          </Card>
          {data.cycle.mayManage && <TrainingTableCard cycleId={data.cycle.id} />}
          <Card title={t('coverage.reminders')} style={{ marginTop: 12 }}>
            <ReminderRulesPanel scope={{ kind: 'cycle', id: data.cycle.id }} />
          </Card>
        </>
      )}
    </>
  );
}
