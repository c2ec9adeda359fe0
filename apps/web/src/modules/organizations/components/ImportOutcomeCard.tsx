/** Step 3 of the import: what was registered, or why nothing was and where each problem is. */
import { DownloadOutlined } from '@ant-design/icons';
import type { TImportResult, TImportRowError, TImportRowsInvalid } from '@chanjiao/contracts/files';
import { Alert, Button, Card, Flex, Result, Table, type TableProps, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { downloadFile } from '../../../app/api';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { ORG_MESSAGES } from '../messages';

export type ImportOutcome =
  | { kind: 'imported'; result: TImportResult }
  | { kind: 'invalidRows'; report: TImportRowsInvalid }
  /** Refused as a whole: wrong file type, header mismatch, too large, too many rows… */
  | { kind: 'refused'; message: string };

function RowErrors({ report }: { report: TImportRowsInvalid }) {
  const t = useT(ORG_MESSAGES);
  const reportError = useReportError();
  const [downloading, setDownloading] = useState(false);
  const download = async () => {
    setDownloading(true);
    try {
      await downloadFile(`/api/files/${report.reportId}`, undefined, t('import.report.name'));
    } catch (error) {
      reportError(error);
    } finally {
      setDownloading(false);
    }
  };
  const columns: TableProps<TImportRowError>['columns'] = [
    { key: 'row', title: t('import.errors.row'), dataIndex: 'row', width: 80 },
    {
      key: 'column',
      title: t('import.errors.column'),
      width: 180,
      render: (_, problem) => problem.column ?? <Typography.Text type="secondary">{t('import.errors.wholeRow')}</Typography.Text>,
    },
    { key: 'message', title: t('import.errors.message'), dataIndex: 'message' },
  ];
  return (
    <>
      <Alert
        type="error"
        showIcon
        title={t('import.failed.title')}
        description={report.error.message}
        action={
          <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()}>
            {t('import.report.download')}
          </Button>
        }
        style={{ marginBottom: 16 }}
      />
      {report.totalErrors > report.errors.length && (
        <Typography.Paragraph type="secondary">
          {t('import.errors.shown', { shown: report.errors.length, total: report.totalErrors })}
        </Typography.Paragraph>
      )}
      <Table<TImportRowError>
        rowKey={(problem, index) => `${problem.row}:${problem.field ?? ''}:${index}`}
        columns={columns}
        dataSource={report.errors}
        size="small"
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
      />
    </>
  );
}

export function ImportOutcomeCard({ outcome, onAgain }: { outcome: ImportOutcome; onAgain: () => void }) {
  const t = useT(ORG_MESSAGES);
  const again = <Button onClick={onAgain}>{t('import.again')}</Button>;
  const card = useRef<HTMLDivElement>(null);
  // The result appears below the upload box, often below the fold.
  useEffect(() => {
    // A block body: newer browsers return a promise from scrollIntoView, which must not become the cleanup.
    void card.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [outcome]);
  return (
    <Card ref={card} title={`3. ${t('import.step.result')}`}>
      {outcome.kind === 'imported' && (
        <Result
          status="success"
          title={t('import.success.title', { count: outcome.result.imported })}
          subTitle={t('import.success.text', { filename: outcome.result.filename })}
          extra={[
            <Link key="list" to="/orgs">
              <Button type="primary">{t('import.toList')}</Button>
            </Link>,
            <span key="again">{again}</span>,
          ]}
        />
      )}
      {outcome.kind === 'invalidRows' && (
        <Flex vertical gap={16} align="start">
          <div style={{ width: '100%' }}>
            <RowErrors report={outcome.report} />
          </div>
          {again}
        </Flex>
      )}
      {outcome.kind === 'refused' && (
        <>
          <Alert type="error" showIcon title={t('import.failed.title')} description={outcome.message} style={{ marginBottom: 16 }} />
          {again}
        </>
      )}
    </Card>
  );
}
