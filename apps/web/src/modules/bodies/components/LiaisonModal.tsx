/**
 * Names a liaison for a member unit, or edits one. Lists show contact details masked, so editing starts with
 * empty phone and e-mail: left empty they stay as recorded; deleting a recorded value is ticked explicitly.
 */
import { type TLiaison, ZLiaisonInput, ZLiaisonUpdate } from '@chanjiao/contracts/bodies';
import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useReportError } from '../../../app/forms';
import { useLocale, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { characterCount, fieldLabel } from '../../../shared/field-rules';
import { useCreateLiaison, useUpdateLiaison } from '../hooks/use-bodies';
import { liaisonCreatePayload, liaisonEditValues, type LiaisonFormValues, liaisonUpdatePayload } from '../liaison-payload';
import { BODY_MESSAGES } from '../messages';

const CODE_FIELDS = { LIAISON_ORG_NOT_MEMBER: 'orgId' };

export type LiaisonEditing = { mode: 'create'; orgId?: string } | { mode: 'edit'; liaison: TLiaison };

interface LiaisonModalProps {
  bodyId: string;
  editing: LiaisonEditing;
  /** Current member units (only they name liaisons, 章程第十一条) that the user may name one for. */
  members: { orgId: string; orgName: string }[];
  onSaved: (liaison: TLiaison) => void;
  onClose: () => void;
}

export function LiaisonModal({ bodyId, editing, members, onSaved, onClose }: LiaisonModalProps) {
  const t = useT(BODY_MESSAGES);
  const locale = useLocale();
  const reportError = useReportError();
  const { message } = App.useApp();
  const [form] = Form.useForm<LiaisonFormValues>();
  const create = useCreateLiaison(bodyId);
  const update = useUpdateLiaison(bodyId);
  const label = (field: string) => fieldLabel(field, locale);
  const current = editing.mode === 'edit' ? editing.liaison : null;

  // The server checks a new liaison against ZLiaisonInput and a change against ZLiaisonUpdate; so does the form.
  const zod = useZodForm<LiaisonFormValues>(current ? ZLiaisonUpdate : ZLiaisonInput, {
    toPayload: current ? (values) => liaisonUpdatePayload(values, current.version) : liaisonCreatePayload,
  });
  const keepHint = (masked: string | null | undefined) => (masked ? t('liaisonForm.keep', { masked }) : undefined);

  const succeed = (saved: TLiaison) => {
    void message.success(t('liaisons.saved', { name: saved.name }));
    onSaved(saved);
    onClose();
  };
  const fail = (error: unknown) => reportError(error, { form, codeFields: CODE_FIELDS });
  const submit = (values: LiaisonFormValues) => {
    if (current) {
      update.mutate({ liaisonId: current.id, ...liaisonUpdatePayload(values, current.version) }, { onSuccess: succeed, onError: fail });
    } else {
      create.mutate(liaisonCreatePayload(values), { onSuccess: succeed, onError: fail });
    }
  };

  return (
    <Modal
      open
      title={current ? t('liaisonForm.editTitle', { name: current.name }) : t('liaisonForm.createTitle')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={560}
    >
      <Form<LiaisonFormValues>
        form={form}
        layout="vertical"
        initialValues={current ? liaisonEditValues(current) : { orgId: editing.mode === 'create' ? editing.orgId : undefined }}
        onFinish={submit}
      >
        {current ? (
          <Form.Item label={t('liaisons.org')}>
            <Input value={current.orgName} disabled />
          </Form.Item>
        ) : (
          <Form.Item {...zod.field('orgId')} label={t('liaisons.org')}>
            <Select<string>
              options={members.map((member) => ({ value: member.orgId, label: member.orgName }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        )}
        <Form.Item {...zod.field('name')} label={t('liaisons.name')}>
          <Input count={characterCount(40)} autoComplete="off" />
        </Form.Item>
        <Form.Item {...zod.field('title')} label={label('title')} extra={t('liaisonForm.title.extra')}>
          <Input count={characterCount(60)} />
        </Form.Item>
        <Form.Item
          {...zod.field('phone')}
          label={label('phone')}
          extra={keepHint(current?.phone) ?? t('liaisonForm.phone.extra')}
          validateTrigger="onBlur"
        >
          <Input inputMode="tel" maxLength={20} autoComplete="off" placeholder={current?.phone ?? undefined} />
        </Form.Item>
        {current?.phone && (
          <Form.Item name="clearPhone" valuePropName="checked" style={{ marginTop: -8 }}>
            <Checkbox>{t('liaisonForm.clearPhone')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item {...zod.field('email')} label={label('email')} extra={keepHint(current?.email)} validateTrigger="onBlur">
          <Input inputMode="email" autoComplete="off" placeholder={current?.email ?? undefined} />
        </Form.Item>
        {current?.email && (
          <Form.Item name="clearEmail" valuePropName="checked" style={{ marginTop: -8 }}>
            <Checkbox>{t('liaisonForm.clearEmail')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
