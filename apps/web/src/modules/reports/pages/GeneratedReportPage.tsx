/** A generated report (school or authority) as HTML, with DOCX and PDF downloads of the same content. */
import { App, Button, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { downloadFile } from '../../../app/api';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { GeneratedReportView } from '../components/GeneratedReportView';
import { PublicationCard } from '../components/PublicationCard';
import { useGeneratedCycleReport, useGeneratedReport } from '../hooks/reports-api';
import { REPORT_MESSAGES } from '../reports-messages';

export default function GeneratedReportPage() {
  const t = useT(REPORT_MESSAGES);
  const { message } = App.useApp();
  const { id } = useParams();
  const location = useLocation();
  const forCycle = location.pathname.startsWith('/reports/cycles/');
  // An expert comes from the evaluation sheet and goes back to it: the report's form is not theirs to open.
  const cameFrom = (location.state as { backTo?: string } | null)?.backTo;
  const [basis, setBasis] = useState<'approved' | 'all'>('approved');
  const school = useGeneratedReport(forCycle ? undefined : id);
  const cycle = useGeneratedCycleReport(forCycle ? id : undefined, basis);
  const query = forCycle ? cycle : school;
  const base = forCycle ? `/api/reports/cycles/${id}/generated` : `/api/reports/${id}/generated`;
  const download = (format: 'docx' | 'pdf') =>
    downloadFile(`${base}.${format}`, forCycle ? { basis } : undefined, `${query.data?.title ?? 'report'}.${format}`).catch(
      (error: unknown) => message.error(error instanceof Error ? error.message : String(error)),
    );
  return (
    <>
      <PageHeader
        backTo={cameFrom ?? (forCycle ? `/reports/cycles/${id}` : `/reports/${id}`)}
        title={t('generated.title')}
        actions={
          <Space wrap>
            {forCycle && (
              <Segmented
                value={basis}
                onChange={(value) => setBasis(value as 'approved' | 'all')}
                options={[
                  { value: 'approved', label: t('generated.basis.approved') },
                  { value: 'all', label: t('generated.basis.all') },
                ]}
              />
            )}
            <Button onClick={() => void download('docx')}>{t('generated.docx')}</Button>
            <Button onClick={() => void download('pdf')}>{t('generated.pdf')}</Button>
          </Space>
        }
      />
      {forCycle && id && <PublicationCard subject={{ cycleId: id }} />}
      {query.isError && <QueryError error={query.error} onRetry={query.refetch} />}
      {query.data && <GeneratedReportView report={query.data} />}
    </>
  );
}
