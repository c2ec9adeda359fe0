/**
 * One authority's public column (no sign-in), year by year: its own report, then the districts' reports with a link
 * to each district's column, the schools' and the enterprises' (上海年报: “市教委、区教育局、中职学校都要设置专栏公示年报”).
 */
import { Card, Empty, Skeleton } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { PublicEntries } from '../components/PublicEntries';
import { PublicFrame, WrappedTitle } from '../components/PublicFrame';
import { usePublicColumn } from '../hooks/publication-api';
import { PUBLICATION_MESSAGES } from '../publication-messages';

export default function PublicColumnPage() {
  const t = useT(PUBLICATION_MESSAGES);
  const { orgId } = useParams();
  const column = usePublicColumn(orgId);
  const data = column.data;
  return (
    <PublicFrame
      title={data ? t('public.column', { org: data.org.name }) : t('public.title')}
      subtitle={<Link to="/public/reports">← {t('public.all')}</Link>}
    >
      {column.isError && <QueryError error={column.error} onRetry={column.refetch} />}
      {!data && !column.isError && <Skeleton active />}
      {data && data.years.length === 0 && <Empty description={t('public.none')} />}
      {data?.years.map((year) => (
        <Card key={year.reportYear} title={<WrappedTitle text={year.cycleTitle} />} style={{ marginBottom: 16 }}>
          {year.own && <PublicEntries title={t('public.own')} entries={[year.own]} />}
          <PublicEntries title={t('public.districts')} entries={year.districts} />
          <PublicEntries title={t('public.schools')} entries={year.schools} />
          <PublicEntries title={t('public.enterprises')} entries={year.enterprises} />
        </Card>
      ))}
    </PublicFrame>
  );
}
