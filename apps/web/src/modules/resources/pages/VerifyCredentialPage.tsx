/**
 * The public verify page (no sign-in) of the signed learning record: by the link printed on the PDF
 * (/verify/credentials/:credentialId) or by uploading the credential JSON; it says valid or not, and why.
 */
import type { TCredentialCheck } from '@chanjiao/contracts/resources/index';
import { Alert, Button, Card, Descriptions, Flex, Layout, Space, Spin, Table, Typography, Upload } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useBilingual, useLocale, useT } from '../../../app/i18n';
import { CREDENTIAL_MESSAGES } from '../credentials-messages';
import { useCredentialVerification, useVerifyUpload } from '../hooks/credentials-api';

type Course = NonNullable<TCredentialCheck['summary']>['courses'][number];

function CheckResult({ check }: { check: TCredentialCheck }) {
  const t = useT(CREDENTIAL_MESSAGES);
  const bilingual = useBilingual();
  const locale = useLocale();
  const { summary } = check;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Alert
        type={check.valid ? 'success' : 'error'}
        showIcon
        message={<strong data-testid="verdict">{check.valid ? t('verify.valid') : t('verify.invalid')}</strong>}
        description={<span data-testid="verdict-reason">{bilingual(check.reason)}</span>}
      />
      {(check.credentialId || check.keyId) && (
        <Descriptions size="small" column={{ xs: 1, sm: 1, md: 3 }} bordered>
          {check.credentialId && <Descriptions.Item label={t('verify.number')}>{check.credentialId}</Descriptions.Item>}
          {check.issuedAt && <Descriptions.Item label={t('verify.issuedAt')}>{formatDateTime(check.issuedAt, locale)}</Descriptions.Item>}
          {check.keyId && <Descriptions.Item label={t('verify.key')}>{check.keyId}</Descriptions.Item>}
        </Descriptions>
      )}
      {summary && (
        <>
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} bordered>
            <Descriptions.Item label={t('verify.issuer')}>{summary.issuerName}</Descriptions.Item>
            <Descriptions.Item label={t('verify.student')}>{`${summary.studentName} · ${summary.studentNumber}`}</Descriptions.Item>
            <Descriptions.Item label={t('verify.major')}>{summary.major}</Descriptions.Item>
            <Descriptions.Item label={t('verify.credits')}>{summary.creditsRecognised}</Descriptions.Item>
          </Descriptions>
          <Table<Course>
            rowKey={(c) => `${c.courseName}-${c.host}-${c.term}`}
            size="small"
            pagination={false}
            dataSource={summary.courses}
            scroll={{ x: 640 }}
            columns={[
              { key: 'course', title: t('verify.course'), dataIndex: 'courseName' },
              { key: 'host', title: t('verify.host'), dataIndex: 'host' },
              { key: 'term', title: t('verify.term'), dataIndex: 'term', width: 110 },
              { key: 'credits', title: t('verify.courseCredits'), dataIndex: 'credits', width: 60 },
              { key: 'result', title: t('verify.result'), dataIndex: 'result', width: 70 },
              { key: 'recognition', title: t('verify.recognition'), dataIndex: 'recognition' },
            ]}
          />
          <Typography.Text type="secondary">{t('verify.masked')}</Typography.Text>
        </>
      )}
    </Space>
  );
}

function ByLink({ credentialId }: { credentialId: string }) {
  const t = useT(CREDENTIAL_MESSAGES);
  const check = useCredentialVerification(credentialId);
  if (check.isError) return <QueryError error={check.error} onRetry={check.refetch} />;
  if (!check.data) return <Spin tip={t('verify.checking')} />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <CheckResult check={check.data} />
      <Link to="/verify/credentials">{t('verify.another')}</Link>
    </Space>
  );
}

function ByUpload() {
  const t = useT(CREDENTIAL_MESSAGES);
  const verify = useVerifyUpload();
  const read = async (file: File) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      parsed = null;
    }
    verify.mutate(parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {});
    return false;
  };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Upload.Dragger accept=".json,application/json" showUploadList={false} beforeUpload={read} multiple={false}>
        <Typography.Title level={5}>{t('verify.upload')}</Typography.Title>
        <Typography.Text type="secondary">{t('verify.uploadHint')}</Typography.Text>
      </Upload.Dragger>
      {verify.isPending && <Spin tip={t('verify.checking')} />}
      {verify.isError && <QueryError error={verify.error} />}
      {verify.data && <CheckResult check={verify.data} />}
    </Space>
  );
}

export default function VerifyCredentialPage() {
  const t = useT(CREDENTIAL_MESSAGES);
  const { credentialId } = useParams();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content style={{ maxWidth: 1100, width: '100%', margin: '0 auto', padding: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <div>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {t('verify.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('verify.subtitle')}</Typography.Text>
          </div>
          <Space>
            <LanguageSwitch />
            <Button href="/login">{t('verify.signIn')}</Button>
          </Space>
        </Flex>
        <Card>{credentialId ? <ByLink credentialId={credentialId} /> : <ByUpload />}</Card>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          <a href="/.well-known/did.json" target="_blank" rel="noopener">
            {t('verify.keys')}
          </a>
        </Typography.Paragraph>
      </Layout.Content>
    </Layout>
  );
}
