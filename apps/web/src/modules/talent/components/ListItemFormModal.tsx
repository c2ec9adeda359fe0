/** A new entry of one of the lists: an innovation demand (指标3.4), a policy, a training resource or a service. */
import { BUDGET_BANDS, type ListItemKind, type TListItemInput, ZListItemInput } from '@chanjiao/contracts/talent/index';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useCallback } from 'react';
import { namePathOf, useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { DateInput } from '../../../shared/components/DateInput';
import { useItemActions } from '../hooks/lists-api';
import { LIST_MESSAGES } from '../lists-messages';

type Values = Omit<TListItemInput, 'links'> & { link?: string };

/** Blank dates and the single link field become what the API takes. */
function payloadOf(values: Values, kind: ListItemKind): TListItemInput {
  const { link, ...rest } = values;
  const blank = (v: string | null | undefined) => v ?? undefined;
  return {
    ...rest,
    kind,
    validFrom: blank(rest.validFrom),
    validUntil: blank(rest.validUntil),
    closesOn: blank(rest.closesOn),
    links: link ? [link.trim()] : [],
  };
}

interface Props {
  bodyId: string;
  kind: ListItemKind;
  /** An enterprise submitting its own innovation demand picks one of these; the secretariat may leave it out. */
  orgs: { id: string; name: string }[];
  asEnterprise: boolean;
  onClose: () => void;
}

export function ListItemFormModal({ bodyId, kind, orgs, asEnterprise, onClose }: Props) {
  const t = useT(LIST_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const toPayload = useCallback((values: Values) => payloadOf(values, kind), [kind]);
  const zod = useZodForm<Values>(ZListItemInput, { toPayload, nameOf: (path) => (path.startsWith('links') ? ['link'] : namePathOf(path)) });
  const actions = useItemActions(bodyId);
  const innovation = kind === 'innovation';
  const submit = (values: Values) => {
    const send = asEnterprise ? actions.submit : actions.create;
    send.mutate(payloadOf(values, kind), {
      onSuccess: () => {
        void message.success(t('saved'));
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });
  };
  return (
    <Modal
      open
      width={720}
      title={t('entries.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={actions.create.isPending || actions.submit.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ orgId: asEnterprise ? orgs[0]?.id : undefined, provider: asEnterprise ? orgs[0]?.name : undefined }}
      >
        {innovation && (
          <Form.Item {...zod.field('orgId')} label={t('form.org')}>
            <Select allowClear={!asEnterprise} options={orgs.map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
        )}
        <Form.Item {...zod.field('name')} label={t('form.name')}>
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item {...zod.field('summary')} label={t('form.summary')}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item {...zod.field('provider')} label={t('form.provider')}>
          <Input maxLength={100} />
        </Form.Item>
        {innovation && (
          <Row gutter={12}>
            <Col xs={24} sm={8}>
              <Form.Item {...zod.field('field')} label={t('form.field')}>
                <Input maxLength={60} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item {...zod.field('budgetBand')} label={t('form.budgetBand')}>
                <Select options={Object.entries(BUDGET_BANDS).map(([value, label]) => ({ value, label: bilingual(label) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item {...zod.field('closesOn')} label={t('form.closesOn')}>
                <DateInput />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('contactName')} label={t('form.contactName')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('contactPhone')} label={t('form.contactPhone')}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('validFrom')} label={t('form.validFrom')}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('validUntil')} label={t('form.validUntil')}>
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item {...zod.field('link')} label={t('form.link')}>
          <Input placeholder="https://" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
