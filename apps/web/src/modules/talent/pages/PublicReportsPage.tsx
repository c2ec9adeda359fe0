/** A body's published supply–demand reports for anyone (no sign-in), each with its Word and PDF documents. */
import { TALENT_REPORT_KINDS } from '@chanjiao/contracts/talent/index';
import { Card, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { usePublicTalentReports } from '../hooks/reports-api';
import { PublicBodyPage } from '../components/PublicBodyPage';
import { REPORT_MESSAGES } from '../report-messages';

export default function PublicReportsPage() {
  const t = useT(REPORT_MESSAGES);
  const bilingual = useBilingual();
  const { bodyId } = useParams();
  const reports = usePublicTalentReports(bodyId);
  return (
    <PublicBodyPage
      title={t('public.title', { body: reports.data?.body.name ?? '' })}
      subtitle={t('public.subtitle')}
      links={<Link to={`/public/talent/${bodyId}`}>{t('public.lists')}</Link>}
    >
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
    </PublicBodyPage>
  );
}
