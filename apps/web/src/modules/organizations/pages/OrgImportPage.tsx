/**
 * Bulk registration from the Excel template: download it, upload the filled file, see the result. The server
 * commits all rows or none; on errors it lists them and keeps an error report to download.
 */
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { TImportRowsInvalid } from '@chanjiao/contracts/files';
import { App, Button, Card, Flex, Spin, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { downloadFile, isApiError } from '../../../app/api';
import { RequirePermission } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { type ImportOutcome, ImportOutcomeCard } from '../components/ImportOutcomeCard';
import { useImportOrgs } from '../hooks/use-organizations';
import { ORG_MESSAGES } from '../messages';

const TEMPLATE_PATH = '/api/organizations/import/template.xlsx';

function ImportOrgs() {
  const t = useT(ORG_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const importOrgs = useImportOrgs();
  const [templateTaken, setTemplateTaken] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [uploading, setUploading] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const downloadTemplate = async () => {
    setDownloading(true);
    try {
      await downloadFile(TEMPLATE_PATH, undefined, t('import.template.name'));
      setTemplateTaken(true);
    } catch (error) {
      reportError(error);
    } finally {
      setDownloading(false);
    }
  };

  const upload = async (file: File) => {
    setOutcome(null);
    setUploading(file.name);
    try {
      setOutcome({ kind: 'imported', result: await importOrgs.mutateAsync(file) });
    } catch (error) {
      if (isApiError(error, 'IMPORT_ROWS_INVALID')) setOutcome({ kind: 'invalidRows', report: error.body as TImportRowsInvalid });
      else if (isApiError(error) && !error.sessionEnded && !error.temporary) setOutcome({ kind: 'refused', message: error.message });
      else reportError(error);
    } finally {
      setUploading(null);
    }
  };

  const current = outcome ? 2 : templateTaken || uploading ? 1 : 0;

  return (
    <>
      <PageHeader title={t('import.title')} subtitle={t('import.subtitle')} backTo="/orgs" />
      <Steps
        current={current}
        style={{ marginBottom: 24, maxWidth: 720 }}
        items={[{ title: t('import.step.template') }, { title: t('import.step.upload') }, { title: t('import.step.result') }]}
      />
      <Flex vertical gap={16}>
        <Card title={`1. ${t('import.step.template')}`}>
          <Typography.Paragraph>{t('import.template.text')}</Typography.Paragraph>
          <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void downloadTemplate()}>
            {t('import.template.download')}
          </Button>
        </Card>
        <Card title={`2. ${t('import.step.upload')}`}>
          <Spin spinning={!!uploading} description={uploading ? t('import.uploading', { filename: uploading }) : undefined}>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              disabled={!!uploading}
              beforeUpload={(file) => {
                if (!file.name.toLowerCase().endsWith('.xlsx')) {
                  void message.error(t('import.upload.wrongType'));
                  return Upload.LIST_IGNORE;
                }
                void upload(file);
                // The request is ours (with the CSRF header and error handling), not the Upload's.
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('import.upload.text')}</p>
              <p className="ant-upload-hint">{t('import.upload.hint')}</p>
            </Upload.Dragger>
          </Spin>
        </Card>
        {outcome && <ImportOutcomeCard outcome={outcome} onAgain={() => setOutcome(null)} />}
      </Flex>
    </>
  );
}

export default function OrgImportPage() {
  return (
    <RequirePermission permission="org.import">
      <ImportOrgs />
    </RequirePermission>
  );
}
