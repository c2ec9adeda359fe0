/** The landing page: what needs the user's attention, per role (GET /api/dashboard). */
import { Card, Col, Empty, Result, Row, Skeleton } from 'antd';
import { useCan, useSession } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { DashboardCard } from '../components/DashboardCard';
import { useDashboard } from '../hooks/use-dashboard';
import { DASHBOARD_MESSAGES } from '../messages';

function DashboardItems() {
  const t = useT(DASHBOARD_MESSAGES);
  const dashboard = useDashboard();
  if (dashboard.isPending) return <Skeleton active />;
  if (dashboard.isError) return <QueryError error={dashboard.error} onRetry={dashboard.refetch} />;
  const items = dashboard.data.items;
  if (items.length === 0) {
    return (
      <Card>
        <Empty description={t('dashboard.empty')}>{t('dashboard.emptyHint')}</Empty>
      </Card>
    );
  }
  return (
    <Row gutter={[16, 16]}>
      {items.map((item) => (
        <Col key={item.key} xs={24} md={12} xl={8}>
          <DashboardCard item={item} />
        </Col>
      ))}
    </Row>
  );
}

export default function DashboardPage() {
  const t = useT(DASHBOARD_MESSAGES);
  const me = useSession();
  const can = useCan();
  return (
    <>
      <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.greeting', { name: me.user.displayName })} />
      {/* Every role reads the dashboard, so lacking it means the account has no role at all. */}
      {can('dashboard.read') ? (
        <DashboardItems />
      ) : (
        <Result status="info" title={t('dashboard.noRole.title')} subTitle={t('dashboard.noRole.text')} />
      )}
    </>
  );
}
