/** A body's published supply–demand reports for anyone (no sign-in), each with its Word and PDF documents. */
import { TALENT_REPORT_KINDS } from '@chanjiao/contracts/talent/index';
import { Button, Card, Empty, Flex, Layout, List, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { usePublicTalentReports } from '../hooks/reports-api';
import { LIST_MESSAGES } from '../lists-messages';
import { REPORT_MESSAGES } from '../report-messages';

export default function PublicReportsPage() {
  const t = useT(REPORT_MESSAGES);
  const lists = useT(LIST_MESSAGES);
  const bilingual = useBilingual();
  const { bodyId } = useParams();
  const reports = usePublicTalentReports(bodyId);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content style={{ maxWidth: 1100, width: '100%', margin: '0 auto', padding: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <div>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {t('public.title', { body: reports.data?.body.name ?? '' })}
            </Typography.Title>
            <Typography.Text type="secondary">{t('public.subtitle')}</Typography.Text>
          </div>
          <Space wrap>
            <Link to={`/public/talent/${bodyId}`}>{t('public.lists')}</Link>
            <LanguageSwitch />
            <Button href="/login">{lists('public.signIn')}</Button>
          </Space>
        </Flex>
        {reports.isError && <QueryError error={reports.error} onRetry={reports.refetch} />}
        <Card>
          {reports.data ? (
            <List
              dataSource={reports.data.items}
              locale={{ emptyText: <Empty description={t('public.none')} /> }}
              renderItem={(report) => (
                <List.Item
                  actions={(['docx', 'pdf'] as const).map((format) => (
                    <a key={format} href={`/api/public/talent/reports/${report.id}/document.${format}`} download>
                      {t(format)}
                    </a>
                  ))}
                >
                  <List.Item.Meta
                    title={report.title}
                    description={
                      <Space wrap size={[8, 4]}>
                        <Tag color="blue">{bilingual(TALENT_REPORT_KINDS[report.kind])}</Tag>
                        <Typography.Text strong>{report.numberLabel}</Typography.Text>
                        <Typography.Text type="secondary">
                          {t('publishedOn')} {report.publishedOn}
                        </Typography.Text>
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          ) : (
            <Skeleton active />
          )}
        </Card>
      </Layout.Content>
    </Layout>
  );
}
