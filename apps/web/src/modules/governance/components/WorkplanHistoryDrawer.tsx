/** The versions of a year's plan, newest first: what each change added, changed (before → after) or retired. */
import { PLAN_CHANGE_LABELS, TASK_FIELD_LABELS, type TWorkplanRevision } from '@chanjiao/contracts/governance/workplan';
import { Descriptions, Drawer, List, Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../../../app/format';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useLocale, useT } from '../../../app/i18n';
import { useWorkplanHistory } from '../hooks/workplan-api';
import { WORKPLAN_MESSAGES } from '../workplan-messages';

const CHANGE_COLORS = { add: 'green', edit: 'blue', retire: 'default' } as const;

function RevisionFields({ revision }: { revision: TWorkplanRevision }) {
  const t = useT(WORKPLAN_MESSAGES);
  const bilingual = useBilingual();
  if (revision.change === 'retire') return <Typography.Text>{`${t('task.reason')}：${revision.reason ?? ''}`}</Typography.Text>;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={revision.fields.map((change) => ({
        key: change.field,
        label: bilingual(TASK_FIELD_LABELS[change.field]),
        children:
          change.before === null ? (
            change.after
          ) : (
            <Space direction="vertical" size={0}>
              <Typography.Text type="secondary" delete>{`${t('plan.before')}：${change.before}`}</Typography.Text>
              <span>{`${t('plan.after')}：${change.after ?? ''}`}</span>
            </Space>
          ),
      }))}
    />
  );
}

export function WorkplanHistoryDrawer({ bodyId, year, onClose }: { bodyId: string; year: number; onClose: () => void }) {
  const t = useT(WORKPLAN_MESSAGES);
  const bilingual = useBilingual();
  const locale = useLocale();
  const history = useWorkplanHistory(bodyId, year);
  return (
    <Drawer open width="min(720px, 100vw)" title={t('plan.historyTitle', { year })} onClose={onClose}>
      {history.isError && <QueryError error={history.error} onRetry={history.refetch} />}
      <List
        loading={history.isPending}
        dataSource={history.data?.items ?? []}
        locale={{ emptyText: t('plan.historyEmpty') }}
        renderItem={(revision) => (
          <List.Item key={revision.planVersion}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{t('plan.version', { version: revision.planVersion })}</Typography.Text>
                <Tag color={CHANGE_COLORS[revision.change]}>{bilingual(PLAN_CHANGE_LABELS[revision.change])}</Tag>
                <span>{revision.task.title}</span>
              </Space>
              <Typography.Text type="secondary">
                {t('plan.by', { by: revision.by ?? '—', at: formatDateTime(revision.at, locale) })}
              </Typography.Text>
              <RevisionFields revision={revision} />
            </Space>
          </List.Item>
        )}
      />
    </Drawer>
  );
}
