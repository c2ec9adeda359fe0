/** Records that a member unit left (章程第二十条): the date and the reason; the record moves to the history. */
import type { TBodyMember } from '@chanjiao/contracts/bodies';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useReportError } from '../../../app/forms';
import { useLocale, useT } from '../../../app/i18n';
import { characterCount, fieldLabel, maxCharactersRule } from '../../../shared/field-rules';
import { useRemoveMember } from '../hooks/use-bodies';
import { defaultLeavingDate, isLeavingDateAllowed, todayInShanghai } from '../membership';
import { BODY_MESSAGES } from '../messages';
import { DateInput } from '../../../shared/components/DateInput';

const CODE_FIELDS = { MEMBER_LEFT_BEFORE_JOINED: 'leftOn' };

interface RemovalValues {
  leftOn?: string;
  reason?: string;
}

export function RemoveMemberModal({ bodyId, member, onClose }: { bodyId: string; member: TBodyMember; onClose: () => void }) {
  const t = useT(BODY_MESSAGES);
  const locale = useLocale();
  const reportError = useReportError();
  const { message } = App.useApp();
  const [form] = Form.useForm<RemovalValues>();
  const remove = useRemoveMember(bodyId);
  const label = (field: string) => fieldLabel(field, locale);

  const submit = (values: RemovalValues) =>
    remove.mutate(
      { memberId: member.id, leftOn: values.leftOn ?? '', reason: values.reason?.trim() ?? '' },
      {
        onSuccess: () => {
          void message.success(t('removeMember.done', { name: member.org.name }));
          onClose();
        },
        onError: (error) => reportError(error, { form, codeFields: CODE_FIELDS }),
      },
    );

  return (
    <Modal
      open
      title={t('removeMember.title', { name: member.org.name })}
      okText={t('removeMember.ok')}
      okButtonProps={{ danger: true }}
      confirmLoading={remove.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={560}
    >
      <Alert type="warning" showIcon title={t('removeMember.warning')} style={{ marginBottom: 16 }} />
      <Form<RemovalValues>
        form={form}
        layout="vertical"
        initialValues={{ leftOn: defaultLeavingDate(member.joinedOn, todayInShanghai()) }}
        onFinish={submit}
      >
        <Form.Item
          name="leftOn"
          label={label('leftOn')}
          extra={t('removeMember.joinedOn', { joinedOn: member.joinedOn })}
          rules={[{ required: true, message: t('form.choose', { field: label('leftOn') }) }]}
        >
          <DateInput allowClear={false} disabledDate={(date) => !isLeavingDateAllowed(member.joinedOn, date)} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={label('reason')}
          rules={[
            { required: true, whitespace: true, message: t('form.required', { field: label('reason') }) },
            maxCharactersRule(500, locale),
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            count={characterCount(500)}
            placeholder={t('removeMember.reason.placeholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
