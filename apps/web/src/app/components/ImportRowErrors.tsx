/**
 * Why an Excel import registered nothing: the server's summary, the first problems by row and column, and the
 * error report it kept (every problem, beside the rows of the uploaded file) to download, correct and upload again.
 */
import { DownloadOutlined } from '@ant-design/icons';
import type { TImportRowError, TImportRowsInvalid } from '@chanjiao/contracts/files';
import { Alert, Button, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../api';
import { useReportError } from '../forms';
import { defineMessages, useT } from '../i18n';

const IMPORT_MESSAGES = defineMessages({
  'import.failed.title': ['未导入任何数据', 'Nothing was imported'],
  'import.errors.shown': [
    '下表列出前 {shown} 个问题（共 {total} 个）；错误报告包含全部问题。',
    'The table lists the first {shown} problems of {total}; the error report lists all of them.',
  ],
  'import.errors.row': ['行号', 'Row'],
  'import.errors.column': ['列', 'Column'],
  'import.errors.message': ['问题', 'Problem'],
  'import.errors.wholeRow': ['整行', 'Whole row'],
  'import.report.download': ['下载错误报告', 'Download error report'],
});

export function ImportRowErrors({ report, reportFilename }: { report: TImportRowsInvalid; reportFilename: string }) {
  const t = useT(IMPORT_MESSAGES);
  const reportError = useReportError();
  const [downloading, setDownloading] = useState(false);
  const download = async () => {
    setDownloading(true);
    try {
      await downloadFile(`/api/files/${report.reportId}`, undefined, reportFilename);
    } catch (error) {
      reportError(error);
    } finally {
      setDownloading(false);
    }
  };
  const columns: TableProps<TImportRowError>['columns'] = [
    { key: 'row', title: t('import.errors.row'), dataIndex: 'row', width: 64 },
    {
      key: 'column',
      title: t('import.errors.column'),
      width: 140,
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
        scroll={{ x: 480 }}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
      />
    </>
  );
}
