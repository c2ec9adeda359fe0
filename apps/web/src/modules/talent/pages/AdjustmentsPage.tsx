/**
 * 专业调整建议 (003: 健全专业动态调整机制): for one school, each major's suggestion to open, enlarge, keep or shrink, with
 * the gaps per year and an expandable row of evidence. School staff see their own school; the secretariat picks any
 * member school and sets the thresholds. Suggestions only: nothing here changes a school's majors.
 */
import { ADJUSTMENT_KINDS, type AdjustmentKind, type TAdjustmentSuggestion } from '@chanjiao/contracts/talent/index';
import { Alert, Button, Card, Empty, Flex, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { RequirePermission } from '../../../app/auth';
import { useBilingual, useT } from '../../../app/i18n';
import { useCompactScreen } from '../../../app/use-compact-screen';
import { ADJUSTMENT_MESSAGES } from '../adjustment-messages';
import { AdjustmentEvidence } from '../components/AdjustmentEvidence';
import { AdjustmentThresholdsModal } from '../components/AdjustmentThresholdsModal';
import { GapValue } from '../components/GapValue';
import { TalentBodyPicker } from '../components/TalentBodyPicker';
import { useAdjustments } from '../hooks/adjustments-api';
import { useTalentAccess } from '../hooks/talent-api';
import { useTalentBody } from '../hooks/use-talent-body';
import { StartYearField } from '../components/StartYearField';
import { TALENT_MESSAGES } from '../talent-messages';
import { defaultStartYear } from '../talent-years';

const KIND_COLORS: Record<AdjustmentKind, string> = { open: 'blue', enlarge: 'red', keep: 'default', shrink: 'green' };

/** The school in `?school=`, else the first the user may look at (their own, for school staff). */
function useSchool(bodyId: string) {
  const access = useTalentAccess(bodyId);
  const [params, setParams] = useSearchParams();
  const schools = access.data?.supplyOrgs ?? [];
  const chosen = params.get('school');
  const schoolId = schools.some((s) => s.id === chosen) ? chosen! : schools[0]?.id;
  const setSchoolId = (id: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set('school', id);
      return next;
    });
  return { access, schools, schoolId, setSchoolId };
}

function Adjustments({ bodyId }: { bodyId: string }) {
  const t = useT(ADJUSTMENT_MESSAGES);
  const tt = useT(TALENT_MESSAGES);
  const bilingual = useBilingual();
  const compact = useCompactScreen();
  const { access, schools, schoolId, setSchoolId } = useSchool(bodyId);
  const [startYear, setStartYear] = useState(defaultStartYear());
  const [editing, setEditing] = useState(false);
  const report = useAdjustments(bodyId, schoolId, startYear);
  const years = report.data?.years ?? [];

  const columns: ColumnsType<TAdjustmentSuggestion> = [
    {
      key: 'kind',
      title: t('col.kind'),
      width: 120,
      render: (_, row) => <Tag color={KIND_COLORS[row.kind]}>{bilingual(ADJUSTMENT_KINDS[row.kind])}</Tag>,
      filters: Object.entries(ADJUSTMENT_KINDS).map(([value, label]) => ({ value, text: bilingual(label) })),
      onFilter: (value, row) => row.kind === value,
    },
    {
      key: 'major',
      title: t('col.major'),
      width: 200,
      fixed: compact ? undefined : 'left',
      render: (_, row) => (
        <>
          {row.majorName}
          <div style={{ color: '#888' }}>{[row.majorCode, row.className].filter(Boolean).join(' · ')}</div>
        </>
      ),
    },
    ...years.map((year, i) => ({
      key: String(year),
      title: `${tt('year', { year })}${tt('gaps.col.gap')}`,
      width: 90,
      align: 'right' as const,
      render: (_: unknown, row: TAdjustmentSuggestion) => <GapValue value={row.gap[i]!} />,
    })),
    {
      key: 'total',
      title: t('col.total'),
      width: 100,
      align: 'right',
      render: (_, row) => <GapValue value={row.totalGap} />,
      sorter: (a, b) => a.totalGap - b.totalGap,
    },
    {
      key: 'school',
      title: t('col.school'),
      width: 110,
      align: 'right',
      render: (_, row) => row.schoolSupply.reduce((a, b) => a + b, 0),
    },
  ];

  if (access.data && schools.length === 0) return <Empty description={t('school.none')} />;
  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <Select
            aria-label={t('school')}
            placeholder={t('school.placeholder')}
            style={{ minWidth: 220, maxWidth: '100%' }}
            showSearch={{ optionFilterProp: 'label' }}
            value={schoolId}
            onChange={setSchoolId}
            options={schools.map((s) => ({ value: s.id, label: s.name }))}
          />
          <StartYearField label={t('startYear')} value={startYear} onChange={setStartYear} />
          {report.data?.abilities.editThresholds && <Button onClick={() => setEditing(true)}>{t('thresholds.edit')}</Button>}
        </Flex>
      </Card>
      <Alert type="warning" showIcon message={t('notice')} description={report.data && bilingual(report.data.rule)} />
      {report.isError && <QueryError error={report.error} onRetry={report.refetch} />}
      {report.data && report.data.suggestions.length === 0 ? (
        <Empty description={t('empty')} />
      ) : (
        <Card size="small">
          <Table
            rowKey="majorCode"
            size="small"
            loading={report.isPending && !!schoolId}
            dataSource={report.data?.suggestions ?? []}
            columns={columns}
            scroll={{ x: 530 + years.length * 90 }}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            expandable={{ expandedRowRender: (row) => <AdjustmentEvidence suggestion={row} years={years} /> }}
          />
        </Card>
      )}
      {editing && report.data && (
        <AdjustmentThresholdsModal
          bodyId={bodyId}
          thresholds={report.data.thresholds}
          version={report.data.thresholdsVersion}
          onClose={() => setEditing(false)}
        />
      )}
    </Flex>
  );
}

export default function AdjustmentsPage() {
  const t = useT(ADJUSTMENT_MESSAGES);
  const tt = useT(TALENT_MESSAGES);
  const { bodyId, loading } = useTalentBody();
  return (
    <RequirePermission permission="talent.supply.edit">
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={<TalentBodyPicker />} />
      {bodyId ? <Adjustments bodyId={bodyId} /> : !loading && <Empty description={tt('body.none')} />}
    </RequirePermission>
  );
}
