/** Adds a member unit: which organisation, since when, in which role, and why (the reason stays in the history). */
import { MEMBER_ROLE_NAMES, MEMBER_ROLES, type MemberRole, ZBodyMemberInput } from '@chanjiao/contracts/bodies';
import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useMemo } from 'react';
import { useReportError } from '../../../app/forms';
import { useBilingual, useLocale, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { characterCount, fieldLabel } from '../../../shared/field-rules';
import { useAddMember, useMemberUnits } from '../hooks/use-bodies';
import { type AddMemberFormValues, addMemberPayload, todayInShanghai } from '../membership';
import { BODY_MESSAGES } from '../messages';
import { DateInput } from '../../../shared/components/DateInput';
import { OrgSelect } from './OrgSelect';

const CODE_FIELDS = { BODY_MEMBER_EXISTS: 'orgId' };

export function AddMemberModal({ bodyId, onClose }: { bodyId: string; onClose: () => void }) {
  const t = useT(BODY_MESSAGES);
  const locale = useLocale();
  const bilingual = useBilingual();
  const reportError = useReportError();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddMemberFormValues>();
  const add = useAddMember(bodyId);
  // Members now: the picker shows them but does not let them be chosen again (the server would refuse them).
  const units = useMemberUnits(bodyId);
  const currentOrgIds = useMemo(() => new Set((units.data ?? []).map((unit) => unit.id)), [units.data]);
  const role = Form.useWatch('memberRole', form);
  const label = (field: string) => fieldLabel(field, locale);
  const zod = useZodForm(ZBodyMemberInput, { toPayload: addMemberPayload });
  const roleOptions = MEMBER_ROLE_NAMES.map((value) => ({ value, label: bilingual(MEMBER_ROLES[value]) }));

  const submit = (values: AddMemberFormValues) =>
    add.mutate(addMemberPayload(values), {
      onSuccess: (member) => {
        void message.success(t('addMember.done', { name: member.org.name }));
        onClose();
      },
      onError: (error) => reportError(error, { form, codeFields: CODE_FIELDS }),
    });

  return (
    <Modal
      open
      title={t('addMember.title')}
      okText={t('addMember.ok')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={560}
    >
      <Form<AddMemberFormValues>
        form={form}
        layout="vertical"
        initialValues={{ joinedOn: todayInShanghai(), memberRole: 'member' satisfies MemberRole }}
        onFinish={submit}
      >
        <Form.Item {...zod.field('orgId')} label={label('orgId')}>
          <OrgSelect unavailable={currentOrgIds} />
        </Form.Item>
        <Form.Item {...zod.field('joinedOn')} label={label('joinedOn')}>
          <DateInput allowClear={false} />
        </Form.Item>
        <Form.Item {...zod.field('memberRole')} label={label('memberRole')}>
          <Select<MemberRole> options={roleOptions} />
        </Form.Item>
        {role === 'founding' ? (
          // The founding role makes a founding unit by itself (章程第十九条), so the box shows it ticked.
          <Form.Item extra={t('addMember.founding.extra')}>
            <Checkbox checked disabled>
              {label('isFounding')}
            </Checkbox>
          </Form.Item>
        ) : (
          <Form.Item name="isFounding" valuePropName="checked" extra={t('addMember.founding.extra')}>
            <Checkbox>{label('isFounding')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item {...zod.field('reason')} label={label('reason')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            count={characterCount(500)}
            placeholder={t('addMember.reason.placeholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
