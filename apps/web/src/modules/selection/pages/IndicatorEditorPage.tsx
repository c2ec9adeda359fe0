/** 附件1 建设指标 of one version: the authority sets each observation point's maximum score and weight. */
import type { TIndicatorPoint, TIndicatorSystem } from '@chanjiao/contracts/selection/index';
import { Alert, Button, Card, InputNumber, Skeleton, Space, Table, Tag } from 'antd';
import App from 'antd/es/app';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { client, unwrap } from '../../../app/api';
import { RequirePermission } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useIndicatorSystem, useInvalidateSelection } from '../hooks/use-selection';
import { SELECTION_MESSAGES } from '../messages';

type Scores = Record<string, { maxScore: number | null; weight: number | null }>;

function Editor({ system }: { system: TIndicatorSystem }) {
  const t = useT(SELECTION_MESSAGES);
  const { message } = App.useApp();
  const report = useReportError();
  const invalidate = useInvalidateSelection();
  const navigate = useNavigate();
  const frozen = !!system.frozenAt;
  const [scores, setScores] = useState<Scores>(() =>
    Object.fromEntries(system.points.map((p) => [p.id, { maxScore: p.maxScore, weight: p.weight }])),
  );
  const set = (id: string, field: 'maxScore' | 'weight', value: number | null) =>
    setScores({ ...scores, [id]: { ...scores[id]!, [field]: value } });
  const save = async () => {
    try {
      await unwrap(
        client.PUT('/api/selection/indicator-systems/{id}/points', {
          params: { path: { id: system.id } },
          body: {
            version: system.version,
            points: system.points.map((p) => ({ id: p.id, ...scores[p.id]! })),
          },
        }),
      );
      await invalidate();
      void message.success(t('indicators.saved'));
    } catch (error) {
      report(error);
    }
  };
  const newVersion = async () => {
    try {
      const created = await unwrap(
        client.POST('/api/selection/indicator-systems', {
          body: {
            authorityOrgId: system.authorityOrgId,
            name: system.name,
            basedOnId: system.id,
          },
        }),
      );
      void navigate(`/selection/indicators/${created.id}`);
    } catch (error) {
      report(error);
    }
  };
  return (
    <>
      <PageHeader
        title={`${system.name} ${t('indicators.version', { n: system.versionNo })}`}
        subtitle={t('call.indicators.total', { total: system.totalMaxScore, deduction: system.maxDeduction })}
        backTo="/selection"
        actions={
          frozen ? (
            <Button onClick={() => void newVersion()}>{t('indicators.newVersion')}</Button>
          ) : (
            <Button type="primary" onClick={() => void save()}>
              {t('form.save')}
            </Button>
          )
        }
      />
      {frozen && <Alert type="info" showIcon title={t('indicators.frozenHint')} style={{ marginBottom: 16 }} />}
      <Card>
        <Table<TIndicatorPoint>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={system.points}
          columns={[
            { title: t('indicators.indicator'), render: (_, p) => `${p.indicatorCode}.${p.indicatorName}`, width: 110 },
            {
              title: t('indicators.point'),
              render: (_, p) => (
                <Space>
                  {p.kind === 'deduction' ? <Tag color="red">{t('indicators.deduction')}</Tag> : p.code}
                  {p.text}
                </Space>
              ),
            },
            {
              title: t('indicators.max'),
              width: 110,
              render: (_, p) => (
                <InputNumber
                  min={0}
                  step={0.5}
                  disabled={frozen}
                  value={scores[p.id]?.maxScore}
                  onChange={(v) => set(p.id, 'maxScore', v)}
                  aria-label={`${p.code} ${t('indicators.max')}`}
                />
              ),
            },
            {
              title: t('indicators.weight'),
              width: 110,
              render: (_, p) =>
                p.kind === 'score' && (
                  <InputNumber
                    min={0}
                    step={0.1}
                    disabled={frozen}
                    value={scores[p.id]?.weight}
                    onChange={(v) => set(p.id, 'weight', v)}
                    aria-label={`${p.code} ${t('indicators.weight')}`}
                  />
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}

export default function IndicatorEditorPage() {
  const { id } = useParams();
  const system = useIndicatorSystem(id);
  return (
    <RequirePermission permission="selection.call.manage">
      {system.isPending ? (
        <Skeleton active />
      ) : system.isError ? (
        <QueryError error={system.error} onRetry={() => system.refetch()} />
      ) : (
        <Editor key={system.data.version} system={system.data} />
      )}
    </RequirePermission>
  );
}
