/** Approve (confirmed) or reject (with a note) another duty's request; withdraw one's own; or say why not. */
import { ADMIN_REQUEST_KIND_LABELS, type TAdminRequest, ZAdminRejectBody } from '@chanjiao/contracts/admin-approvals';
import { App, Button, Flex, Form, Input, Modal, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useLocale, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useDecideRequest } from '../hooks/use-admin-requests';
import { APPROVAL_MESSAGES } from '../approval-messages';

function RejectModal({ request, onClose }: { request: TAdminRequest; onClose: () => void }) {
  const t = useT(APPROVAL_MESSAGES);
  const locale = useLocale();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<{ note: string }>();
  const decide = useDecideRequest();
  const zod = useZodForm<{ note: string }>(ZAdminRejectBody);
  const submit = ({ note }: { note: string }) =>
    decide.mutate(
      { id: request.id, action: 'reject', note },
      {
        onSuccess: () => {
          void message.success(t('reject.done'));
          onClose();
        },
        onError: (error) => reportError(error, { form }),
      },
    );
  return (
    <Modal
      open
      title={t('reject.title', { kind: ADMIN_REQUEST_KIND_LABELS[request.kind][locale], username: request.target.username })}
      okText={t('reject')}
      okButtonProps={{ danger: true, loading: decide.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item {...zod.field('note')} label={t('field.note')}>
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function RequestDecision({ request }: { request: TAdminRequest }) {
  const t = useT(APPROVAL_MESSAGES);
  const locale = useLocale();
  const { message } = App.useApp();
  const reportError = useReportError();
  const decide = useDecideRequest();
  const [rejecting, setRejecting] = useState(false);
  const act = (action: 'approve' | 'cancel', done: string) =>
    decide.mutateAsync({ id: request.id, action }).then(
      () => void message.success(done),
      (error: unknown) => reportError(error),
    );

  if (request.status !== 'pending') return null;
  return (
    <Flex gap={4} wrap align="center">
      {request.canDecide && (
        <>
          <Popconfirm
            title={t('approve.confirm', { kind: ADMIN_REQUEST_KIND_LABELS[request.kind][locale], username: request.target.username })}
            styles={{ root: { maxWidth: 420 } }}
            onConfirm={() => act('approve', t('approve.done'))}
          >
            <Button type="primary" size="small" loading={decide.isPending && decide.variables?.action === 'approve'}>
              {t('approve')}
            </Button>
          </Popconfirm>
          <Button size="small" danger onClick={() => setRejecting(true)}>
            {t('reject')}
          </Button>
        </>
      )}
      {request.canCancel && (
        <Popconfirm title={t('cancel.confirm')} onConfirm={() => act('cancel', t('cancel.done'))}>
          <Button size="small">{t('cancel')}</Button>
        </Popconfirm>
      )}
      {!request.canDecide && request.cannotDecideBecause && (
        <Typography.Text type="secondary">{request.cannotDecideBecause}</Typography.Text>
      )}
      {rejecting && <RejectModal request={request} onClose={() => setRejecting(false)} />}
    </Flex>
  );
}
