/** 显示完整信息: the purpose is asked first; the answer is shown once and the reading is audited on the server. */
import { type PersonKind, type TRevealedPerson, type TRevealInput, ZRevealInput } from '@chanjiao/contracts/resources/index';
import { Alert, Form, Input, Modal } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useRevealPerson } from '../hooks/people-api';
import { PEOPLE_MESSAGES } from '../people-messages';

export function RevealPersonModal(props: {
  bodyId: string;
  kind: PersonKind;
  personId: string;
  onRevealed: (person: TRevealedPerson) => void;
  onClose: () => void;
}) {
  const t = useT(PEOPLE_MESSAGES);
  const reportError = useReportError();
  const [form] = Form.useForm<TRevealInput>();
  const zod = useZodForm<TRevealInput>(ZRevealInput);
  const reveal = useRevealPerson(props.bodyId, props.kind, props.personId);
  const submit = (values: TRevealInput) =>
    reveal.mutate(values, {
      onSuccess: (person) => {
        props.onRevealed(person);
        props.onClose();
      },
      onError: (error) => reportError(error, { form }),
    });
  return (
    <Modal
      open
      title={t('reveal.title')}
      okText={t('reveal.action')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={reveal.isPending}
    >
      <Alert type="info" showIcon message={t('reveal.hint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item {...zod.field('purpose')} label={t('reveal.purpose')}>
          <Input.TextArea maxLength={200} rows={2} placeholder="例如：核对学分认定结果" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
