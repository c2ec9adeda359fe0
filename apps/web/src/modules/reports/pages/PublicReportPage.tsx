/**
 * A published report's public page (no sign-in): the 公开形式及网址 table as 上海年报's first page prints it, then the
 * report built from approved data.
 */
import { Card, Skeleton } from 'antd';
import { Link, useLocation, useParams } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { GeneratedReportView } from '../components/GeneratedReportView';
import { PublicationFacts } from '../components/PublicationFacts';
import { PublicFrame } from '../components/PublicFrame';
import { usePublicReport } from '../hooks/publication-api';
import { PUBLICATION_MESSAGES } from '../publication-messages';

export default function PublicReportPage() {
  const t = useT(PUBLICATION_MESSAGES);
  const { id = '' } = useParams();
  const forCycle = useLocation().pathname.startsWith('/public/reports/cycles/');
  const query = usePublicReport(forCycle ? { cycleId: id } : { reportId: id });
  const data = query.data;
  return (
    <PublicFrame
      title={data?.report.title ?? t('public.title')}
      subtitle={data && <Link to={`/public/reports/columns/${data.column.id}`}>← {t('public.column', { org: data.column.name })}</Link>}
    >
      {query.isError && <QueryError error={query.error} onRetry={query.refetch} />}
      {!data && !query.isError && <Skeleton active />}
      {data && (
        <>
          <Card size="small" title={t('public.table.title')} style={{ marginBottom: 16 }}>
            <PublicationFacts publication={data.publication} withPublicPage={false} />
          </Card>
          <GeneratedReportView report={data.report} />
        </>
      )}
    </PublicFrame>
  );
}
