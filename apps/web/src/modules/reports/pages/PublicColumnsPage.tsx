/** The public entry to the three-level display: the city's column first, then the districts' (no sign-in). */
import { Card, Empty, List, Skeleton, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { PublicFrame } from '../components/PublicFrame';
import { usePublicColumns } from '../hooks/publication-api';
import { PUBLICATION_MESSAGES } from '../publication-messages';

export default function PublicColumnsPage() {
  const t = useT(PUBLICATION_MESSAGES);
  const columns = usePublicColumns();
  return (
    <PublicFrame title={t('public.title')} subtitle={t('public.subtitle')}>
      {columns.isError && <QueryError error={columns.error} onRetry={columns.refetch} />}
      <Card title={t('public.columns')}>
        {columns.data ? (
          <List
            dataSource={columns.data.items}
            locale={{ emptyText: <Empty description={t('public.none')} /> }}
            renderItem={(column) => (
              <List.Item extra={t('public.count', { count: column.published })}>
                <List.Item.Meta
                  title={
                    <>
                      <Tag color={column.kind === 'city' ? 'red' : 'blue'}>{t(`public.kind.${column.kind}`)}</Tag>
                      <Link to={`/public/reports/columns/${column.org.id}`}>{t('public.column', { org: column.org.name })}</Link>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        ) : (
          <Skeleton active />
        )}
      </Card>
    </PublicFrame>
  );
}
