/** 删除个人信息: the erasure rules shown first (what goes, what is held and why), then the request and a confirmation. */
import {
  ERASURE_TREATMENTS,
  type PersonKind,
  type TErasureInput,
  type TErasureRule,
  ZErasureInput,
} from '@chanjiao/contracts/resources/index';
import { Alert, App, Checkbox, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useErasePerson } from '../hooks/people-api';
import { PEOPLE_MESSAGES } from '../people-messages';

const TREATMENT_COLORS = { pseudonymise: 'orange', erase: 'red', hold: 'blue' } as const;

export function ErasePersonModal(props: {
  bodyId: string;
  kind: PersonKind;
  personId: string;
  rules: TErasureRule[];
  /** A consequence the person's own records add to the rules, shown above them. */
  warning?: string;
  onClose: () => void;
}) {
  const t = useT(PEOPLE_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TErasureInput & { confirmed: boolean }>();
  const zod = useZodForm<TErasureInput>(ZErasureInput);
  const erase = useErasePerson(props.bodyId, props.kind, props.personId);
  const submit = ({ request }: TErasureInput) =>
    erase.mutate(
      { request },
      {
        onSuccess: (result) => {
          void message.success(t(result.already ? 'erase.already' : 'erase.done', { pseudonym: result.pseudonym }));
          props.onClose();
        },
        onError: (error) => reportError(error, { form }),
      },
    );
  return (
    <Modal
      open
      width={760}
      title={t('erase.title')}
      okText={t('erase.ok')}
      okButtonProps={{ danger: true }}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={erase.isPending}
    >
      <Alert type="warning" showIcon message={t('erase.hint')} style={{ marginBottom: 12 }} />
      {props.warning && <Alert type="info" showIcon message={props.warning} style={{ marginBottom: 12 }} />}
      <List<TErasureRule>
        size="small"
        bordered
        dataSource={props.rules}
        style={{ marginBottom: 16 }}
        renderItem={(rule) => (
          <List.Item>
            <div>
              <Space wrap size={4}>
                <Typography.Text strong>{bilingual(rule.record)}</Typography.Text>
                <Tag color={TREATMENT_COLORS[rule.treatment]}>{bilingual(ERASURE_TREATMENTS[rule.treatment])}</Tag>
              </Space>
              <div>{bilingual(rule.why)}</div>
              <Typography.Text type="secondary">{rule.basis}</Typography.Text>
            </div>
          </List.Item>
        )}
      />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item {...zod.field('request')} label={t('export.request')} extra={t('export.requestHelp')}>
          <Input maxLength={200} placeholder="2026-12-01 本人书面申请" />
        </Form.Item>
        <Form.Item
          name="confirmed"
          valuePropName="checked"
          rules={[{ validator: (_, checked) => (checked ? Promise.resolve() : Promise.reject(new Error(t('erase.confirmRequired')))) }]}
        >
          <Checkbox>{t('erase.confirm')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
