/**
 * Filing a two-person request from where the change is made (an account's roles, disabling it, the security
 * desk's resets): the reason, and for a password reset the temporary password, checked with the contract's
 * schema for that kind before sending.
 */
import {
  ADMIN_REQUEST_KIND_LABELS,
  type AdminRequestKind,
  ZAccountRequestBody,
  ZPasswordResetRequestBody,
  ZRoleGrantRequestBody,
  ZRoleRevokeRequestBody,
} from '@chanjiao/contracts/admin-approvals';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useCallback } from 'react';
import { useReportError } from '../../../app/forms';
import { useLocale, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { type FilingTarget, type FilingValues, filingPayload, useFileAdminRequest } from '../hooks/use-admin-requests';
import { APPROVAL_MESSAGES } from '../approval-messages';

const SCHEMAS = {
  role_grant: ZRoleGrantRequestBody,
  role_revoke: ZRoleRevokeRequestBody,
  account_disable: ZAccountRequestBody,
  password_reset: ZPasswordResetRequestBody,
  totp_reset: ZAccountRequestBody,
} as const;

export interface FileAdminRequestModalProps {
  kind: AdminRequestKind;
  account: { id: string; username: string; displayName: string };
  role?: string;
  assignmentId?: string;
  open: boolean;
  onClose: () => void;
}

export function FileAdminRequestModal({ kind, account, role, assignmentId, open, onClose }: FileAdminRequestModalProps) {
  const t = useT(APPROVAL_MESSAGES);
  const locale = useLocale();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<FilingValues>();
  const target: FilingTarget = { userId: account.id, role, assignmentId };
  const filing = useFileAdminRequest(kind, target);
  const toPayload = useCallback(
    (values: FilingValues) => filingPayload(kind, { userId: account.id, role, assignmentId }, values),
    [kind, account.id, role, assignmentId],
  );
  const zod = useZodForm<FilingValues>(SCHEMAS[kind], { toPayload });
  const kindLabel = ADMIN_REQUEST_KIND_LABELS[kind][locale];

  const submit = (values: FilingValues) =>
    filing.mutate(values, {
      onSuccess: () => {
        void message.success(t('file.done'));
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });

  return (
    <Modal
      open={open}
      title={t('file.title', { kind: kindLabel })}
      okText={t('file.submit')}
      okButtonProps={{ loading: filing.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('file.text', { username: account.username, name: account.displayName })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item {...zod.field('reason')} label={t('field.reason')}>
          <Input.TextArea rows={3} maxLength={200} showCount placeholder={t('reason.placeholder')} />
        </Form.Item>
        {kind === 'password_reset' && (
          <Form.Item {...zod.field('temporaryPassword')} label={t('field.temporaryPassword')}>
            <Input.Password autoComplete="new-password" maxLength={256} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
