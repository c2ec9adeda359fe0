/**
 * One member unit's answers to a round (章程第十八条(三)): filled from last year's, saved as a draft, submitted when
 * every section is answered; the secretariat accepts them (locked, published to the database) or reopens them.
 */
import {
  RESPONSE_STATUSES,
  SURVEY_SECTIONS,
  type SurveySection,
  type TSurveyResponse,
  ZResponseSave,
} from '@chanjiao/contracts/resources/index';
import { Alert, App, Button, Card, Checkbox, Form, Input, Modal, Popconfirm, Progress, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { STATUS_COLOURS } from '../components/RoundProgress';
import { SurveySections } from '../components/SurveySections';
import { useResponseActions, useSurveyResponse } from '../hooks/resources-api';
import { useResourcesBody } from '../hooks/use-resources-body';
import { RESOURCES_MESSAGES } from '../resources-messages';
import { contentOf, formValuesOf, type SurveyFormValues } from '../survey-form-values';

function ReopenModal({ onReopen, onClose, busy }: { onReopen: (reason: string) => void; onClose: () => void; busy: boolean }) {
  const t = useT(RESOURCES_MESSAGES);
  const [reason, setReason] = useState('');
  return (
    <Modal open title={t('response.reopen')} onCancel={onClose} onOk={() => onReopen(reason)} confirmLoading={busy}>
      <Typography.Text>{t('response.reopen.reason')}</Typography.Text>
      <Input.TextArea
        aria-label={t('response.reopen.reason')}
        rows={3}
        maxLength={200}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
    </Modal>
  );
}

function Answers({ bodyId, roundId, orgId, response }: { bodyId: string; roundId: string; orgId: string; response: TSurveyResponse }) {
  const t = useT(RESOURCES_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<SurveyFormValues>();
  const actions = useResponseActions(bodyId, roundId, orgId);
  const [reopening, setReopening] = useState(false);
  const toPayload = useCallback(
    (values: SurveyFormValues) => ({ content: contentOf(values), version: response.version }),
    [response.version],
  );
  const zod = useZodForm<SurveyFormValues>(ZResponseSave, { toPayload });
  const initial = useMemo(() => formValuesOf(response.content), [response.content]);
  const sections = response.round.sections;
  const failed = (error: unknown) => reportError(error, { form });

  const save = async (andSubmit: boolean) => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    try {
      await actions.save.mutateAsync({ content: contentOf(form.getFieldsValue(true) as SurveyFormValues), version: response.version });
      if (andSubmit) {
        await actions.submit.mutateAsync({ version: response.version + 1 });
        void message.success(t('response.submitted'));
      } else void message.success(t('response.saved'));
    } catch (error) {
      failed(error);
    }
  };
  const decide = (action: 'accept' | 'reopen', reason?: string) =>
    (action === 'accept'
      ? actions.accept.mutateAsync({ version: response.version })
      : actions.reopen.mutateAsync({ version: response.version, reason: reason ?? '' })
    ).then(() => {
      void message.success(t(action === 'accept' ? 'response.accepted' : 'response.reopenedDone'));
      setReopening(false);
    }, failed);
  const busy = actions.save.isPending || actions.submit.isPending;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size={12}>
          <Tag color={STATUS_COLOURS[response.status]}>{bilingual(RESPONSE_STATUSES[response.status])}</Tag>
          <Progress percent={response.completeness.percent} size="small" style={{ width: 160 }} />
          <Typography.Text type="secondary">{t('response.completeness', { percent: response.completeness.percent })}</Typography.Text>
          {response.completeness.missing.length > 0 && (
            <Typography.Text type="warning">
              {response.completeness.missing.map((s) => bilingual(SURVEY_SECTIONS[s])).join('、')}
            </Typography.Text>
          )}
        </Space>
        {response.prefilledFrom && response.status === 'not_started' && (
          <Alert style={{ marginTop: 12 }} type="info" showIcon message={t('response.prefilled', { year: response.prefilledFrom })} />
        )}
        {response.status === 'reopened' && response.reopenReason && (
          <Alert style={{ marginTop: 12 }} type="warning" showIcon message={t('response.reopened', { reason: response.reopenReason })} />
        )}
        {!response.mayEdit && (response.status === 'submitted' || response.status === 'accepted') && (
          <Alert style={{ marginTop: 12 }} type="success" message={t('response.locked')} />
        )}
        {!response.round.open && response.status !== 'reopened' && response.status !== 'accepted' && (
          <Alert style={{ marginTop: 12 }} type="error" message={t('response.closed', { deadline: response.round.deadline })} />
        )}
      </Card>
      <Form form={form} layout="vertical" initialValues={initial} disabled={!response.mayEdit} onFinish={() => void save(false)}>
        <Card size="small" style={{ marginBottom: 16 }}>
          <Form.Item {...zod.field(['content', 'noneToReport'])} label={t('response.none')}>
            <Checkbox.Group options={sections.map((s: SurveySection) => ({ value: s, label: bilingual(SURVEY_SECTIONS[s]) }))} />
          </Form.Item>
        </Card>
        <SurveySections sections={sections} disabled={!response.mayEdit} field={zod.field} />
      </Form>
      <Space wrap style={{ position: 'sticky', bottom: 0, background: '#fff', padding: '8px 0', width: '100%' }}>
        {response.mayEdit && (
          <Button onClick={() => void save(false)} loading={busy}>
            {t('response.save')}
          </Button>
        )}
        {response.maySubmit && (
          <Popconfirm title={t('response.submit.confirm')} onConfirm={() => save(true)}>
            <Button type="primary" loading={busy}>
              {t('response.submit')}
            </Button>
          </Popconfirm>
        )}
        {response.mayAccept && (
          <Popconfirm title={t('response.accept.confirm')} onConfirm={() => decide('accept')}>
            <Button type="primary" loading={actions.accept.isPending}>
              {t('response.accept')}
            </Button>
          </Popconfirm>
        )}
        {response.mayReopen && <Button onClick={() => setReopening(true)}>{t('response.reopen')}</Button>}
      </Space>
      {reopening && (
        <ReopenModal
          busy={actions.reopen.isPending}
          onClose={() => setReopening(false)}
          onReopen={(reason) => void decide('reopen', reason)}
        />
      )}
    </Space>
  );
}

export default function SurveyResponsePage() {
  const t = useT(RESOURCES_MESSAGES);
  const { roundId = '', orgId = '' } = useParams();
  const { bodyId } = useResourcesBody();
  const response = useSurveyResponse(bodyId, roundId, orgId);
  return (
    <>
      <PageHeader
        backTo={`/resources/survey${bodyId ? `?body=${bodyId}` : ''}`}
        title={response.data ? t('response.title', { year: response.data.round.year, org: response.data.org.name }) : t('survey.title')}
        subtitle={response.data?.round.title}
      />
      {response.isError && <QueryError error={response.error} onRetry={response.refetch} />}
      {bodyId && response.data && (
        <Answers
          key={`${response.data.status}-${response.data.version}`}
          bodyId={bodyId}
          roundId={roundId}
          orgId={orgId}
          response={response.data}
        />
      )}
    </>
  );
}
