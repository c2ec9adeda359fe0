/**
 * 项目与荣誉 / 案例 of a cycle: the registers the authority's report lists as tables (上海年报 表1–20), its cases, and
 * the report tables built from the register.
 */
import { Button, Card, Tabs } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { RegisterBlocksPanel } from '../components/RegisterBlocksPanel';
import { RegisterCasesPanel } from '../components/RegisterCasesPanel';
import { RegisterEntriesPanel } from '../components/RegisterEntriesPanel';
import { useCoverage } from '../hooks/reports-api';
import { REGISTER_MESSAGES } from '../registers-messages';
import { REPORT_MESSAGES } from '../reports-messages';

export default function RegistersPage() {
  const t = useT(REGISTER_MESSAGES);
  const tr = useT(REPORT_MESSAGES);
  const { id = '' } = useParams();
  const coverage = useCoverage(id);
  const title = coverage.data?.cycle.title ?? '';
  return (
    <>
      <PageHeader
        backTo={`/reports/cycles/${id}`}
        title={t('registers.title')}
        subtitle={title ? `${title} · ${t('registers.subtitle')}` : t('registers.subtitle')}
        actions={
          <Link to={`/reports/cycles/${id}/generated`}>
            <Button>{tr('generated.open')}</Button>
          </Link>
        }
      />
      {coverage.isError && <QueryError error={coverage.error} onRetry={coverage.refetch} />}
      <Card>
        <Tabs
          items={[
            { key: 'entries', label: t('tab.entries'), children: <RegisterEntriesPanel cycleId={id} title={title} /> },
            { key: 'cases', label: t('tab.cases'), children: <RegisterCasesPanel cycleId={id} /> },
            {
              key: 'blocks',
              label: t('tab.blocks'),
              children: <RegisterBlocksPanel cycleId={id} outline={coverage.data?.cycle.outline ?? []} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
