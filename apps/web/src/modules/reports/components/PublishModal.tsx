/** Publishing a report with what 上海年报's first page prints: 公开形式, 公开时间, 公开网址. */
import { PUBLICATION_FORMS, type PublicationForm, type TPublicationInput, ZPublicationInput } from '@chanjiao/contracts/reports/index';
import { Form, Input, Modal, Select, Typography } from 'antd';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { PUBLICATION_MESSAGES } from '../publication-messages';

interface Values {
  form: PublicationForm;
  publishedOn?: string;
  url: string;
}

const toPayload = (values: Values): TPublicationInput => ({
  form: values.form,
  publishedOn: values.publishedOn || undefined,
  url: values.url?.trim() ?? '',
});

interface Props {
  suggestedForm: PublicationForm;
  pending: boolean;
  onSend: (input: TPublicationInput, onError: (error: unknown) => void) => void;
  onClose: () => void;
}

export function PublishModal({ suggestedForm, pending, onSend, onClose }: Props) {
  const t = useT(PUBLICATION_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const zod = useZodForm<Values>(ZPublicationInput, { toPayload });
  return (
    <Modal open title={t('publish.title')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={pending}>
      <Typography.Paragraph type="secondary">{t('publish.note')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ form: suggestedForm }}
        onFinish={(values) => onSend(toPayload(values), (error) => reportError(error, { form }))}
      >
        <Form.Item {...zod.field('form')} label={t('field.form')}>
          <Select
            options={(Object.keys(PUBLICATION_FORMS) as PublicationForm[]).map((key) => ({
              value: key,
              label: bilingual(PUBLICATION_FORMS[key]),
            }))}
          />
        </Form.Item>
        <Form.Item {...zod.field('publishedOn')} label={t('field.publishedOn')} extra={t('field.publishedOn.help')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item {...zod.field('url')} label={t('field.url')}>
          <Input inputMode="url" placeholder={t('field.url.placeholder')} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
