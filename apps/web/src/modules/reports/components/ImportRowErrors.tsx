/** A refused import: nothing was written; each problem by row and column, and the error report to download. */
import { DownloadOutlined } from '@ant-design/icons';
import type { TImportRowsInvalid } from '@chanjiao/contracts/files';
import { Alert, Button, Table, Typography } from 'antd';
import { downloadFile } from '../../../app/api';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { REGISTER_MESSAGES } from '../registers-messages';

export function ImportRowErrors({ report, onClose }: { report: TImportRowsInvalid; onClose: () => void }) {
  const t = useT(REGISTER_MESSAGES);
  const reportError = useReportError();
  return (
    <Alert
      type="error"
      showIcon
      closable
      onClose={onClose}
      style={{ marginBottom: 12 }}
      title={t('import.failed')}
      description={
        <>
          <Typography.Paragraph>{report.error.message}</Typography.Paragraph>
          <Button
            size="small"
            icon={<DownloadOutlined />}
            style={{ marginBottom: 8 }}
            onClick={() => void downloadFile(`/api/files/${report.reportId}`, undefined, '错误报告.xlsx').catch(reportError)}
          >
            {t('import.report')}
          </Button>
          {report.totalErrors > report.errors.length && (
            <Typography.Paragraph type="secondary">
              {t('import.more', { shown: report.errors.length, total: report.totalErrors })}
            </Typography.Paragraph>
          )}
          <Table
            size="small"
            rowKey={(problem) => `${problem.row}:${problem.field ?? ''}:${problem.message}`}
            dataSource={report.errors}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 480 }}
            columns={[
              { key: 'row', title: t('import.row'), dataIndex: 'row', width: 60 },
              { key: 'column', title: t('import.column'), width: 110, render: (_, p) => p.column ?? '—' },
              { key: 'message', title: t('import.message'), dataIndex: 'message' },
            ]}
          />
        </>
      }
    />
  );
}
