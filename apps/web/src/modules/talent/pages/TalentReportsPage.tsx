/** 人才供需报告: the body's quarterly trend reports and yearly 人才需求报告; the secretariat drafts, edits and publishes them. */
import { TALENT_REPORT_KINDS, TALENT_REPORT_STATUSES } from '@chanjiao/contracts/talent/index';
import { Button, Card, Empty, Flex, Select } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { ReportCreateModal } from '../components/ReportCreateModal';
import { ReportDetails } from '../components/ReportDetails';
import { TalentBodyPicker } from '../components/TalentBodyPicker';
import { useTalentReports } from '../hooks/reports-api';
import { useTalentBody } from '../hooks/use-talent-body';
import { REPORT_MESSAGES } from '../report-messages';
import { TALENT_MESSAGES } from '../talent-messages';

function Reports({ bodyId }: { bodyId: string }) {
  const t = useT(REPORT_MESSAGES);
  const bilingual = useBilingual();
  const reports = useTalentReports(bodyId);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const items = reports.data?.items ?? [];
  const chosen = params.get('report') ?? items[0]?.id;
  const choose = (id: string | null) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (id) next.set('report', id);
      else next.delete('report');
      return next;
    });
  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex gap={12} wrap justify="space-between" align="center">
          <Select
            aria-label={t('choose')}
            style={{ minWidth: 280, maxWidth: '100%', flex: '1 1 280px' }}
            placeholder={t('choose')}
            value={items.some((item) => item.id === chosen) ? chosen : undefined}
            onChange={choose}
            loading={reports.isPending}
            options={items.map((item) => ({
              value: item.id,
              label: [
                item.periodLabel,
                bilingual(TALENT_REPORT_KINDS[item.kind]),
                item.numberLabel,
                bilingual(TALENT_REPORT_STATUSES[item.status]),
              ]
                .filter(Boolean)
                .join(' · '),
            }))}
          />
          <Flex gap={8} wrap>
            <Link to={`/public/talent/${bodyId}/reports`} target="_blank">
              <Button>{t('publicLink')}</Button>
            </Link>
            {reports.data?.abilities.create && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('create')}
              </Button>
            )}
          </Flex>
        </Flex>
      </Card>
      {reports.isError && <QueryError error={reports.error} onRetry={reports.refetch} />}
      {chosen && items.some((item) => item.id === chosen) ? (
        <ReportDetails bodyId={bodyId} reportId={chosen} onRemoved={() => choose(null)} />
      ) : (
        reports.data && <Empty description={t('empty')} />
      )}
      {creating && <ReportCreateModal bodyId={bodyId} onCreated={choose} onClose={() => setCreating(false)} />}
    </Flex>
  );
}

export default function TalentReportsPage() {
  const t = useT(REPORT_MESSAGES);
  const talent = useT(TALENT_MESSAGES);
  const { bodyId, loading } = useTalentBody();
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={<TalentBodyPicker />} />
      {bodyId ? <Reports bodyId={bodyId} /> : !loading && <Empty description={talent('body.none')} />}
    </>
  );
}
