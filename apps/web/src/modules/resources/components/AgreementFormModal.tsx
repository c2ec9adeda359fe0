/**
 * A teacher agreement between a unit's post and a matching post of another member (who, where, dates, hours), or the
 * host's registration of a school visiting its activity.
 */
import { type TAgreementInput, type TExchangePost, ZAgreementInput } from '@chanjiao/contracts/resources/index';
import { App, Col, Form, Input, InputNumber, Modal, Row } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { EXCHANGE_MESSAGES } from '../exchange-messages';
import { useExchangeActions } from '../hooks/exchange-api';
import { PeriodFields } from './PeriodFields';

interface Props {
  bodyId: string;
  orgId: string;
  /** The unit's own post. */
  own: TExchangePost;
  /** The other member's matching post; none for an activity. */
  other?: TExchangePost;
  onClose: () => void;
}

export function AgreementFormModal({ bodyId, orgId, own, other, onClose }: Props) {
  const t = useT(EXCHANGE_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TAgreementInput>();
  const zod = useZodForm<TAgreementInput>(ZAgreementInput);
  const actions = useExchangeActions(bodyId, orgId);
  const experience = own.kind === 'experience';
  const offer = experience || own.kind === 'teacher_offer' ? own : other!;
  const request = experience ? undefined : offer === own ? other : own;
  const submit = (values: TAgreementInput) =>
    actions.agree.mutate(
      { ...values, offerId: offer.id, requestId: request?.id },
      {
        onSuccess: () => {
          void message.success(t('agree.made'));
          onClose();
        },
        onError: (error) => reportError(error, { form }),
      },
    );
  const later = (a: string, b: string) => (a > b ? a : b);
  const earlier = (a: string, b: string) => (a < b ? a : b);
  const initialValues = {
    startsOn: request ? later(offer.startsOn, request.startsOn) : offer.startsOn,
    endsOn: request ? earlier(offer.endsOn, request.endsOn) : offer.endsOn,
    plannedParticipants: experience ? (own.capacity ?? undefined) : undefined,
  };
  return (
    <Modal
      open
      title={t('agree.title', { title: other ? `${own.title} ⇄ ${other.title}` : own.title })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={actions.agree.isPending}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={initialValues}>
        {experience ? (
          <>
            <Form.Item {...zod.field('visitorName')} label={t('agree.visitorName')} required>
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item {...zod.field('plannedParticipants')} label={t('agree.plannedParticipants')} required>
              <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : (
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item {...zod.field('teacherName')} label={t('agree.teacherName')} required>
                <Input maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item {...zod.field('teacherPhone')} label={t('agree.teacherPhone')}>
                <Input maxLength={20} inputMode="tel" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item {...zod.field('place')} label={t('agree.place')}>
          <Input maxLength={80} />
        </Form.Item>
        <PeriodFields field={zod.field} />
        <Form.Item {...zod.field('plannedHours')} label={t('agree.plannedHours')}>
          <InputNumber min={0.5} max={2000} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
