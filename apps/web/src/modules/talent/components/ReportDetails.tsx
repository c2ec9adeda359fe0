/** One report: its number and state, the downloads, publication and withdrawal, the text, the charts and the tables. */
import { TALENT_REPORT_KINDS, TALENT_REPORT_STATUSES, type TalentReportStatus, type TTalentReport } from '@chanjiao/contracts/talent/index';
import { Alert, App, Button, Card, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../../../app/api';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useTalentReport, useTalentReportActions } from '../hooks/reports-api';
import { REPORT_MESSAGES } from '../report-messages';
import { ReasonModal } from './ReasonModal';
import { ReportCharts } from './ReportCharts';
import { ReportSectionsCard } from './ReportSectionsCard';
import { ReportTables } from './ReportTables';

const STATUS_COLORS: Record<TalentReportStatus, string> = { draft: 'default', published: 'green', withdrawn: 'red' };

function Actions({ report, onRemoved }: { report: TTalentReport; onRemoved: () => void }) {
  const t = useT(REPORT_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const actions = useTalentReportActions(report.body.id);
  const [withdrawing, setWithdrawing] = useState(false);
  const path = `/api/bodies/${report.body.id}/talent/reports/${report.id}/document`;
  const download = (format: 'docx' | 'pdf') => downloadFile(`${path}.${format}`, undefined, `${report.title}.${format}`).catch(reportError);
  const version = { reportId: report.id, version: report.version };
  return (
    <Space wrap>
      <Button onClick={() => void download('docx')}>{t('docx')}</Button>
      <Button onClick={() => void download('pdf')}>{t('pdf')}</Button>
      {report.abilities.publish && (
        <Popconfirm
          title={t('publish.confirm')}
          onConfirm={() =>
            actions.publish.mutate(version, {
              onSuccess: (published) => void message.success(t('published', { number: published.numberLabel })),
              onError: (error) => reportError(error),
            })
          }
        >
          <Button type="primary" loading={actions.publish.isPending}>
            {t('publish')}
          </Button>
        </Popconfirm>
      )}
      {report.abilities.publish && (
        <Popconfirm
          title={t('remove.confirm')}
          onConfirm={() =>
            actions.remove.mutate(version, {
              onSuccess: () => (void message.success(t('removed')), onRemoved()),
              onError: (error) => reportError(error),
            })
          }
        >
          <Button danger>{t('remove')}</Button>
        </Popconfirm>
      )}
      {report.abilities.withdraw && (
        <Button danger onClick={() => setWithdrawing(true)}>
          {t('withdraw')}
        </Button>
      )}
      {withdrawing && (
        <ReasonModal
          title={t('withdraw.title')}
          version={report.version}
          pending={actions.withdraw.isPending}
          onClose={() => setWithdrawing(false)}
          onSubmit={(reason) =>
            actions.withdraw.mutate(
              { ...version, reason },
              { onSuccess: () => setWithdrawing(false), onError: (error) => reportError(error) },
            )
          }
        />
      )}
    </Space>
  );
}

export function ReportDetails({ bodyId, reportId, onRemoved }: { bodyId: string; reportId: string; onRemoved: () => void }) {
  const t = useT(REPORT_MESSAGES);
  const bilingual = useBilingual();
  const query = useTalentReport(bodyId, reportId);
  if (query.isError) return <QueryError error={query.error} onRetry={query.refetch} />;
  if (!query.data) return <Card loading />;
  const report = query.data;
  const [first, last] = [report.figures.years[0], report.figures.years.at(-1)];
  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex vertical gap={8}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {report.title}
          </Typography.Title>
          <Space wrap size={[8, 4]}>
            <Tag color="blue">{bilingual(TALENT_REPORT_KINDS[report.kind])}</Tag>
            <Tag color={STATUS_COLORS[report.status]}>{bilingual(TALENT_REPORT_STATUSES[report.status])}</Tag>
            <Typography.Text strong data-testid="report-number">
              {report.numberLabel ?? t('status.unpublished')}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('period')} {report.firstDay} — {report.lastDay}
            </Typography.Text>
          </Space>
          <Typography.Text type="secondary">
            {report.publishedOn ? t('frozen', { date: report.figures.asOf }) : t('asOf', { date: report.figures.asOf, first, last })}
          </Typography.Text>
          {report.status === 'withdrawn' && (
            <Alert type="warning" showIcon message={t('withdrawn', { date: report.withdrawnOn, reason: report.withdrawnReason })} />
          )}
          <Actions report={report} onRemoved={onRemoved} />
        </Flex>
      </Card>
      <ReportSectionsCard report={report} />
      <ReportCharts figures={report.figures} />
      <ReportTables figures={report.figures} titles />
    </Flex>
  );
}
