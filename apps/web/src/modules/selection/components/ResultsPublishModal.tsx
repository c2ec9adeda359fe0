/**
 * Publishing the results is issuing their 公示: the authority gives the 文号, the 落款 and its date, the 公示期 and
 * whom to contact with an objection. The public page and the published-list PDF print exactly these.
 */
import { type TResultNotice, ZResultNotice } from '@chanjiao/contracts/selection/index';
import { Form, Input, Modal, Typography } from 'antd';
import { type NamePath, useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { DateInput } from '../../../shared/components/DateInput';
import { usePublishResults } from '../hooks/review-queries';
import { REVIEW_MESSAGES } from '../review-messages';

/** The server names the notice's fields `notice.x`; the form holds them at the top. */
const noticeField = (path: string): NamePath => [path.replace(/^notice\./, '')];

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

export function ResultsPublishModal({
  callId,
  version,
  authorityName,
  onClose,
}: {
  callId: string;
  version: number;
  authorityName: string;
  onClose: () => void;
}) {
  const t = useT(REVIEW_MESSAGES);
  const report = useReportError();
  const [form] = Form.useForm<TResultNotice>();
  const zod = useZodForm<TResultNotice>(ZResultNotice, { nameOf: noticeField });
  const publish = usePublishResults(callId);
  const submit = (notice: TResultNotice) =>
    publish.mutate({ version, notice }, { onSuccess: onClose, onError: (error) => report(error, { form, nameOf: noticeField }) });
  return (
    <Modal
      open
      title={t('results.publish.title')}
      okText={t('results.publish')}
      confirmLoading={publish.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph type="secondary">{t('results.publish.hint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ signatory: authorityName, issuedOn: today(), publicityFrom: today() }}
      >
        <Form.Item {...zod.field('documentNumber')} label={t('notice.documentNumber')}>
          <Input placeholder={t('notice.documentNumber.placeholder')} />
        </Form.Item>
        <Form.Item {...zod.field('signatory')} label={t('notice.signatory')}>
          <Input />
        </Form.Item>
        <Form.Item {...zod.field('issuedOn')} label={t('notice.issuedOn')}>
          <DateInput />
        </Form.Item>
        <Form.Item {...zod.field('publicityFrom')} label={t('notice.publicityFrom')}>
          <DateInput />
        </Form.Item>
        <Form.Item {...zod.field('publicityTo')} label={t('notice.publicityTo')}>
          <DateInput />
        </Form.Item>
        <Form.Item {...zod.field('objectionContact')} label={t('notice.objectionContact')}>
          <Input.TextArea rows={2} placeholder={t('notice.objectionContact.placeholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
