/**
 * The expert's compliance sheet: each checklist item with the platform's pre-assessment and its evidence; the expert
 * confirms or overrides it with a verdict and writes the finding, saves, and submits once.
 */
import {
  COMPLIANCE_VERDICT_NAMES,
  COMPLIANCE_VERDICTS,
  EVALUATION_STATUSES,
  type TComplianceSheet,
  type TComplianceSheetSave,
  ZComplianceSheetSave,
} from '@chanjiao/contracts/reports/index';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Radio, Space, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { ConflictModal } from '../components/ConflictModal';
import { EVALUATION_COLORS, VERDICT_COLORS } from '../compliance-colors';
import { COMPLIANCE_MESSAGES } from '../compliance-messages';
import { useEvaluationSheet, useSheetActions } from '../hooks/compliance-api';

interface SheetValues {
  items: { key: string; verdict: TComplianceSheetSave['items'][number]['verdict']; finding?: string | null }[];
}

export default function EvaluationSheetPage() {
  const { id = '' } = useParams();
  const t = useT(COMPLIANCE_MESSAGES);
  const sheet = useEvaluationSheet(id);
  return (
    <>
      {sheet.isError && <QueryError error={sheet.error} onRetry={sheet.refetch} />}
      {!sheet.data && !sheet.isError && <PageHeader backTo="/reports/compliance/mine" title={t('mine.title')} />}
      {sheet.data && <SheetForm key={sheet.data.version} sheet={sheet.data} />}
    </>
  );
}

function SheetForm({ sheet }: { sheet: TComplianceSheet }) {
  const t = useT(COMPLIANCE_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const actions = useSheetActions(sheet.id);
  const [declaring, setDeclaring] = useState(false);
  const [form] = Form.useForm<SheetValues>();
  const toPayload = useCallback(
    (values: SheetValues): TComplianceSheetSave => ({
      version: sheet.version,
      items: values.items.map((item) => ({ key: item.key, verdict: item.verdict ?? null, finding: item.finding?.trim() || undefined })),
    }),
    [sheet.version],
  );
  const zod = useZodForm<SheetValues>(ZComplianceSheetSave, { toPayload });
  const initialValues: SheetValues = { items: sheet.items.map((i) => ({ key: i.key, verdict: i.verdict, finding: i.finding })) };
  const send = (which: 'save' | 'submit') => {
    const body = toPayload(form.getFieldsValue(true) as SheetValues);
    actions[which].mutate(body, {
      onSuccess: () => void message.success(t(which === 'save' ? 'sheet.saved' : 'sheet.sent')),
      onError: (error) => reportError(error, { form }),
    });
  };
  return (
    <>
      <PageHeader
        backTo="/reports/compliance/mine"
        title={t('sheet.title', { org: sheet.report.org.name })}
        subtitle={t('sheet.subtitle', { cycle: sheet.cycle.title, deadline: sheet.cycle.publishDeadline, version: sheet.checklistVersion })}
        actions={
          <Space wrap>
            <Tag color={EVALUATION_COLORS[sheet.status]}>{bilingual(EVALUATION_STATUSES[sheet.status])}</Tag>
            {sheet.status !== 'conflict' && (
              <Link to={`/reports/${sheet.report.id}/generated`} state={{ backTo: `/reports/compliance/evaluations/${sheet.id}` }}>
                {t('sheet.report')}
              </Link>
            )}
            {sheet.publicPath && (
              <a href={sheet.publicPath} target="_blank" rel="noreferrer">
                {t('sheet.publicPage')}
              </a>
            )}
          </Space>
        }
      />
      {sheet.submittedAt && (
        <Alert
          type="success"
          showIcon
          message={t('sheet.submitted', { at: sheet.submittedAt.slice(0, 10) })}
          style={{ marginBottom: 12 }}
        />
      )}
      {sheet.conflictReason && (
        <Alert type="info" showIcon message={t('sheet.conflicted', { reason: sheet.conflictReason })} style={{ marginBottom: 12 }} />
      )}
      <Form form={form} layout="vertical" initialValues={initialValues} disabled={!sheet.mayEdit}>
        {sheet.items.map((item, index) => (
          <Card key={item.key} size="small" title={bilingual(item.title)} style={{ marginBottom: 12 }}>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {bilingual(item.guidance)}
            </Typography.Paragraph>
            <div style={{ background: '#fafafa', padding: '8px 12px', marginBottom: 12, borderRadius: 6 }}>
              <Space wrap size={4}>
                <Typography.Text strong>{t('sheet.preassessed')}</Typography.Text>
                {item.preassessment.verdict ? (
                  <Tag color={VERDICT_COLORS[item.preassessment.verdict]}>{bilingual(COMPLIANCE_VERDICTS[item.preassessment.verdict])}</Tag>
                ) : (
                  <Tag>{t('sheet.undecided')}</Tag>
                )}
              </Space>
              <ul style={{ margin: '6px 0 0', paddingLeft: 20 }}>
                {item.preassessment.evidence.map((line, i) => (
                  <li key={i}>{bilingual(line)}</li>
                ))}
              </ul>
            </div>
            <Form.Item name={['items', index, 'key']} hidden>
              <Input />
            </Form.Item>
            <Form.Item name={['items', index, 'verdict']} label={t('sheet.verdict')}>
              <Radio.Group
                optionType="button"
                options={COMPLIANCE_VERDICT_NAMES.map((v) => ({ value: v, label: bilingual(COMPLIANCE_VERDICTS[v]) }))}
              />
            </Form.Item>
            <Form.Item {...zod.field(['items', index, 'finding'])} label={t('sheet.finding')} extra={t('sheet.findingHelp')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
            </Form.Item>
          </Card>
        ))}
      </Form>
      {sheet.mayEdit && (
        <Space wrap style={{ marginBottom: 24 }}>
          <Button onClick={() => send('save')} loading={actions.save.isPending}>
            {t('sheet.save')}
          </Button>
          <Popconfirm title={t('sheet.submitConfirm')} onConfirm={() => send('submit')}>
            <Button type="primary" loading={actions.submit.isPending}>
              {t('sheet.submit')}
            </Button>
          </Popconfirm>
          <Button onClick={() => setDeclaring(true)}>{t('sheet.conflict')}</Button>
        </Space>
      )}
      {declaring && (
        <ConflictModal
          pending={actions.declareConflict.isPending}
          onClose={() => setDeclaring(false)}
          onSend={(reason, onError) =>
            actions.declareConflict.mutate(reason, {
              onSuccess: () => {
                setDeclaring(false);
                void message.success(t('sheet.conflictDone'));
              },
              onError,
            })
          }
        />
      )}
    </>
  );
}
