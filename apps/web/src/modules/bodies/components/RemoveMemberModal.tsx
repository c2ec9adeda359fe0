/** Records that a member unit left (章程第二十条): the date and the reason; the record moves to the history. */
import { type TBodyMember, ZBodyMemberRemoval } from '@chanjiao/contracts/bodies';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useReportError } from '../../../app/forms';
import { useLocale, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { characterCount, fieldLabel } from '../../../shared/field-rules';
import { useRemoveMember } from '../hooks/use-bodies';
import { defaultLeavingDate, isLeavingDateAllowed, todayInShanghai } from '../membership';
import { BODY_MESSAGES } from '../messages';
import { DateInput } from '../../../shared/components/DateInput';

const CODE_FIELDS = { MEMBER_LEFT_BEFORE_JOINED: 'leftOn' };

interface RemovalValues {
  leftOn?: string;
  reason?: string;
}

function removalPayload(values: RemovalValues) {
  return { leftOn: values.leftOn ?? '', reason: values.reason?.trim() ?? '' };
}

export function RemoveMemberModal({ bodyId, member, onClose }: { bodyId: string; member: TBodyMember; onClose: () => void }) {
  const t = useT(BODY_MESSAGES);
  const locale = useLocale();
  const reportError = useReportError();
  const { message } = App.useApp();
  const [form] = Form.useForm<RemovalValues>();
  const remove = useRemoveMember(bodyId);
  const label = (field: string) => fieldLabel(field, locale);

  const zod = useZodForm(ZBodyMemberRemoval, { toPayload: removalPayload });

  const submit = (values: RemovalValues) =>
    remove.mutate(
      { memberId: member.id, ...removalPayload(values) },
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
        <Form.Item {...zod.field('leftOn')} label={label('leftOn')} extra={t('removeMember.joinedOn', { joinedOn: member.joinedOn })}>
          <DateInput allowClear={false} disabledDate={(date) => !isLeavingDateAllowed(member.joinedOn, date)} />
        </Form.Item>
        <Form.Item {...zod.field('reason')} label={label('reason')}>
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
