/**
 * One exchange agreement as a unit sees it: who, where, dates, planned and actual hours, both evaluations, and the
 * step the unit may take now (confirm, record the completion, evaluate, cancel).
 */
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, type TAgreement } from '@chanjiao/contracts/resources/index';
import { Alert, Button, Card, Descriptions, Empty, Rate, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { AGREEMENT_STATUS_COLOURS } from '../components/AgreementTable';
import { CancelModal, CompletionModal, EvaluationModal } from '../components/AgreementStepModals';
import { postDates } from '../components/ExchangePostParts';
import { EXCHANGE_MESSAGES } from '../exchange-messages';
import { useAgreement, useAgreementActions } from '../hooks/exchange-api';
import { useResourcesBody } from '../hooks/use-resources-body';
import { RESOURCES_MESSAGES } from '../resources-messages';

type Step = 'complete' | 'evaluate' | 'cancel' | null;

function Evaluation({ value }: { value: TAgreement['senderEvaluation'] }) {
  const t = useT(EXCHANGE_MESSAGES);
  if (!value) return <Typography.Text type="secondary">{t('agreement.notYet')}</Typography.Text>;
  return (
    <div>
      <Rate disabled value={value.score} style={{ fontSize: 14, whiteSpace: 'nowrap' }} />
      <div>{value.comment}</div>
    </div>
  );
}

function Detail({ bodyId, orgId, agreement }: { bodyId: string; orgId: string; agreement: TAgreement }) {
  const t = useT(EXCHANGE_MESSAGES);
  const tr = useT(RESOURCES_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const actions = useAgreementActions(bodyId, orgId, agreement.id);
  const [step, setStep] = useState<Step>(null);
  const a = agreement;
  const experience = a.kind === 'experience';
  // The host of an activity writes its own evaluation first, then the visiting school's.
  const visitorsTurn = experience && a.side === 'sender' && a.senderEvaluation !== null;
  const close = () => setStep(null);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Alert type="info" showIcon message={t('agreement.youAre', { side: t(a.side === 'sender' ? 'side.sender' : 'side.receiver') })} />
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={t('agreement.kind')}>
            {bilingual(AGREEMENT_KINDS[a.kind])} {a.isGenerated && <Tag>{tr('generated')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('agreement.status')}>
            <Tag color={AGREEMENT_STATUS_COLOURS[a.status]}>{bilingual(AGREEMENT_STATUSES[a.status])}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('agreement.offer')}>{a.offer.title}</Descriptions.Item>
          {a.request && <Descriptions.Item label={t('agreement.request')}>{a.request.title}</Descriptions.Item>}
          <Descriptions.Item label={t('agreement.sender')}>{a.sender.name}</Descriptions.Item>
          <Descriptions.Item label={experience ? t('agree.visitorName') : t('agreement.receiver')}>
            {a.receiver?.name ?? a.visitorName}
          </Descriptions.Item>
          {a.teacherName && (
            <Descriptions.Item label={t('agreement.teacher')}>
              {[a.teacherName, a.teacherPhone].filter(Boolean).join(' · ')}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('agreement.place')}>{a.place}</Descriptions.Item>
          <Descriptions.Item label={t('agreement.dates')}>{postDates(a)}</Descriptions.Item>
          <Descriptions.Item label={t('agreement.planned')}>
            {[t('agreement.hours', { n: a.plannedHours }), a.plannedParticipants ? t('pupils', { n: a.plannedParticipants }) : null]
              .filter(Boolean)
              .join(' · ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('agreement.actual')}>
            {a.actualHours === null
              ? '—'
              : [
                  t('days', { n: a.actualDays ?? 0 }),
                  t('agreement.hours', { n: a.actualHours }),
                  a.actualParticipants ? t('pupils', { n: a.actualParticipants }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
          </Descriptions.Item>
          {a.completionNote && <Descriptions.Item label={t('agreement.note')}>{a.completionNote}</Descriptions.Item>}
          {a.cancelReason && <Descriptions.Item label={t('agreement.cancelReason')}>{a.cancelReason}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title={t('agreement.evaluations')}>
        <Descriptions size="small" column={1} layout="vertical">
          <Descriptions.Item label={t('agreement.senderEvaluation')}>
            <Evaluation value={a.senderEvaluation} />
          </Descriptions.Item>
          <Descriptions.Item label={t('agreement.receiverEvaluation')}>
            <Evaluation value={a.receiverEvaluation} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Space wrap>
        {a.mayConfirm && (
          <Button
            type="primary"
            loading={actions.confirm.isPending}
            onClick={() => actions.confirm.mutate(undefined, { onError: (e) => reportError(e) })}
          >
            {t('agreement.confirm')}
          </Button>
        )}
        {a.mayComplete && (
          <Button type="primary" onClick={() => setStep('complete')}>
            {t('agreement.complete')}
          </Button>
        )}
        {a.mayEvaluate && (
          <Button type="primary" onClick={() => setStep('evaluate')}>
            {visitorsTurn ? t('agreement.evaluateVisitors') : t('agreement.evaluate')}
          </Button>
        )}
        {a.mayCancel && (
          <Button danger onClick={() => setStep('cancel')}>
            {t('agreement.cancel')}
          </Button>
        )}
      </Space>
      {step === 'complete' && (
        <CompletionModal
          title={t('agreement.complete')}
          experience={experience}
          initialValues={{ actualHours: a.plannedHours, actualParticipants: a.plannedParticipants ?? undefined }}
          pending={actions.complete.isPending}
          send={actions.complete.mutate}
          onClose={close}
        />
      )}
      {step === 'evaluate' && (
        <EvaluationModal
          title={visitorsTurn ? t('agreement.evaluateVisitors') : t('agreement.evaluate')}
          pending={actions.evaluate.isPending}
          send={actions.evaluate.mutate}
          onClose={close}
        />
      )}
      {step === 'cancel' && (
        <CancelModal
          title={t('agreement.cancel')}
          pending={actions.cancel.isPending}
          send={(values, callbacks) => actions.cancel.mutate(values.reason, callbacks)}
          onClose={close}
        />
      )}
    </Space>
  );
}

export default function AgreementPage() {
  const t = useT(EXCHANGE_MESSAGES);
  const tr = useT(RESOURCES_MESSAGES);
  const { orgId = '', agreementId = '' } = useParams();
  const { bodyId, waiting } = useResourcesBody();
  const agreement = useAgreement(bodyId, orgId, agreementId);
  return (
    <>
      <PageHeader
        title={agreement.data ? `${t('agreement.title')}：${agreement.data.offer.title}` : t('agreement.title')}
        backTo={`/resources/exchange?body=${bodyId ?? ''}&org=${orgId}`}
      />
      {!bodyId && !waiting && <Empty description={tr('body.none')} />}
      {agreement.isError && <QueryError error={agreement.error} onRetry={agreement.refetch} />}
      {bodyId && agreement.data && <Detail bodyId={bodyId} orgId={orgId} agreement={agreement.data} />}
    </>
  );
}
