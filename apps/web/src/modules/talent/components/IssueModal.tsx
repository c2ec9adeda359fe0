/** The secretariat publishes the next numbered issue (第N期, 指标3.4) from the draft innovation demands it picks. */
import { type TInnovationIssueInput, type TListItem, ZInnovationIssueInput } from '@chanjiao/contracts/talent/index';
import { App, Checkbox, Form, Input, Modal } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useItemActions } from '../hooks/lists-api';
import { LIST_MESSAGES } from '../lists-messages';

export function IssueModal({ bodyId, drafts, onClose }: { bodyId: string; drafts: TListItem[]; onClose: () => void }) {
  const t = useT(LIST_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TInnovationIssueInput>();
  const zod = useZodForm<TInnovationIssueInput>(ZInnovationIssueInput);
  const { issue } = useItemActions(bodyId);
  const submit = (values: TInnovationIssueInput) =>
    issue.mutate(values, {
      onSuccess: () => {
        void message.success(t('saved'));
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });
  return (
    <Modal open title={t('entries.issue')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={issue.isPending}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ itemIds: drafts.map((d) => d.id) }}>
        <Form.Item {...zod.field('name')} label={t('entries.issue.name')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item {...zod.field('itemIds')} label={t('entries.issue.items')}>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={drafts.map((d) => ({ value: d.id, label: `${d.name}（${d.provider}）` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
