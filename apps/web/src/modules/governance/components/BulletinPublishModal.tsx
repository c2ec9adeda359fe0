/** The secretariat gives the issue its number (the next of the series) and its 印发 date. */
import { type TBulletin, ZBulletinPublishInput } from '@chanjiao/contracts/governance/bulletins';
import { App, Form, Input, Modal } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { BULLETIN_MESSAGES } from '../bulletins-messages';
import { usePublishBulletin } from '../hooks/bulletins-api';

export function BulletinPublishModal({ bodyId, bulletin, onClose }: { bodyId: string; bulletin: TBulletin; onClose: () => void }) {
  const t = useT(BULLETIN_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<{ issuedOn: string }>();
  const zod = useZodForm(ZBulletinPublishInput);
  const publish = usePublishBulletin(bodyId);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const submit = ({ issuedOn }: { issuedOn: string }) =>
    publish.mutate(
      { id: bulletin.id, version: bulletin.version, issuedOn },
      {
        onSuccess: (published) => {
          void message.success(t('published', { number: published.issueNumber }));
          onClose();
        },
        onError: (error) => reportError(error, { form }),
      },
    );
  return (
    <Modal
      open
      title={`${t('publish')}：${bulletin.subject}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={publish.isPending}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ issuedOn: today }}>
        <Form.Item {...zod.field('issuedOn')} label={t('field.issuedOn')}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
