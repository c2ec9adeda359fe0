/** An authority's quality-report cycles: create one, open it, follow its coverage, keep its registers. */
import { CYCLE_STATUSES, REPORT_LEVELS, type TCycle } from '@chanjiao/contracts/reports/index';
import { App, Button, Card, Grid, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { CycleFormModal } from '../components/CycleFormModal';
import { useCycleActions, useCycles } from '../hooks/reports-api';
import { PUBLICATION_MESSAGES } from '../publication-messages';
import { REPORT_MESSAGES } from '../reports-messages';

export default function CycleListPage() {
  const t = useT(REPORT_MESSAGES);
  // On a phone a pinned 240 px action column left the cycle's name one character wide; there the table scrolls.
  const wide = Grid.useBreakpoint().md ?? true;
  const bilingual = useBilingual();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const reportError = useReportError();
  const me = useSession();
  const cycles = useCycles();
  const actions = useCycleActions();
  const tPublic = useT(PUBLICATION_MESSAGES);
  const [creating, setCreating] = useState(false);
  const authorities = me.roles
    .filter((r) => r.role === 'authority_admin' && r.scopeId)
    .map((r) => ({ id: r.scopeId!, name: r.scopeName ?? r.scopeId! }));
  const open = (cycle: TCycle) =>
    actions.open.mutate(
      { id: cycle.id, version: cycle.version },
      { onSuccess: () => void message.success(t('cycles.opened')), onError: (error) => reportError(error) },
    );

  return (
    <>
      <PageHeader
        title={t('cycles.title')}
        subtitle={t('cycles.subtitle')}
        actions={
          <Space wrap>
            {/* The public display the published reports go to, as anyone sees it. */}
            <Button href="/public/reports" target="_blank">
              {tPublic('public.title')}
            </Button>
            {authorities.length > 0 && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('cycles.add')}
              </Button>
            )}
          </Space>
        }
      />
      <Card>
        {cycles.isError && <QueryError error={cycles.error} onRetry={cycles.refetch} />}
        <Table
          rowKey="id"
          size="small"
          loading={cycles.isPending}
          dataSource={cycles.data?.items ?? []}
          locale={{ emptyText: t('cycles.empty') }}
          scroll={{ x: 900 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { key: 'year', title: t('cycles.col.year'), width: 80, dataIndex: 'reportYear' },
            {
              key: 'title',
              title: t('cycles.col.title'),
              render: (_, c) => (
                <>
                  <Link to={`/reports/cycles/${c.id}`}>{c.title}</Link>
                  <div style={{ color: '#888' }}>
                    {c.authority.name}
                    {c.noticeNumber ? ` · ${c.noticeNumber}` : ''}
                  </div>
                </>
              ),
            },
            {
              key: 'levels',
              title: t('cycles.col.levels'),
              width: 220,
              render: (_, c) => c.levels.map((level) => <Tag key={level}>{bilingual(REPORT_LEVELS[level])}</Tag>),
            },
            { key: 'units', title: t('cycles.col.units'), width: 90, dataIndex: 'participantCount' },
            { key: 'deadline', title: t('cycles.col.deadline'), width: 120, render: (_, c) => c.deadlines.submit },
            {
              key: 'status',
              title: t('cycles.col.status'),
              width: 90,
              render: (_, c) => <Tag color={c.status === 'open' ? 'green' : 'default'}>{bilingual(CYCLE_STATUSES[c.status])}</Tag>,
            },
            {
              key: 'actions',
              width: 240,
              fixed: wide ? 'right' : undefined,
              render: (_, c) => (
                <Space size={4}>
                  <Button size="small" type="link" onClick={() => navigate(`/reports/cycles/${c.id}`)}>
                    {t('cycles.coverage')}
                  </Button>
                  <Button size="small" type="link" onClick={() => navigate(`/reports/cycles/${c.id}/registers`)}>
                    {t('cycles.registers')}
                  </Button>
                  {c.status === 'draft' && c.mayManage && (
                    <Popconfirm title={t('cycles.open.confirm')} onConfirm={() => open(c)}>
                      <Button size="small" type="link">
                        {t('cycles.open')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {creating && (
        <CycleFormModal
          authorities={authorities}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate(`/reports/cycles/${id}`);
          }}
        />
      )}
    </>
  );
}
