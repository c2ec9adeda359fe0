import type { DashboardSeverity, TDashboardItem } from '@chanjiao/contracts/dashboard';
import { Button, Card, Flex, Tag, Typography, theme } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../../app/i18n';
import { DASHBOARD_MESSAGES } from '../messages';

const TAG_COLORS: Record<DashboardSeverity, string> = { info: 'blue', warning: 'orange', danger: 'red' };

export function DashboardCard({ item }: { item: TDashboardItem }) {
  const t = useT(DASHBOARD_MESSAGES);
  const { token } = theme.useToken();
  const accent = { info: token.colorInfo, warning: token.colorWarning, danger: token.colorError }[item.severity];
  return (
    <Card style={{ height: '100%', borderInlineStart: `4px solid ${accent}` }}>
      <Flex vertical gap={8} style={{ height: '100%' }}>
        <Flex justify="space-between" align="start" gap={8}>
          <Typography.Text strong>{item.title}</Typography.Text>
          <Tag color={TAG_COLORS[item.severity]} style={{ marginInlineEnd: 0 }}>
            {t(`dashboard.severity.${item.severity}`)}
          </Tag>
        </Flex>
        <Typography.Text style={{ fontSize: 32, lineHeight: 1.2, color: accent }}>{item.count}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ flex: 1, marginBottom: 0 }}>
          {item.description}
        </Typography.Paragraph>
        {item.link && (
          <Link to={item.link}>
            <Button size="small">{t('dashboard.open')}</Button>
          </Link>
        )}
      </Flex>
    </Card>
  );
}
